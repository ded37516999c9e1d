package vibecheck.config;

/** One contestant: a model on a server with the parameters it is asked with. */
public record ModelConfig(
        String name,
        String server,
        String model,
        double temperature,
        int maxTokens,
        Integer seed) {
}
