package vibecheck.provider;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vibecheck.config.ProviderCatalog;
import vibecheck.config.ProviderConfig;
import vibecheck.provider.anthropic.AnthropicProvider;
import vibecheck.provider.ollama.OllamaProvider;
import vibecheck.provider.openai.OpenAiProvider;
import vibecheck.text.Secrets;

/** The wire formats the program speaks, by config {@code type}. A new format is one new entry here. */
public final class Providers implements ProviderCatalog {
    private interface Factory {
        ChatProvider create(ProviderConfig config, String apiKey);
    }

    private record Entry(String defaultBaseUrl, String defaultApiKeyEnv, Factory factory) {}

    private static final Map<String, Entry> TYPES = new TreeMap<>(Map.of(
            OllamaProvider.TYPE, new Entry(OllamaProvider.DEFAULT_BASE_URL, null,
                    (c, key) -> new OllamaProvider(c.baseUrl(), c.headers())),
            OpenAiProvider.TYPE, new Entry(OpenAiProvider.DEFAULT_BASE_URL, null,
                    (c, key) -> new OpenAiProvider(c.baseUrl(), key, c.apiKeyEnv(), c.headers())),
            AnthropicProvider.TYPE, new Entry(AnthropicProvider.DEFAULT_BASE_URL, "ANTHROPIC_API_KEY",
                    (c, key) -> new AnthropicProvider(c.baseUrl(), key, c.apiKeyEnv(), c.headers()))));

    public static final Providers CATALOG = new Providers();

    private Providers() {}

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
    public static ChatProvider create(ProviderConfig config, Map<String, String> env) {
        String problem = config.keyProblem(env);
        if (problem != null) throw new IllegalArgumentException(problem);
        String key = config.apiKey(env);
        Secrets.register(key);
        config.headers().values().forEach(Secrets::register);
        return TYPES.get(config.type()).factory().create(config, key);
    }
}
