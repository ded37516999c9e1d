package vibecheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Reading one value of a config: each reader takes the node and its JSON path, and on a bad value adds one line to the
 * problems (file, path, what is wrong, what was there) and answers with the fallback, so every problem of a file is
 * reported at once. Unknown keys and older words are warnings.
 */
final class ConfigValues {
    private final String file;
    private final List<String> problems;
    private final List<String> warnings;

    ConfigValues(String file, List<String> problems, List<String> warnings) {
        this.file = file;
        this.problems = problems;
        this.warnings = warnings;
    }

    void problem(String at, String what) {
        problems.add(file + ": " + at + ": " + what);
    }

    void warning(String at, String what) {
        warnings.add(file + ": " + at + ": " + what);
    }

    double temperature(JsonNode node, String at, double fallback) {
        if (node == null || node.isNull()) return fallback;
        if (!node.isNumber()) {
            problem(at, "must be a number, got " + describe(node));
            return fallback;
        }
        double t = node.doubleValue();
        if (t < 0 || t > 2) {
            problem(at, "must be between 0 and 2, got " + node.asText());
            return fallback;
        }
        return t;
    }

    int positiveInt(JsonNode node, String at, int fallback) {
        if (node == null || node.isNull()) return fallback;
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problem(at, "must be a whole number of at least 1, got " + describe(node));
            return fallback;
        }
        return node.intValue();
    }

    /** A whole number (a seed), or null when not given. */
    Integer wholeNumber(JsonNode node, String at) {
        if (node == null || node.isNull()) return null;
        if (node.isIntegralNumber() && node.canConvertToInt()) return node.intValue();
        problem(at, "must be a whole number, got " + describe(node));
        return null;
    }

    String requiredString(JsonNode node, String at) {
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

    String optionalString(JsonNode node, String at) {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) {
            problem(at, "must be a string, got " + describe(node));
            return null;
        }
        return node.textValue();
    }

    boolean object(JsonNode node, String at) {
        if (node.isObject()) return true;
        problem(at, "must be an object, got " + kind(node));
        return false;
    }

    /** The words older configs used, still read but not offered as known keys. */
    private static final Set<String> OLDER_WORDS = Set.of("providers", "provider", "type");

    void unknownKeys(JsonNode node, String at, Set<String> known) {
        node.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                warning(at + "." + k, "unknown key, ignored (known here: "
                        + String.join(", ", known.stream().filter(w -> !OLDER_WORDS.contains(w)).sorted().toList()) + ")");
            }
        });
    }

    /**
     * The key of {@code object} holding a value named {@code now}, or {@code before} (the word older configs used,
     * still read, with a warning naming the new one); both at once is a problem. Null when neither is there.
     */
    String renamedKey(JsonNode object, String at, String now, String before) {
        boolean hasNow = object.has(now), hasBefore = object.has(before);
        if (hasNow && hasBefore) {
            problem(at + "." + before, "\"" + before + "\" is the older word for \"" + now + "\"; keep only \"" + now + "\"");
            return now;
        }
        if (hasBefore) {
            warning(at + "." + before, "\"" + before + "\" is now called \"" + now + "\" (the old word still works)");
            return before;
        }
        return hasNow ? now : null;
    }

    /** A model as a contestant or a judge names it; any part null when it was missing or bad (already reported). */
    record ModelEntry(String name, String server, String model, double temperature, int maxTokens, Integer seed) {
        boolean whole() {
            return name != null && server != null && model != null;
        }
    }

    /**
     * Reads a model entry ({@code name}, {@code server} or the older {@code provider}, {@code model}, {@code temperature},
     * {@code maxTokens}, {@code seed}) of a list whose names must differ ({@code names}, added to) and whose server
     * must be one the config declares. {@code what} names it in messages: "model" (a contestant) or "judge".
     */
    ModelEntry modelEntry(JsonNode m, String at, String what, Set<String> names, Set<String> declaredServers,
                          double temperature, int maxTokens) {
        String name = requiredString(m.get("name"), at + ".name");
        String serverKey = renamedKey(m, at, "server", "provider");
        if (serverKey == null) serverKey = "server";
        String server = requiredString(m.get(serverKey), at + "." + serverKey);
        String model = requiredString(m.get("model"), at + ".model");
        double t = temperature(m.get("temperature"), at + ".temperature", temperature);
        int max = positiveInt(m.get("maxTokens"), at + ".maxTokens", maxTokens);
        Integer seed = wholeNumber(m.get("seed"), at + ".seed");
        if (name != null && !names.add(name)) {
            problem(at + ".name", "duplicate " + what + " name \"" + name + "\"; each " + (what.equals("model") ? "contestant" : what)
                    + " needs its own name");
            name = null;
        }
        if (server != null && !declaredServers.contains(server)) {
            problem(at + "." + serverKey, "server \"" + server + "\" is not defined under $.servers" + listed(List.copyOf(declaredServers)));
            server = null;
        }
        return new ModelEntry(name, server, model, t, max, seed);
    }

    static String listed(List<String> names) {
        return names.isEmpty() ? "" : " (defined: " + String.join(", ", names) + ")";
    }

    static String kind(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        return "null";
    }

    static String describe(JsonNode n) {
        if (n.isContainerNode()) return kind(n);
        return kind(n) + " " + n.toString();
    }
}
