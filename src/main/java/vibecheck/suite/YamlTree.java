package vibecheck.suite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** One YAML document as a JSON tree, with the line every value starts on (by JSON pointer), for messages. */
final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlTree(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** The line {@code pointer} starts on; the nearest enclosing value's line when it is missing. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return 1;
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    static YamlTree read(String shown, String text) throws SuiteException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) throw new SuiteException(shown + ":1: the file is empty");
            JsonNode root = value(p, "", lines, shown);
            if (p.nextToken() != null) {
                throw new SuiteException(shown + ":" + p.currentTokenLocation().getLineNr()
                        + ": a second YAML document (after ---); a suite file holds one");
            }
            return new YamlTree(root, lines);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            // the parser's message: what it was reading, then what it found, each followed by indented context lines
            String first = String.join(": ", e.getOriginalMessage().lines()
                    .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).map(String::strip).toList());
            throw new SuiteException(shown + ":" + (loc == null ? 1 : Math.max(1, loc.getLineNr())) + ": not valid YAML: " + first);
        } catch (IOException e) {
            throw new SuiteException(shown + ": cannot read it: " + e.getMessage());
        }
    }

    private static JsonNode value(JsonParser p, String at, Map<String, Integer> lines, String shown)
            throws IOException, SuiteException {
        JsonToken t = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        lines.put(at, line);
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (o.has(name)) throw new SuiteException(shown + ":" + keyLine + ": " + name + " is given twice");
                    String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                    o.set(name, value(p, child, lines, shown));
                    lines.put(child, keyLine);
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p, at + "/" + a.size(), lines, shown));
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new SuiteException(shown + ":" + line + ": unexpected " + t);
        }
    }
}
