package vibecheck.protocol;

/**
 * Where a wire-format adapter reports what a server streams. Called on the reading thread, in order.
 * An adapter reports {@link #finished} only when it saw the protocol's own finish marker, and
 * {@link #failed} only for an error the server reported.
 */
public interface ReplySink {
    void text(String chunk);

    void reasoning(String chunk);

    /** Token counts the server reported; null for one it did not give. Later calls replace earlier values. */
    void usage(Long promptTokens, Long outputTokens);

    /** Server-side timing in nanoseconds (Ollama): load time and generation time; either may be null. */
    default void timing(Long loadNanos, Long evalNanos) {}

    void finished(String finishReason);

    void failed(String serverMessage);
}
