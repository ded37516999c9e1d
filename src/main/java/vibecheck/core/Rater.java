package vibecheck.core;

/**
 * Who is judging on this machine, written into every new transcript (its top-level {@code rater}) so that a report
 * over several people's transcripts can tell them apart and measure how far they agree: the config's {@code rater},
 * else {@code $VIBECHECK_RATER}, else the login name. A transcript opened again keeps the rater it recorded.
 */
public final class Rater {
    private static volatile String configured;

    private Rater() {}

    /** Set once, when a command has read its config; null leaves the environment's and the login name. */
    public static void configure(String rater) {
        configured = rater;
    }

    public static String current() {
        String c = configured;
        if (c != null && !c.isBlank()) return c;
        String env = System.getenv("VIBECHECK_RATER");
        if (env != null && !env.isBlank()) return env.strip();
        String login = System.getProperty("user.name");
        return login == null || login.isBlank() ? "unknown" : login;
    }
}
