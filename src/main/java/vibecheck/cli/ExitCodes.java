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

    private ExitCodes() {}
}
