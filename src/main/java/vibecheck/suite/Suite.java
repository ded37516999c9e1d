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
 * @param notes      what was read but is not this program's business (a promptfoo file's providers and asserts),
 *                   one line each, for the person running it
 */
public record Suite(String name, String description, String source, List<String> models, List<String> systemPrompts,
                    Integer repeat, ObjectNode defaults, List<Item> items, java.util.Map<String, Integer> lines,
                    List<String> notes) {

    public Suite(String name, String description, String source, List<String> models, List<String> systemPrompts,
                 Integer repeat, ObjectNode defaults, List<Item> items, java.util.Map<String, Integer> lines) {
        this(name, description, source, models, systemPrompts, repeat, defaults, items, lines, List.of());
    }

    public Suite(String name, String description, String source, List<String> models, List<String> systemPrompts,
                 Integer repeat, ObjectNode defaults, List<Item> items, List<String> notes) {
        this(name, description, source, models, systemPrompts, repeat, defaults, items, java.util.Map.of(), notes);
    }

    public Suite(String name, String description, String source, List<String> models, List<String> systemPrompts,
                 Integer repeat, ObjectNode defaults, List<Item> items) {
        this(name, description, source, models, systemPrompts, repeat, defaults, items, java.util.Map.of(), List.of());
    }

    /** The suite with only the items that carry one of {@code tags}. */
    public Suite withTags(List<String> tags) {
        List<Item> kept = items.stream().filter(i -> i.tags() != null && i.tags().stream().anyMatch(tags::contains)).toList();
        return new Suite(name, description, source, models, systemPrompts, repeat, defaults, kept, lines, notes);
    }

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
     * @param reference a reference answer shown to the person judging (never sent to a contestant), or null
     */
    public record Item(int position, String id, List<String> turns, List<String> systemPrompts, List<String> criteria,
                       List<String> tags, Integer repeat, int line, String reference) {
        public Item(int position, String id, List<String> turns, List<String> systemPrompts, List<String> criteria,
                    List<String> tags, Integer repeat, int line) {
            this(position, id, turns, systemPrompts, criteria, tags, repeat, line, null);
        }
    }
}
