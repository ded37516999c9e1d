package vibecheck.batch;

import vibecheck.config.SystemPrompt;
import vibecheck.suite.Suite;

/** One conversation of a run: an item under one system prompt, one sample of it ({@code repeat} from 1). */
public record Slot(Suite.Item item, SystemPrompt system, int repeat) {
    /** What identifies the slot's transcript in a run folder, whatever the file is called. */
    public String key() {
        return key(item.id(), system.name(), repeat);
    }

    static String key(String item, String system, int repeat) {
        return item + "\u0000" + system + "\u0000" + repeat;
    }

    /** The transcript's file name: position, item id, system prompt and sample, in characters safe everywhere. */
    public String fileName() {
        return String.format("%03d-%s.%s.r%d.json", item.position(), safe(item.id()), safe(system.name()), repeat);
    }

    static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (t.length() > 40) t = t.substring(0, 40);
        return t.isEmpty() ? "x" : t;
    }
}
