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
    /** Each prompt that can be replaced, with the placeholders it must keep to be usable. */
    static final Map<String, List<String>> PROMPTS = Map.of(
            "system", List.of(),
            "score", List.of("{{reply}}", "{{criterion}}"),
            "pair", List.of("{{replyA}}", "{{replyB}}", "{{question}}"),
            "retry", List.of("{{problem}}"));

    private final String file;
    private final List<String> problems;
    private final List<String> warnings;

    JudgeEntries(String file, List<String> problems, List<String> warnings) {
        this.file = file;
        this.problems = problems;
        this.warnings = warnings;
    }

    Judges read(JsonNode judges, JsonNode prompts, Set<String> servers) {
        return new Judges(judges(judges, servers), prompts(prompts));
    }

    private List<JudgeConfig> judges(JsonNode node, Set<String> servers) {
        List<JudgeConfig> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isArray()) {
            problem("$.judges", "must be a list of {\"name\", \"server\", \"model\"}, got " + kind(node));
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.judges[" + i + "]";
            JsonNode j = node.get(i);
            if (!j.isObject()) {
                problem(at, "must be an object such as {\"name\": \"j-llama70\", \"server\": \"ollama\", \"model\": \"llama3:70b\"}, got " + kind(j));
                continue;
            }
            unknownKeys(j, at);
            String name = text(j.get("name"), at + ".name");
            String field = j.has("provider") && !j.has("server") ? "provider" : "server";
            if (j.has("server") && j.has("provider")) {
                problem(at + ".provider", "\"provider\" is the older word for \"server\"; keep only \"server\"");
            } else if (j.has("provider")) {
                warnings.add(file + ": " + at + ".provider: \"provider\" is now called \"server\" (the old word still works)");
            }
            String server = text(j.get(field), at + "." + field);
            String model = text(j.get("model"), at + ".model");
            double t = temperature(j.get("temperature"), at + ".temperature");
            int max = positive(j.get("maxTokens"), at + ".maxTokens");
            Integer seed = null;
            JsonNode s = j.get("seed");
            if (s != null && !s.isNull()) {
                if (s.isIntegralNumber() && s.canConvertToInt()) seed = s.intValue();
                else problem(at + ".seed", "must be a whole number, got " + describe(s));
            }
            if (name != null && !names.add(name)) {
                problem(at + ".name", "duplicate judge name \"" + name + "\"; each judge needs its own name");
                name = null;
            }
            if (server != null && !servers.contains(server)) {
                problem(at + "." + field, "server \"" + server + "\" is not defined under $.servers"
                        + (servers.isEmpty() ? "" : " (defined: " + String.join(", ", servers) + ")"));
                server = null;
            }
            if (name != null && server != null && model != null) out.add(new JudgeConfig(name, server, model, t, max, seed));
        }
        return out;
    }

    private Map<String, String> prompts(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) {
            problem("$.judgePrompts", "must be an object of prompt texts by name (" + String.join(", ", names()) + "), got " + kind(node));
            return out;
        }
        node.fields().forEachRemaining(e -> {
            String at = "$.judgePrompts." + e.getKey();
            List<String> needs = PROMPTS.get(e.getKey());
            if (needs == null) {
                problem(at, "no such judge prompt (prompts: " + String.join(", ", names()) + ")");
                return;
            }
            String text = text(e.getValue(), at);
            if (text == null) return;
            List<String> missing = needs.stream().filter(p -> !text.contains(p)).toList();
            if (!missing.isEmpty()) {
                problem(at, "must contain " + String.join(" and ", missing) + " (where the judge reads "
                        + (missing.size() == 1 ? "it" : "them") + ")");
                return;
            }
            out.put(e.getKey(), text);
        });
        return out;
    }

    private static List<String> names() {
        return List.of("system", "score", "pair", "retry");
    }

    private String text(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            problem(at, "missing");
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problem(at, "must be a non-empty string, got " + describe(node));
            return null;
        }
        return node.textValue().strip();
    }

    private double temperature(JsonNode node, String at) {
        if (node == null || node.isNull()) return JudgeConfig.TEMPERATURE;
        if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 2) {
            problem(at, "must be a number between 0 and 2, got " + describe(node));
            return JudgeConfig.TEMPERATURE;
        }
        return node.doubleValue();
    }

    private int positive(JsonNode node, String at) {
        if (node == null || node.isNull()) return JudgeConfig.MAX_TOKENS;
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problem(at, "must be a whole number of at least 1, got " + describe(node));
            return JudgeConfig.MAX_TOKENS;
        }
        return node.intValue();
    }

    private void unknownKeys(JsonNode node, String at) {
        node.fieldNames().forEachRemaining(k -> {
            if (!JUDGE.contains(k)) {
                warnings.add(file + ": " + at + "." + k + ": unknown key, ignored (known here: "
                        + String.join(", ", JUDGE.stream().sorted().toList()) + ")");
            }
        });
    }

    private void problem(String at, String what) {
        problems.add(file + ": " + at + ": " + what);
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        return "null";
    }

    private static String describe(JsonNode n) {
        return n.isContainerNode() ? kind(n) : kind(n) + " " + n;
    }
}
