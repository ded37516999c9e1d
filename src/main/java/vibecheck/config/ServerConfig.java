package vibecheck.config;

import java.util.Map;

/** One model server as configured under {@code servers}; {@code type} is the protocol it speaks (a wire format). */
public record ServerConfig(
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

    /**
     * What is wrong with the API key in the environment, naming the variable and never the value, or null when it
     * is usable (or not set). A key must be one line of printable ASCII: HTTP headers carry nothing else.
     */
    public String keyProblem(Map<String, String> env) {
        String key = apiKey(env);
        if (key == null) return null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            String what = c == '\n' || c == '\r' ? "a line break"
                    : c < 0x20 || c == 0x7f ? "a control character"
                    : c > 0x7e ? "a non-ASCII character" : null;
            if (what != null) {
                return "$" + apiKeyEnv + " contains " + what + " (character " + (i + 1) + " of " + key.length()
                        + "); an API key is one line of plain ASCII: set it again without it";
            }
        }
        return null;
    }

    public boolean usesTls() {
        return baseUrl.regionMatches(true, 0, "https:", 0, 6);
    }
}
