package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * FastChat / MT-Bench question files ({@code question.jsonl}): one JSON object a line with {@code question_id},
 * {@code category} and {@code turns} (user messages sent in order within one conversation), and an optional
 * {@code reference} (answers for the judge, one per turn) that is kept for the person judging and never sent.
 */
public final class MtBenchSuiteFormat implements SuiteFormat {
    @Override
    public String name() {
        return "MT-Bench questions";
    }

    @Override
    public String fileNames() {
        return "*.jsonl with question_id and turns as a list of messages";
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
            JsonNode n = l.node();
            String at = shown + ":" + l.number() + ": ";
            String id = JsonLines.text(n, "question_id");
            JsonNode turns = n.get("turns");
            if (id == null) {
                problems.add(at + "no question_id");
                continue;
            }
            if (turns == null || !turns.isArray() || turns.isEmpty()) {
                problems.add(at + "no turns (a list of the user's messages)");
                continue;
            }
            List<String> messages = new ArrayList<>();
            for (JsonNode t : turns) {
                if (!t.isTextual() || t.textValue().isBlank()) {
                    problems.add(at + "turns must be a list of non-empty strings" + (t.isObject() ? " (objects with content are Arena-Hard's)" : ""));
                    messages = null;
                    break;
                }
                messages.add(t.textValue());
            }
            if (messages == null) continue;
            if (!ids.add(id)) {
                problems.add(at + "question_id " + id + " appears twice");
                continue;
            }
            String category = JsonLines.text(n, "category");
            items.add(new Suite.Item(items.size() + 1, id, messages, null, null,
                    category == null ? null : List.of(category), null, l.number(), reference(n.get("reference"))));
        }
        if (!problems.isEmpty()) throw new SuiteException(problems);
        return new Suite(defaultName, null, shown, null, null, null, null, items);
    }

    /** The reference answers, one per turn, as one text for the judge. */
    static String reference(JsonNode ref) {
        if (ref == null || ref.isNull()) return null;
        if (ref.isTextual()) return ref.textValue();
        if (!ref.isArray() || ref.isEmpty()) return null;
        if (ref.size() == 1) return ref.get(0).asText();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ref.size(); i++) {
            if (i > 0) sb.append("\n\n");
            sb.append("Turn ").append(i + 1).append(": ").append(ref.get(i).asText());
        }
        return sb.toString();
    }
}
