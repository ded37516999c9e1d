package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question file of JSON lines (MT-Bench, Arena-Hard): each line one question, its id unique, its {@code category}
 * a tag. A format says only how one line reads as a question; every problem is named with its line, five at most.
 */
abstract class QuestionFileFormat implements SuiteFormat {
    /** One question as the line gives it. */
    record Question(String id, List<String> turns, String reference) {}

    /** A line that is not a question of this format; the message says what is wrong with it. */
    static final class Unfit extends Exception {
        Unfit(String message) {
            super(message, null, false, false);
        }
    }

    /** The question a line holds. */
    abstract Question question(JsonNode line) throws Unfit;

    /** What the format calls a question's id, for messages. */
    String idName() {
        return "id";
    }

    @Override
    public boolean reads(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public Suite parse(String shown, String defaultName, String text) throws SuiteException {
        List<String> problems = new ArrayList<>();
        List<JsonLines.Line> lines = JsonLines.read(shown, text, problems);
        List<Suite.Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonLines.Line l : lines) {
            if (problems.size() >= 5) break;
            String at = shown + ":" + l.number() + ": ";
            Question q;
            try {
                q = question(l.node());
            } catch (Unfit e) {
                problems.add(at + e.getMessage());
                continue;
            }
            if (!ids.add(q.id())) {
                problems.add(at + idName() + " " + q.id() + " appears twice");
                continue;
            }
            String category = JsonLines.text(l.node(), "category");
            items.add(new Suite.Item(items.size() + 1, q.id(), q.turns(), null, null,
                    category == null ? null : List.of(category), null, l.number(), q.reference()));
        }
        if (!problems.isEmpty()) throw new SuiteException(problems);
        return new Suite(defaultName, null, shown, null, null, null, null, items);
    }
}
