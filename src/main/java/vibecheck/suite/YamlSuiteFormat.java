package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * YAML suites: {@code name}, {@code description}, {@code models}, {@code systemPrompts}, {@code repeat},
 * {@code defaults} and {@code items}, each item a prompt (a plain string, or {@code prompt:}) or {@code turns:}.
 * Every problem is collected, one line each with the file and line.
 */
public final class YamlSuiteFormat implements SuiteFormat {
    private static final Set<String> TOP = new TreeSet<>(List.of("name", "description", "models", "systemPrompts", "repeat", "defaults", "items"));
    private static final Set<String> ITEM = new TreeSet<>(List.of("id", "prompt", "turns", "systemPrompts", "criteria", "tags", "repeat"));
    private static final Set<String> DEFAULTS = new TreeSet<>(List.of("temperature", "maxTokens", "systemPrompt",
            "connectTimeoutSeconds", "idleTimeoutSeconds", "schedule", "blindShuffle"));
    /** The most samples of one item a suite may ask for. */
    static final int MAX_REPEAT = 100;

    @Override
    public String name() {
        return "YAML";
    }

    @Override
    public String fileNames() {
        return "*.yaml, *.yml";
    }

    @Override
    public boolean reads(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Every YAML file that is not a promptfoo config (which has a top-level prompts:, which no suite has). */
    @Override
    public boolean looksLike(String fileName, String text) {
        return !new PromptfooSuiteFormat().looksLike(fileName, text);
    }

    @Override
    public Suite parse(String shown, String defaultName, String text) throws SuiteException {
        return new Reading(shown, YamlTree.read(shown, text)).suite(defaultName);
    }

    private static final class Reading {
        private final String shown;
        private final YamlTree tree;
        private final List<String> problems = new ArrayList<>();

        Reading(String shown, YamlTree tree) {
            this.shown = shown;
            this.tree = tree;
        }

        Suite suite(String defaultName) throws SuiteException {
            JsonNode root = tree.root;
            if (!root.isObject()) {
                throw new SuiteException(shown + ":1: a suite is a mapping with items: (and optionally name, description, "
                        + "models, systemPrompts, repeat, defaults), not " + describe(root));
            }
            unknown(root, "", TOP, "suite");
            String name = string(root, "", "name");
            String description = string(root, "", "description");
            List<String> models = names(root, "", "models", false);
            List<String> prompts = names(root, "", "systemPrompts", true);
            Integer repeat = repeat(root, "");
            ObjectNode defaults = defaults(root.get("defaults"));
            List<Suite.Item> items = items(root.get("items"));
            if (!problems.isEmpty()) throw new SuiteException(problems);
            Map<String, Integer> lines = new HashMap<>();
            for (String key : List.of("models", "systemPrompts", "defaults/systemPrompt")) {
                if (root.at("/" + key).isMissingNode()) continue;
                lines.put(key, tree.line("/" + key));
            }
            return new Suite(name == null || name.isBlank() ? defaultName : name.strip(), description, shown, models, prompts,
                    repeat, defaults, items, Map.copyOf(lines));
        }

        private List<Suite.Item> items(JsonNode node) {
            if (node == null || node.isNull()) {
                problem("", "no items: list the prompts under items:");
                return List.of();
            }
            if (!node.isArray() || node.isEmpty()) {
                problem("/items", "items must be a list with at least one item, got " + describe(node));
                return List.of();
            }
            List<Suite.Item> items = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < node.size(); i++) {
                String at = "/items/" + i;
                JsonNode n = node.get(i);
                Suite.Item item = n.isTextual() ? plain(i, at, n.asText()) : item(i, at, n);
                if (item == null) continue;
                Integer earlier = ids.putIfAbsent(item.id(), tree.line(at));
                if (earlier != null) problem(at, "item id \"" + item.id() + "\" is also used on line " + earlier + "; ids must differ");
                items.add(item);
            }
            return items;
        }

        private Suite.Item plain(int i, String at, String prompt) {
            if (prompt.isBlank()) {
                problem(at, "item " + (i + 1) + " is an empty prompt");
                return null;
            }
            return new Suite.Item(i + 1, String.valueOf(i + 1), List.of(prompt.strip()), null, null, null, null, tree.line(at));
        }

        private Suite.Item item(int i, String at, JsonNode n) {
            if (!n.isObject()) {
                problem(at, "item " + (i + 1) + " must be a prompt or a mapping with prompt: or turns:, got " + describe(n));
                return null;
            }
            unknown(n, at, ITEM, "item");
            String id = String.valueOf(i + 1);
            JsonNode idNode = n.get("id");
            if (idNode != null && !idNode.isNull()) {
                if ((idNode.isTextual() || idNode.isIntegralNumber()) && !idNode.asText().isBlank()) id = idNode.asText().strip();
                else problem(at + "/id", "id must be a word or a number, got " + describe(idNode));
            }
            List<String> turns = turns(n, at, id);
            if (turns == null) return null;
            return new Suite.Item(i + 1, id, turns, names(n, at, "systemPrompts", true), names(n, at, "criteria", false),
                    names(n, at, "tags", false), repeat(n, at), tree.line(at));
        }

        private List<String> turns(JsonNode n, String at, String id) {
            JsonNode prompt = n.get("prompt");
            JsonNode turns = n.get("turns");
            if (prompt != null && turns != null) {
                problem(at, "item " + id + " has both prompt: and turns:; give one");
                return null;
            }
            if (prompt != null) {
                if (!prompt.isTextual() || prompt.asText().isBlank()) {
                    problem(at + "/prompt", "item " + id + ": prompt must be text, got " + describe(prompt));
                    return null;
                }
                return List.of(prompt.asText().strip());
            }
            if (turns == null) {
                problem(at, "item " + id + " has no prompt: or turns:");
                return null;
            }
            if (!turns.isArray() || turns.isEmpty()) {
                problem(at + "/turns", "item " + id + ": turns must be a list of messages, got " + describe(turns));
                return null;
            }
            List<String> out = new ArrayList<>();
            for (int t = 0; t < turns.size(); t++) {
                JsonNode m = turns.get(t);
                if (!m.isTextual() || m.asText().isBlank()) {
                    problem(at + "/turns/" + t, "item " + id + ": turn " + (t + 1) + " must be a message, got " + describe(m));
                    return null;
                }
                out.add(m.asText().strip());
            }
            return out;
        }

        /** A list of names (a single name is a list of one); {@code all} is allowed where {@code allowAll}. */
        private List<String> names(JsonNode parent, String at, String key, boolean allowAll) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) return null;
            String here = at + "/" + key;
            List<String> out = new ArrayList<>();
            if (n.isTextual()) {
                for (String s : n.asText().split(",")) if (!s.isBlank()) out.add(s.strip());
            } else if (n.isArray()) {
                for (JsonNode e : n) {
                    if (!e.isTextual() && !e.isNumber() || e.asText().isBlank()) {
                        problem(here, key + " must list names, got " + describe(e) + " in the list");
                        return null;
                    }
                    out.add(e.asText().strip());
                }
            } else {
                problem(here, key + " must be a name or a list of names, got " + describe(n));
                return null;
            }
            if (out.isEmpty()) {
                problem(here, key + " is empty; leave it out to use the default");
                return null;
            }
            if (out.contains("all") && (!allowAll || out.size() > 1)) {
                problem(here, allowAll ? key + ": \"all\" stands alone" : key + ": \"all\" is not a name here");
                return null;
            }
            return List.copyOf(out);
        }

        private Integer repeat(JsonNode parent, String at) {
            JsonNode n = parent.get("repeat");
            if (n == null || n.isNull()) return null;
            if (n.isIntegralNumber() && n.asLong() >= 1 && n.asLong() <= MAX_REPEAT) return n.asInt();
            problem(at + "/repeat", "repeat must be a whole number from 1 to " + MAX_REPEAT + ", got " + describe(n));
            return null;
        }

        private String string(JsonNode parent, String at, String key) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) return null;
            if (n.isTextual()) return n.asText();
            problem(at + "/" + key, key + " must be text, got " + describe(n));
            return null;
        }

        private ObjectNode defaults(JsonNode n) {
            if (n == null || n.isNull()) return null;
            if (!n.isObject()) {
                problem("/defaults", "defaults must be a mapping (temperature, maxTokens, schedule…), got " + describe(n));
                return null;
            }
            unknown(n, "/defaults", DEFAULTS, "defaults");
            check(n, "temperature", v -> v.isNumber() && v.asDouble() >= 0 && v.asDouble() <= 2, "a number from 0 to 2");
            for (String k : List.of("maxTokens", "connectTimeoutSeconds", "idleTimeoutSeconds")) {
                check(n, k, v -> v.isIntegralNumber() && v.asLong() >= 1 && v.asLong() <= Integer.MAX_VALUE, "a whole number above 0");
            }
            check(n, "schedule", v -> v.isTextual() && vibecheck.config.Schedule.of(v.asText()) != null, vibecheck.config.Schedule.choices());
            check(n, "blindShuffle", v -> v.isTextual() && vibecheck.config.BlindShuffle.of(v.asText()) != null, vibecheck.config.BlindShuffle.choices());
            check(n, "systemPrompt", JsonNode::isTextual, "a system prompt name");
            return (ObjectNode) n;
        }

        private void check(JsonNode parent, String key, java.util.function.Predicate<JsonNode> ok, String what) {
            JsonNode v = parent.get(key);
            if (v != null && !ok.test(v)) problem("/defaults/" + key, "defaults." + key + " must be " + what + ", got " + describe(v));
        }

        private void unknown(JsonNode n, String at, Set<String> known, String what) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!known.contains(k)) problem(at + "/" + k, "unknown key " + k + " in " + what + " (known: " + String.join(", ", known) + ")");
            }
        }

        private void problem(String pointer, String what) {
            problems.add(shown + ":" + tree.line(pointer) + ": " + what);
        }
    }

    static String describe(JsonNode n) {
        if (n == null || n.isNull()) return "nothing";
        if (n.isTextual()) return "\"" + (n.asText().length() > 40 ? n.asText().substring(0, 40) + "…" : n.asText()) + "\"";
        if (n.isArray()) return "a list";
        if (n.isObject()) return "a mapping";
        return n.toString();
    }
}
