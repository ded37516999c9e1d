package vibecheck.protocol;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vibecheck.config.ProtocolCatalog;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.anthropic.AnthropicProtocol;
import vibecheck.protocol.ollama.OllamaProtocol;
import vibecheck.protocol.openai.OpenAiProtocol;
import vibecheck.text.Secrets;

/** The wire formats the program speaks, by config {@code type}. A new format is one new entry here. */
public final class Protocols implements ProtocolCatalog {
    private interface Factory {
        ChatProtocol create(ServerConfig config, String apiKey);
    }

    private record Entry(String defaultBaseUrl, String defaultApiKeyEnv, Factory factory) {}

    private static final Map<String, Entry> TYPES = new TreeMap<>(Map.of(
            OllamaProtocol.TYPE, new Entry(OllamaProtocol.DEFAULT_BASE_URL, null,
                    (c, key) -> new OllamaProtocol(c.baseUrl(), c.headers())),
            OpenAiProtocol.TYPE, new Entry(OpenAiProtocol.DEFAULT_BASE_URL, null,
                    (c, key) -> new OpenAiProtocol(c.baseUrl(), key, c.apiKeyEnv(), c.headers())),
            AnthropicProtocol.TYPE, new Entry(AnthropicProtocol.DEFAULT_BASE_URL, "ANTHROPIC_API_KEY",
                    (c, key) -> new AnthropicProtocol(c.baseUrl(), key, c.apiKeyEnv(), c.headers()))));

    public static final Protocols CATALOG = new Protocols();

    private Protocols() {}

    @Override
    public Set<String> types() {
        return TYPES.keySet();
    }

    @Override
    public String defaultBaseUrl(String type) {
        return TYPES.get(type).defaultBaseUrl();
    }

    @Override
    public String defaultApiKeyEnv(String type) {
        return TYPES.get(type).defaultApiKeyEnv();
    }

    /**
     * The adapter for one server. Its API key and header values are registered as secrets, so they are hidden
     * wherever vibecheck prints or saves text. A key that cannot be sent fails here, named but never shown.
     */
    public static ChatProtocol create(ServerConfig config, Map<String, String> env) {
        String problem = config.keyProblem(env);
        if (problem != null) throw new IllegalArgumentException(problem);
        String key = config.apiKey(env);
        Secrets.register(key);
        config.headers().values().forEach(Secrets::register);
        return TYPES.get(config.type()).factory().create(config, key);
    }
}
