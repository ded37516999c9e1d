package vibecheck.stream;

import java.util.function.Consumer;
import vibecheck.protocol.ReplySink;
import vibecheck.text.Secrets;

/**
 * Receives one reply's stream from its adapter on the reading thread: forwards text as events (with any API key or
 * header value the server echoes hidden), remembers what the server reported, and times it. A reply that grows
 * past {@code maxBytes} of text stops with {@link TooLarge}.
 */
final class ReplyRecorder implements ReplySink {
    private final String replyId;
    private final Consumer<ReplyEvent> inbox;
    private final long sentNanos;
    private final long maxBytes;
    private final Secrets.Stream textSecrets = Secrets.stream();
    private final Secrets.Stream reasoningSecrets = Secrets.stream();
    private long bytes;
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

    /** The shortest first-to-last-token span a speed is measured over; a burst shorter than this has no speed. */
    static final long MIN_SPAN_NANOS = 250_000_000L;
    private final java.util.function.LongSupplier clock;

    ReplyRecorder(String replyId, Consumer<ReplyEvent> inbox, long sentNanos, long maxBytes) {
        this(replyId, inbox, sentNanos, maxBytes, System::nanoTime);
    }

    ReplyRecorder(String replyId, Consumer<ReplyEvent> inbox, long sentNanos, long maxBytes, java.util.function.LongSupplier clock) {
        this.clock = clock;
        this.replyId = replyId;
        this.inbox = inbox;
        this.sentNanos = sentNanos;
        this.maxBytes = maxBytes;
    }

    /** The reply passed its size limit; the text up to the limit has been forwarded. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void text(String chunk) {
        forward(chunk, false, textSecrets);
    }

    @Override
    public void reasoning(String chunk) {
        forward(chunk, true, reasoningSecrets);
    }

    private void forward(String chunk, boolean reasoning, Secrets.Stream secrets) {
        token();
        String allowed = chunk;
        long size = Utf8.length(chunk);
        boolean over = bytes + size > maxBytes;
        if (over) allowed = Utf8.prefix(chunk, maxBytes - bytes);
        bytes += over ? maxBytes - bytes : size;
        String shown = secrets.feed(allowed);
        if (over) shown += secrets.flush();
        if (!shown.isEmpty()) inbox.accept(new ReplyEvent.Chunk(replyId, shown, reasoning));
        if (over) {
            throw new TooLarge("the reply passed " + vibecheck.protocol.Limits.mib(maxBytes) + " of text (defaults.maxReplyMiB); the rest was not read");
        }
    }

    /** Forwards what the secret filters still hold back; called once, when the stream has ended. */
    void flush() {
        String text = textSecrets.flush();
        if (!text.isEmpty()) inbox.accept(new ReplyEvent.Chunk(replyId, text, false));
        String reasoning = reasoningSecrets.flush();
        if (!reasoning.isEmpty()) inbox.accept(new ReplyEvent.Chunk(replyId, reasoning, true));
    }

    private void token() {
        long now = clock.getAsLong();
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
        long end = clock.getAsLong();
        Long ttft = chunks > 0 ? ms(firstTokenNanos - sentNanos) : null;
        boolean fromServer = outputTokens != null;
        Long tokens = fromServer ? outputTokens : (chunks > 0 ? Long.valueOf(chunks) : null);
        Double tps = null;
        String source = null;
        long span = lastTokenNanos - firstTokenNanos;
        if (fromServer && evalNanos != null && evalNanos > 0) {
            tps = outputTokens * 1e9 / evalNanos;
            source = "server";
        } else if (tokens != null && tokens > 1 && chunks > 1 && span >= MIN_SPAN_NANOS) {
            // the first token starts the span: the tokens after it are the ones produced within it
            tps = (tokens - 1) * 1e9 / span;
            source = "span";
        }
        if (tps != null) tps = Math.round(tps * 10) / 10.0;
        return new Metrics(ms(queuedNanos), ttft, ms(end - sentNanos), tokens,
                tokens == null ? null : (fromServer ? "server" : "counted"), tps, promptTokens,
                loadNanos == null ? null : ms(loadNanos), source);
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
