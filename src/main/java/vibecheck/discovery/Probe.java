package vibecheck.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A place a model server may be listening: what it is called, the wire format it speaks, and its base URL. */
public record Probe(String name, String type, String baseUrl, String apiKeyEnv, String label) {

    /**
     * The usual local servers, then any named by the environment: {@code OLLAMA_HOST}, {@code OPENAI_BASE_URL}, and
     * OpenAI and Anthropic themselves when their API key variables are set.
     */
    public static List<Probe> defaults(Map<String, String> env) {
        List<Probe> out = new ArrayList<>();
        String ollamaHost = env.get("OLLAMA_HOST");
        String ollama = ollamaHost == null || ollamaHost.isBlank() ? vibecheck.protocol.ollama.OllamaProtocol.DEFAULT_BASE_URL : ollamaUrl(ollamaHost.strip());
        out.add(new Probe("ollama", "ollama", ollama, null, "Ollama"));
        out.add(new Probe("llamacpp", "openai", "http://localhost:8080/v1", null, "llama.cpp server"));
        out.add(new Probe("vllm", "openai", "http://localhost:8000/v1", null, "vLLM"));
        out.add(new Probe("lmstudio", "openai", "http://localhost:1234/v1", null, "LM Studio"));
        out.add(new Probe("sglang", "openai", "http://localhost:30000/v1", null, "SGLang"));
        out.add(new Probe("tgi", "openai", "http://localhost:3000/v1", null, "TGI"));
        String openaiBase = env.get("OPENAI_BASE_URL");
        boolean openaiKey = present(env, "OPENAI_API_KEY");
        if (openaiBase != null && !openaiBase.isBlank()) {
            out.add(new Probe("openai", "openai", trim(openaiBase.strip()), openaiKey ? "OPENAI_API_KEY" : null, "OPENAI_BASE_URL"));
        } else if (openaiKey) {
            out.add(new Probe("openai", "openai", vibecheck.protocol.openai.OpenAiProtocol.DEFAULT_BASE_URL, "OPENAI_API_KEY", "OpenAI"));
        }
        if (present(env, "ANTHROPIC_API_KEY")) {
            out.add(new Probe("anthropic", "anthropic", vibecheck.protocol.anthropic.AnthropicProtocol.DEFAULT_BASE_URL, "ANTHROPIC_API_KEY", "Anthropic"));
        }
        return out;
    }

    /** OLLAMA_HOST as Ollama reads it: "host", "host:port", "0.0.0.0:11434" or a full URL. */
    static String ollamaUrl(String host) {
        String h = host.contains("://") ? host : "http://" + host;
        h = trim(h);
        String afterScheme = h.substring(h.indexOf("://") + 3);
        if (!afterScheme.contains(":") && !afterScheme.contains("]")) h += ":11434";
        return h.replace("://0.0.0.0", "://localhost");
    }

    private static String trim(String url) {
        while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
        return url;
    }

    private static boolean present(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }
}
