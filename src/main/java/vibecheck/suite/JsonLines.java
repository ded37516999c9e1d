package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A file of one JSON object per line, each kept with its line number; blank lines are skipped. */
final class JsonLines {
    record Line(int number, JsonNode node) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {}

    /** The objects, or the problems: a line that is not one JSON object is named with why. */
    static List<Line> read(String shown, String text, List<String> problems) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            try {
                JsonNode n = MAPPER.readTree(l);
                if (n == null || !n.isObject()) problems.add(shown + ":" + (i + 1) + ": not a JSON object");
                else out.add(new Line(i + 1, n));
            } catch (Exception e) {
                problems.add(shown + ":" + (i + 1) + ": not JSON (" + firstLine(e.getMessage()) + ")");
            }
            if (problems.size() >= 5) break; // a file of another kind: five lines say enough
        }
        if (out.isEmpty() && problems.isEmpty()) problems.add(shown + ":1: no questions in the file");
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        return v.isTextual() ? v.textValue() : v.isNumber() ? v.asText() : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "malformed";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
