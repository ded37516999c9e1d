package vibecheck.cli;

/** What the program's exit status means. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some reply failed or was interrupted, or a server could not be reached. */
    public static final int SOME_FAILED = 1;
    /** Bad command line or bad config. */
    public static final int USAGE = 2;
    /** Stopped by Ctrl-C. */
    public static final int INTERRUPTED = 130;
    /** Stopped by SIGTERM (128 + 15), after an orderly stop like Ctrl-C's. */
    public static final int TERMINATED = 143;
    /** Stopped by SIGHUP (128 + 1): the terminal or SSH connection went away. */
    public static final int HUNG_UP = 129;

    /** The exit status after an orderly stop on the given signal ("SIGINT", "SIGTERM", "SIGHUP"). */
    static int stoppedBy(String signal) {
        if ("SIGTERM".equals(signal)) return TERMINATED;
        if ("SIGHUP".equals(signal)) return HUNG_UP;
        return INTERRUPTED;
    }

    private ExitCodes() {}
}
