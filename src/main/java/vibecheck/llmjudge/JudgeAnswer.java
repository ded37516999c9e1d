package vibecheck.llmjudge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * What a judge's answer says, read strictly: the first top-level JSON object in it that parses (prose or a
 * {@code ```} fence around it is fine), with {@code score} a whole number from 1 to 5, or {@code winner} A, B or
 * tie. Anything else is a {@code problem}, worded to be sent back to the judge; nothing is guessed.
 */
public record JudgeAnswer(Integer score, String winner, String reason, String problem) {
    public static final String SCORE_FORMAT = "{\"score\": N, \"reason\": \"...\"} with N a whole number from 1 to 5";
    public static final String PAIR_FORMAT = "{\"winner\": \"A\" or \"B\" or \"tie\", \"reason\": \"...\"}";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How much of an answer is searched, and how many openings are tried: a runaway answer costs little. */
    private static final int MAX_SEARCH = 64 * 1024;
    private static final int MAX_TRIES = 200;

    public boolean ok() {
        return problem == null;
    }

    public static JudgeAnswer score(String raw) {
        JsonNode o = firstObject(raw);
        if (o == null) return problem("it held no JSON object");
        JsonNode s = o.get("score");
        if (s == null || s.isNull()) return problem("the JSON object had no \"score\"");
        if (!s.isIntegralNumber() || !s.canConvertToInt() || s.intValue() < 1 || s.intValue() > 5) {
            return problem("score " + abbreviate(s.toString()) + " is not a whole number from 1 to 5");
        }
        return new JudgeAnswer(s.intValue(), null, reason(o), null);
    }

    public static JudgeAnswer pair(String raw) {
        JsonNode o = firstObject(raw);
        if (o == null) return problem("it held no JSON object");
        JsonNode w = o.get("winner");
        if (w == null || w.isNull()) return problem("the JSON object had no \"winner\"");
        String v = w.isTextual() ? w.textValue().strip().toLowerCase(Locale.ROOT) : "";
        String winner = switch (v) {
            case "a" -> "A";
            case "b" -> "B";
            case "tie" -> "tie";
            default -> null;
        };
        if (winner == null) return problem("winner " + abbreviate(w.toString()) + " is not \"A\", \"B\" or \"tie\"");
        return new JudgeAnswer(null, winner, reason(o), null);
    }

    private static JudgeAnswer problem(String what) {
        return new JudgeAnswer(null, null, null, what);
    }

    private static String reason(JsonNode o) {
        JsonNode r = o.get("reason");
        return r != null && r.isTextual() ? r.textValue() : null;
    }

    /** The first {@code {} that starts a JSON object parsing to its end, or null. */
    static JsonNode firstObject(String raw) {
        if (raw == null) return null;
        String s = raw.length() > MAX_SEARCH ? raw.substring(0, MAX_SEARCH) : raw;
        int tries = 0;
        for (int i = s.indexOf('{'); i >= 0 && tries < MAX_TRIES; i = s.indexOf('{', i + 1), tries++) {
            try (JsonParser p = MAPPER.getFactory().createParser(s.substring(i))) {
                JsonNode n = p.readValueAsTree();
                if (n != null && n.isObject()) return n;
            } catch (java.io.IOException notHere) {
                // not an object starting here: try the next opening brace
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
