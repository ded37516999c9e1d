package vibecheck.protocol;

import java.io.IOException;

/**
 * How much of a server's answer is held in memory at once. A stream is read a line (or an event) at a time, and
 * neither may grow without end: a hostile or broken server that never sends a line break must fail the reply, not
 * fill the memory.
 */
public final class Limits {
    /** The longest line of a stream: real servers send lines of a few kilobytes. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;
    /** The longest Server-Sent Event (its data lines together). */
    public static final int MAX_EVENT_CHARS = 1024 * 1024;
    /** The largest answer read whole (a server that ignored {@code stream: true}). */
    public static final long MAX_WHOLE_BODY_BYTES = 16L * 1024 * 1024;

    private Limits() {}

    /** A server sent more than a limit allows; the reply fails with this message and the connection is closed. */
    public static final class Exceeded extends IOException {
        public Exceeded(String message) {
            super(message);
        }
    }

    public static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MiB" : (bytes / 1024) + " KiB";
    }
}
