package vibecheck.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.Criterion;
import vibecheck.protocol.Json;

/** Writes the models picked in the UI as a config file, commented like the shipped one. */
public final class ConfigWriter {
    private ConfigWriter() {}

    /** A picked model: the server it was found on and its id there; {@code name} is the contestant's name. */
    public record Pick(Probe server, String model, String name) {}

    public static String render(List<Pick> picks) {
        Map<String, Probe> servers = new LinkedHashMap<>();
        for (Pick p : picks) servers.putIfAbsent(p.server().name(), p.server());
        StringBuilder sb = new StringBuilder();
        sb.append("// vibecheck configuration, written by the model picker. JSON with comments and trailing commas.\n");
        sb.append("// Looked up in this order: --config FILE, $VIBECHECK_CONFIG, ./config/vibecheck.json,\n");
        sb.append("// ~/.config/vibecheck/config.json.\n{\n");
        sb.append("  // The model servers found on this machine. \"protocol\" is the wire format: ollama, openai\n");
        sb.append("  // (any OpenAI-compatible server) or anthropic. Add \"maxConcurrent\": 1 to a single-GPU\n");
        sb.append("  // Ollama whose models do not all fit in GPU memory together.\n");
        sb.append("  \"servers\": {\n");
        for (Probe p : servers.values()) {
            sb.append("    // ").append(p.label()).append('\n');
            sb.append("    ").append(q(p.name())).append(": { \"protocol\": ").append(q(p.type())).append(", \"baseUrl\": ").append(q(p.baseUrl()));
            if (p.apiKeyEnv() != null) sb.append(", \"apiKeyEnv\": ").append(q(p.apiKeyEnv()));
            sb.append(" },\n");
        }
        sb.append("  },\n\n");
        sb.append("  // The contestants, in panel order: \"name\" is what vibecheck calls it, \"model\" the server's id.\n");
        sb.append("  // Each may set \"temperature\", \"maxTokens\" and \"seed\".\n");
        sb.append("  \"models\": [\n");
        for (Pick p : picks) {
            sb.append("    { \"name\": ").append(q(p.name())).append(", \"server\": ").append(q(p.server().name()))
                    .append(", \"model\": ").append(q(p.model())).append(" },\n");
        }
        sb.append("  ],\n\n");
        sb.append("  // \"schedule\": \"sequential\" makes contestants answer one after another (comparable speeds on one GPU).\n");
        sb.append("  \"defaults\": { \"temperature\": 0.2, \"maxTokens\": 1024, \"idleTimeoutSeconds\": 600, \"schedule\": \"parallel\" },\n\n");
        sb.append("  // System prompts to switch between (s / S). An empty text sends no system message.\n");
        sb.append("  \"systemPrompts\": [\n");
        sb.append("    { \"name\": \"none\", \"text\": \"\" },\n");
        sb.append("    { \"name\": \"friend\", \"text\": \"Answer like a friend would: warm, casual and direct. No lectures, no disclaimers unless they truly matter.\" },\n");
        sb.append("    { \"name\": \"mentor\", \"text\": \"Answer like an experienced mentor: encouraging but honest, explain your reasoning, and ask a clarifying question when the request is ambiguous.\" },\n");
        sb.append("  ],\n\n");
        sb.append("  // What answers are scored on, 1 to 5: \"low\" says what a 1 means, \"high\" what a 5 means.\n");
        sb.append("  \"criteria\": [\n");
        for (Criterion c : Criterion.DEFAULTS) {
            sb.append("    { \"key\": ").append(q(c.key())).append(", \"label\": ").append(q(c.label())).append(", \"low\": ")
                    .append(q(c.low())).append(", \"high\": ").append(q(c.high())).append(" },\n");
        }
        sb.append("  ],\n}\n");
        return sb.toString();
    }

    /**
     * Contestant names for picked models: the model id made readable, unique across servers, and made only of
     * letters, digits, dots, dashes and underscores (a model id comes from a server and may hold anything), at most
     * 40 characters.
     */
    public static List<String> names(List<String[]> serverAndModel) {
        List<String> out = new ArrayList<>();
        for (String[] sm : serverAndModel) {
            String id = sm[1];
            String base = safeName(id.substring(id.lastIndexOf('/') + 1).replace(':', '-').replaceAll("-latest$", ""));
            String name = base;
            for (int n = 2; out.contains(name); n++) name = base + "-" + n;
            out.add(name);
        }
        return out;
    }

    static String safeName(String s) {
        String safe = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > 40) safe = safe.substring(0, 40).replaceAll("[-.]+$", "");
        return safe.isEmpty() ? "model" : safe;
    }

    private static String q(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
