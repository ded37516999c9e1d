package vibecheck.stream;

import java.util.function.Consumer;
import vibecheck.provider.ReplySink;

/**
 * Receives one reply's stream from its adapter on the reading thread: forwards text as events, remembers what the
 * server reported, and times it.
 */
final class ReplyRecorder implements ReplySink {
    private final String replyId;
    private final Consumer<ReplyEvent> inbox;
    private final long sentNanos;
    private long firstTokenNanos;
    private long lastTokenNanos;
    private long chunks;
    private Long promptTokens;
    private Long outputTokens;
    private Long loadNanos;
    private Long evalNanos;
    volatile boolean finished;
    volatile String finishReason;
    volatile String failure;

    ReplyRecorder(String replyId, Consumer<ReplyEvent> inbox, long sentNanos) {
        this.replyId = replyId;
        this.inbox = inbox;
        this.sentNanos = sentNanos;
    }

    @Override
    public void text(String chunk) {
        token();
        inbox.accept(new ReplyEvent.Chunk(replyId, chunk, false));
    }

    @Override
    public void reasoning(String chunk) {
        token();
        inbox.accept(new ReplyEvent.Chunk(replyId, chunk, true));
    }

    private void token() {
        long now = System.nanoTime();
        if (chunks++ == 0) {
            firstTokenNanos = now;
            inbox.accept(new ReplyEvent.StateChanged(replyId, ReplyState.STREAMING));
        }
        lastTokenNanos = now;
    }

    @Override
    public void usage(Long prompt, Long output) {
        if (prompt != null) promptTokens = prompt;
        if (output != null) outputTokens = output;
    }

    @Override
    public void timing(Long load, Long eval) {
        if (load != null) loadNanos = load;
        if (eval != null) evalNanos = eval;
    }

    @Override
    public void finished(String reason) {
        finishReason = reason;
        finished = true;
    }

    @Override
    public void failed(String message) {
        failure = message == null || message.isBlank() ? "the server reported an error without a message" : message;
    }

    Metrics metrics(long queuedNanos) {
        long end = System.nanoTime();
        Long ttft = chunks > 0 ? ms(firstTokenNanos - sentNanos) : null;
        boolean fromServer = outputTokens != null;
        Long tokens = fromServer ? outputTokens : (chunks > 0 ? Long.valueOf(chunks) : null);
        Double tps = null;
        if (fromServer && evalNanos != null && evalNanos > 0) {
            tps = outputTokens * 1e9 / evalNanos;
        } else if (tokens != null && chunks > 1 && lastTokenNanos > firstTokenNanos) {
            tps = tokens * 1e9 / (lastTokenNanos - firstTokenNanos);
        }
        if (tps != null) tps = Math.round(tps * 10) / 10.0;
        return new Metrics(ms(queuedNanos), ttft, ms(end - sentNanos), tokens,
                tokens == null ? null : (fromServer ? "server" : "counted"), tps, promptTokens,
                loadNanos == null ? null : ms(loadNanos));
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
