package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * promptfoo configs ({@code promptfooconfig.yaml}): every prompt crossed with every test, the test's {@code vars}
 * (over {@code defaultTest.vars}) filling the prompt's {@code {{name}}} placeholders. Prompts are strings,
 * {@code file://} references relative to the config (a text file's prompts separated by lines of {@code ---}) or
 * objects with {@code raw}; {@code description} is kept. Protocols and assertions are not this program's business:
 * they are left out, with a note saying so.
 */
public final class PromptfooSuiteFormat implements SuiteFormat {
    private static final Pattern VAR = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    @Override
    public String name() {
        return "promptfoo config";
    }

    @Override
    public String fileNames() {
        return "*.yaml, *.yml with prompts and tests";
    }

    @Override
    public boolean reads(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    @Override
    public Suite parse(String shown, String defaultName, String text) throws SuiteException {
        return parse(Path.of("."), shown, defaultName, text);
    }

    @Override
    public boolean looksLike(String fileName, String text) {
        return TOP_PROMPTS.matcher(text).find() || fileName.toLowerCase(Locale.ROOT).startsWith("promptfooconfig");
    }

    private static final Pattern TOP_PROMPTS = Pattern.compile("(?m)^prompts\\s*:");

    private record Prompt(String text, String label, int line) {}

    @Override
    public Suite parse(Path folder, String shown, String defaultName, String text) throws SuiteException {
        YamlTree tree = YamlTree.read(shown, text);
        JsonNode root = tree.root;
        if (!root.isObject() || !root.has("prompts")) {
            throw new SuiteException(shown + ":1: no prompts: a promptfoo config lists prompts (and tests)");
        }
        List<String> problems = new ArrayList<>();
        List<Prompt> prompts = prompts(root.get("prompts"), tree, folder, shown, problems);
        Map<String, String> defaults = vars(root.path("defaultTest").get("vars"), "/defaultTest/vars", tree, folder, shown, problems);
        JsonNode tests = root.get("tests");
        List<JsonNode> testList = new ArrayList<>();
        if (tests == null || tests.isNull()) {
            testList.add(null); // no tests: each prompt once, with the default vars
        } else if (tests.isArray()) {
            tests.forEach(testList::add);
        } else {
            problems.add(shown + ":" + tree.line("/tests") + ": tests must be a list here (a file:// list of tests is not read)");
        }
        List<Suite.Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int t = 0; t < testList.size() && problems.size() < 10; t++) {
            JsonNode test = testList.get(t);
            String at = "/tests/" + t;
            Map<String, String> vars = new LinkedHashMap<>(defaults);
            if (test != null) vars.putAll(vars(test.get("vars"), at + "/vars", tree, folder, shown, problems));
            String description = test == null ? null : JsonLines.text(test, "description");
            for (int p = 0; p < prompts.size(); p++) {
                Prompt prompt = prompts.get(p);
                String filled = fill(prompt, vars, test == null ? null : shown + ":" + tree.line(at), problems, shown);
                if (filled == null) continue;
                String base = (description != null ? description : "test " + (t + 1))
                        + (prompts.size() > 1 ? " · " + (prompt.label() != null ? prompt.label() : "prompt " + (p + 1)) : "");
                String id = base;
                for (int n = 2; !ids.add(id); n++) id = base + " (" + n + ")";
                items.add(new Suite.Item(items.size() + 1, id, List.of(filled), null, null, null, null,
                        test == null ? prompt.line() : tree.line(at), null));
            }
        }
        if (items.isEmpty() && problems.isEmpty()) problems.add(shown + ":1: no prompts to send");
        if (!problems.isEmpty()) throw new SuiteException(problems);
        List<String> notes = new ArrayList<>();
        boolean asserts = testList.stream().anyMatch(x -> x != null && x.has("assert")) || root.path("defaultTest").has("assert");
        if (root.has("providers") || asserts) {
            notes.add(shown + ": " + (root.has("providers") ? "providers" : "") + (root.has("providers") && asserts ? " and " : "")
                    + (asserts ? "assertions" : "") + " are left out: the contestants come from the vibecheck config, and judging is yours");
        }
        String description = JsonLines.text(root, "description");
        return new Suite(defaultName, description, shown, null, null, null, null, items, notes);
    }

    private List<Prompt> prompts(JsonNode node, YamlTree tree, Path folder, String shown, List<String> problems) {
        List<Prompt> out = new ArrayList<>();
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) node.forEach(list::add);
        else list.add(node);
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = node.isArray() ? "/prompts/" + i : "/prompts";
            int line = tree.line(at);
            String label = null;
            String value = null;
            if (p.isTextual()) value = p.textValue();
            else if (p.isObject()) {
                label = JsonLines.text(p, "label");
                value = JsonLines.text(p, "raw");
                if (value == null) value = JsonLines.text(p, "id");
            }
            if (value == null || value.isBlank()) {
                problems.add(shown + ":" + line + ": a prompt must be text, a file:// reference, or {raw: …}");
                continue;
            }
            if (value.startsWith("file://")) {
                String ref = value.substring(7);
                String content = read(folder, ref, shown + ":" + line, problems);
                if (content == null) continue;
                if (ref.endsWith(".json") || ref.endsWith(".jsonl") || ref.endsWith(".js") || ref.endsWith(".py")) {
                    problems.add(shown + ":" + line + ": " + ref + ": chat-format and code prompts are not read; use a text prompt");
                    continue;
                }
                int n = 0;
                for (String part : content.split("(?m)^---\\s*$")) {
                    if (part.isBlank()) continue;
                    n++;
                    out.add(new Prompt(part.strip(), label != null ? label : ref + (n > 1 ? " #" + n : ""), line));
                }
            } else {
                out.add(new Prompt(value, label, line));
            }
        }
        return out;
    }

    private Map<String, String> vars(JsonNode node, String at, YamlTree tree, Path folder, String shown, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) {
            problems.add(shown + ":" + tree.line(at) + ": vars must be a map of names to values");
            return out;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String value;
            if (v.isTextual() && v.textValue().startsWith("file://")) {
                value = read(folder, v.textValue().substring(7), shown + ":" + tree.line(at + "/" + e.getKey()), problems);
            } else if (v.isValueNode()) {
                value = v.asText();
            } else {
                problems.add(shown + ":" + tree.line(at + "/" + e.getKey()) + ": var " + e.getKey()
                        + " is a list or a map; give one value (a list of values is not expanded here)");
                value = null;
            }
            if (value != null) out.put(e.getKey(), value);
        });
        return out;
    }

    private static String fill(Prompt prompt, Map<String, String> vars, String testAt, List<String> problems, String shown) {
        Matcher m = VAR.matcher(prompt.text());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                problems.add((testAt != null ? testAt : shown + ":" + prompt.line()) + ": the prompt uses {{" + m.group(1)
                        + "}}, which " + (testAt != null ? "this test" : "defaultTest") + " does not set");
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String read(Path folder, String ref, String at, List<String> problems) {
        Path file = folder.resolve(ref).normalize();
        try {
            if (Files.size(file) > SuiteLoader.MAX_BYTES) {
                problems.add(at + ": " + ref + " is larger than a prompt file can be");
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(at + ": cannot read " + ref + " (" + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
            return null;
        }
    }
}
