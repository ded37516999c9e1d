package vibecheck.protocol;

/** One message of a conversation as sent to a model: role is system, user or assistant. */
public record ChatMessage(String role, String content) {
    public static ChatMessage user(String text) {
        return new ChatMessage("user", text);
    }

    public static ChatMessage assistant(String text) {
        return new ChatMessage("assistant", text);
    }
}
