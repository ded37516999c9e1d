package vibecheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the config's {@code judges} and {@code judgePrompts}, adding one line per problem (file and JSON path) to
 * the loader's problems and unknown keys to its warnings. A judge names its server with {@code server} (or the
 * older word {@code provider}, with a warning, as for models); the server must be one of the config's servers.
 */
final class JudgeEntries {
    static final Set<String> JUDGE = Set.of("name", "server", "provider", "model", "temperature", "maxTokens", "seed");
    /** Each prompt that can be replaced, in the order messages name them, with the placeholders it must keep. */
    static final Map<String, List<String>> PROMPTS;

    static {
        Map<String, List<String>> prompts = new java.util.LinkedHashMap<>();
        prompts.put("system", List.of());
        prompts.put("score", List.of("{{reply}}", "{{criterion}}"));
        prompts.put("pair", List.of("{{replyA}}", "{{replyB}}", "{{question}}"));
        prompts.put("retry", List.of("{{problem}}"));
        PROMPTS = java.util.Collections.unmodifiableMap(prompts);
    }

    private final ConfigValues values;

    JudgeEntries(ConfigValues values) {
        this.values = values;
    }

    Judges read(JsonNode judges, JsonNode prompts, Set<String> servers) {
        return new Judges(judges(judges, servers), prompts(prompts));
    }

    private List<JudgeConfig> judges(JsonNode node, Set<String> servers) {
        List<JudgeConfig> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isArray()) {
            values.problem("$.judges", "must be a list of {\"name\", \"server\", \"model\"}, got " + ConfigValues.kind(node));
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.judges[" + i + "]";
            JsonNode j = node.get(i);
            if (!j.isObject()) {
                values.problem(at, "must be an object such as {\"name\": \"j-llama70\", \"server\": \"ollama\", \"model\": \"llama3:70b\"}, got " + ConfigValues.kind(j));
                continue;
            }
            values.unknownKeys(j, at, JUDGE);
            var e = values.modelEntry(j, at, "judge", names, servers, JudgeConfig.TEMPERATURE, JudgeConfig.MAX_TOKENS);
            if (e.whole()) out.add(new JudgeConfig(e.name(), e.server(), e.model(), e.temperature(), e.maxTokens(), e.seed()));
        }
        return out;
    }

    private Map<String, String> prompts(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) {
            values.problem("$.judgePrompts", "must be an object of prompt texts by name (" + String.join(", ", PROMPTS.keySet()) + "), got " + ConfigValues.kind(node));
            return out;
        }
        node.fields().forEachRemaining(e -> {
            String at = "$.judgePrompts." + e.getKey();
            List<String> needs = PROMPTS.get(e.getKey());
            if (needs == null) {
                values.problem(at, "no such judge prompt (prompts: " + String.join(", ", PROMPTS.keySet()) + ")");
                return;
            }
            String text = values.requiredString(e.getValue(), at);
            if (text == null) return;
            List<String> missing = needs.stream().filter(p -> !text.contains(p)).toList();
            if (!missing.isEmpty()) {
                values.problem(at, "must contain " + String.join(" and ", missing) + " (where the judge reads "
                        + (missing.size() == 1 ? "it" : "them") + ")");
                return;
            }
            out.put(e.getKey(), text);
        });
        return out;
    }
}
