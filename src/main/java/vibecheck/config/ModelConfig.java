package vibecheck.config;

/** One contestant: a model on a provider with the parameters it is asked with. */
public record ModelConfig(
        String name,
        String provider,
        String model,
        double temperature,
        int maxTokens,
        Integer seed) {
}
