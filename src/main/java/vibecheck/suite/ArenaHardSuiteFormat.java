package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Arena-Hard style question files: JSON lines with {@code uid} or {@code question_id}, a {@code category}, and
 * either {@code prompt} (one message) or {@code turns} as a list of {@code {"content": …}} objects.
 */
public final class ArenaHardSuiteFormat extends QuestionFileFormat {
    @Override
    public String name() {
        return "Arena-Hard questions";
    }

    @Override
    public String fileNames() {
        return "*.jsonl with uid or question_id, and prompt or turns of {\"content\": …}";
    }

    @Override
    Question question(JsonNode n) throws Unfit {
        String id = JsonLines.text(n, "uid");
        if (id == null) id = JsonLines.text(n, "question_id");
        if (id == null) throw new Unfit("no uid or question_id");
        JsonNode prompt = n.get("prompt");
        if (prompt != null && prompt.isTextual() && !prompt.textValue().isBlank()) return new Question(id, List.of(prompt.textValue()), null);
        JsonNode turns = n.get("turns");
        if (turns == null || !turns.isArray() || turns.isEmpty()) throw new Unfit("no prompt, and no turns of {\"content\": …}");
        List<String> messages = new ArrayList<>();
        for (JsonNode t : turns) {
            String content = t.isObject() ? JsonLines.text(t, "content") : null;
            if (content == null || content.isBlank()) {
                throw new Unfit("turns must be a list of {\"content\": \"…\"} objects" + (t.isTextual() ? " (plain strings are MT-Bench's)" : ""));
            }
            messages.add(content);
        }
        return new Question(id, messages, null);
    }
}
