package vibecheck.stream;

import java.util.Locale;

/** Where a reply is: the first three are live, the last four final (exactly one of them ends every reply). */
public enum ReplyState {
    /** Waiting for a free slot under its server's {@code maxConcurrent}. */
    WAITING,
    /** Request sent, no token yet: the server is loading the model or reading the prompt. */
    LOADING,
    STREAMING,
    FINISHED,
    /** The server reported an error (or could not be reached). */
    FAILED,
    /** The stream ended before the protocol's finish marker. */
    INTERRUPTED,
    CANCELLED;

    public boolean isFinal() {
        return ordinal() >= FINISHED.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
