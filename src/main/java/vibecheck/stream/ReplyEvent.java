package vibecheck.stream;

/** What the streaming engine posts about a reply. Posted from network threads; consumed on one thread. */
public sealed interface ReplyEvent {
    String replyId();

    /** The parameters the request carries, as sent (for the transcript): the first event of every reply. */
    record Sent(String replyId, com.fasterxml.jackson.databind.JsonNode parameters) implements ReplyEvent {}

    record StateChanged(String replyId, ReplyState state) implements ReplyEvent {}

    record Chunk(String replyId, String text, boolean reasoning) implements ReplyEvent {}

    /** The one final event of a reply. {@code error} is the server's message verbatim; {@code hint} our advice. */
    record Ended(String replyId, ReplyState state, String finishReason, String error, String hint, Metrics metrics)
            implements ReplyEvent {}
}
