package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * FastChat / MT-Bench question files ({@code question.jsonl}): one JSON object a line with {@code question_id},
 * {@code category} and {@code turns} (user messages sent in order within one conversation), and an optional
 * {@code reference} (answers for the judge, one per turn) that is kept for the person judging and never sent.
 */
public final class MtBenchSuiteFormat extends QuestionFileFormat {
    @Override
    public String name() {
        return "MT-Bench questions";
    }

    @Override
    public String fileNames() {
        return "*.jsonl with question_id and turns as a list of messages";
    }

    @Override
    String idName() {
        return "question_id";
    }

    @Override
    Question question(JsonNode n) throws Unfit {
        String id = JsonLines.text(n, "question_id");
        if (id == null) throw new Unfit("no question_id");
        JsonNode turns = n.get("turns");
        if (turns == null || !turns.isArray() || turns.isEmpty()) throw new Unfit("no turns (a list of the user's messages)");
        List<String> messages = new ArrayList<>();
        for (JsonNode t : turns) {
            if (!t.isTextual() || t.textValue().isBlank()) {
                throw new Unfit("turns must be a list of non-empty strings" + (t.isObject() ? " (objects with content are Arena-Hard's)" : ""));
            }
            messages.add(t.textValue());
        }
        return new Question(id, messages, reference(n.get("reference")));
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
