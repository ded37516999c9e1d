package vibecheck.config;

import java.util.Map;

/** One model server as configured under {@code providers}. */
public record ProviderConfig(
        String id,
        String type,
        String baseUrl,
        String apiKeyEnv,
        Integer maxConcurrent,
        Map<String, String> headers) {

    /** The API key from the environment variable named by {@code apiKeyEnv}, or null. */
    public String apiKey(Map<String, String> env) {
        if (apiKeyEnv == null) return null;
        String value = env.get(apiKeyEnv);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean usesTls() {
        return baseUrl.regionMatches(true, 0, "https:", 0, 6);
    }
}
