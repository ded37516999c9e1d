package vibecheck.config;

/** Settings that apply where a model or provider does not say otherwise. */
public record Defaults(
        double temperature,
        int maxTokens,
        String systemPrompt,
        int connectTimeoutSeconds,
        int idleTimeoutSeconds,
        String blindShuffle,
        String schedule) {

    public static final double TEMPERATURE = 0.2;
    public static final int MAX_TOKENS = 1024;
    public static final int CONNECT_TIMEOUT_SECONDS = 5;
    public static final int IDLE_TIMEOUT_SECONDS = 300;
}
