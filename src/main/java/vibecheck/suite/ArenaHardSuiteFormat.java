package vibecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Arena-Hard style question files: JSON lines with {@code uid} or {@code question_id}, a {@code category}, and
 * either {@code prompt} (one message) or {@code turns} as a list of {@code {"content": …}} objects.
 */
public final class ArenaHardSuiteFormat implements SuiteFormat {
    @Override
    public String name() {
        return "Arena-Hard questions";
    }

    @Override
    public String fileNames() {
        return "*.jsonl with uid or question_id, and prompt or turns of {\"content\": …}";
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
            String id = JsonLines.text(n, "uid");
            if (id == null) id = JsonLines.text(n, "question_id");
            if (id == null) {
                problems.add(at + "no uid or question_id");
                continue;
            }
            List<String> messages = new ArrayList<>();
            JsonNode prompt = n.get("prompt");
            JsonNode turns = n.get("turns");
            if (prompt != null && prompt.isTextual() && !prompt.textValue().isBlank()) {
                messages.add(prompt.textValue());
            } else if (turns != null && turns.isArray() && !turns.isEmpty()) {
                for (JsonNode t : turns) {
                    String content = t.isObject() ? JsonLines.text(t, "content") : null;
                    if (content == null || content.isBlank()) {
                        problems.add(at + "turns must be a list of {\"content\": \"…\"} objects" + (t.isTextual() ? " (plain strings are MT-Bench's)" : ""));
                        messages = null;
                        break;
                    }
                    messages.add(content);
                }
                if (messages == null) continue;
            } else {
                problems.add(at + "no prompt, and no turns of {\"content\": …}");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(at + "id " + id + " appears twice");
                continue;
            }
            String category = JsonLines.text(n, "category");
            items.add(new Suite.Item(items.size() + 1, id, messages, null, null,
                    category == null ? null : List.of(category), null, l.number(), null));
        }
        if (!problems.isEmpty()) throw new SuiteException(problems);
        return new Suite(defaultName, null, shown, null, null, null, null, items);
    }
}
