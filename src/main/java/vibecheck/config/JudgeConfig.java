package vibecheck.config;

/**
 * A model asked for a second opinion: a server entry (the same ones contestants use), the model there and how it
 * is asked. Its {@code name} is what its judgements are recorded under.
 */
public record JudgeConfig(String name, String server, String model, double temperature, int maxTokens, Integer seed) {
    public static final double TEMPERATURE = 0;
    public static final int MAX_TOKENS = 1024;

    /** The judge as a model entry, so the server's adapter can ask it like any contestant. */
    public ModelConfig asModel() {
        return new ModelConfig(name, server, model, temperature, maxTokens, seed);
    }
}
