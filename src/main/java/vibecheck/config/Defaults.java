package vibecheck.config;

/** Settings that apply where a model or server does not say otherwise. */
public record Defaults(
        double temperature,
        int maxTokens,
        String systemPrompt,
        int connectTimeoutSeconds,
        int idleTimeoutSeconds,
        String blindShuffle,
        String schedule,
        int maxReplyMiB) {

    public static final double TEMPERATURE = 0.2;
    public static final int MAX_TOKENS = 1024;
    public static final int CONNECT_TIMEOUT_SECONDS = 5;
    public static final int IDLE_TIMEOUT_SECONDS = 300;
    /** The most text one reply may bring before it is stopped, in MiB. */
    public static final int MAX_REPLY_MIB = 8;
    public static final long MAX_REPLY_BYTES = MAX_REPLY_MIB * 1024L * 1024;

    /** The defaults when a config sets none. */
    public static Defaults standard() {
        return new Defaults(TEMPERATURE, MAX_TOKENS, null, CONNECT_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS, "session", "parallel", MAX_REPLY_MIB);
    }

    public long maxReplyBytes() {
        return maxReplyMiB * 1024L * 1024;
    }
}
