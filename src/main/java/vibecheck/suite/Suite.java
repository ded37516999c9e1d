package vibecheck.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A prompt suite: items to send to every contestant, each its own conversation. Lists left out are null, so a
 * command-line choice or the config fills them in.
 *
 * @param source     where it was read from, as messages name it ({@code suite.yaml}, or {@code built-in vibe})
 * @param models     contestant names to run, or null for every contestant in the config
 * @param systemPrompts system prompt names ({@code all} for every configured one), or null for the config's default
 * @param repeat     how many times each item is sampled, or null for once
 * @param defaults   settings that replace the config's {@code defaults} for this suite (temperature, maxTokens…)
 * @param lines      the line each top-level setting is on, by name, for messages (empty when the format has none)
 */
public record Suite(String name, String description, String source, List<String> models, List<String> systemPrompts,
                    Integer repeat, ObjectNode defaults, List<Item> items, java.util.Map<String, Integer> lines) {

    /** Where a top-level setting ({@code models}, {@code defaults/systemPrompt}) is written, as {@code file:line}. */
    public String at(String key) {
        Integer line = lines == null ? null : lines.get(key);
        return line == null ? source : source + ":" + line;
    }

    /**
     * One item: the user messages sent in order within one conversation (one for a plain prompt).
     *
     * @param position 1-based place in the suite
     * @param line     where the item starts in its file, for messages
     */
    public record Item(int position, String id, List<String> turns, List<String> systemPrompts, List<String> criteria,
                       List<String> tags, Integer repeat, int line) {}
}
