package vibecheck.core;

import java.util.List;
import vibecheck.stream.ReplyState;

/**
 * A run being judged one item at a time: its items in run order, which one is on screen, which sample of it, and
 * how much of the run is judged. Each sample is a session of its own, saved into its own transcript.
 */
public final class JudgeRun {
    /**
     * One item of the run under one system prompt: its samples (one conversation each, at least one).
     *
     * @param label    what the header calls it (item id, system prompt)
     * @param criteria the criteria the suite asks to judge it on, or null for all of them
     */
    public record Item(String label, List<Session> samples, List<String> criteria) {
        public Item {
            if (samples.isEmpty()) throw new IllegalArgumentException("an item has at least one sample");
            samples = List.copyOf(samples);
        }
    }

    private final String name;
    private final List<Item> items;
    private final int[] sample;
    int current;

    public JudgeRun(String name, List<Item> items) {
        if (items.isEmpty()) throw new IllegalArgumentException("a run to judge has at least one item");
        this.name = name;
        this.items = List.copyOf(items);
        this.sample = new int[items.size()];
    }

    /** The sample of item {@code i} on screen when it is shown (0-based). */
    public int sample(int i) { return sample[i]; }

    /** The session of item {@code i} that is shown: its current sample. */
    public Session session(int i) { return items.get(i).samples().get(sample[i]); }

    void sample(int i, int k) {
        sample[i] = k;
    }

    /**
     * Of contestant {@code c}'s samples of item {@code i}, how many have the same final answer as the one shown
     * (itself included).
     */
    public int identical(int i, int c) {
        String shown = lastText(session(i), c);
        int n = 0;
        for (Session s : items.get(i).samples()) if (lastText(s, c).equals(shown)) n++;
        return n;
    }

    private static String lastText(Session s, int c) {
        if (s.turns().isEmpty()) return "";
        Reply r = s.turns().get(s.turns().size() - 1).replies().get(c);
        return r.state() == ReplyState.FINISHED ? r.text().strip() : "\u0000" + r.id(); // an unfinished reply matches none
    }

    public String name() { return name; }
    public int size() { return items.size(); }
    public int current() { return current; }
    public Item item(int i) { return items.get(i); }
    public List<Item> items() { return items; }

    /** The criteria to judge item {@code i} on, out of all of {@code all}. */
    public List<String> criteria(int i, List<String> all) {
        List<String> wanted = items.get(i).criteria();
        if (wanted == null) return all;
        List<String> known = all.stream().filter(wanted::contains).toList();
        return known.isEmpty() ? all : known;
    }

    /**
     * Whether item {@code i} is fully judged: in every sample, the last turn has a vote, or every finished reply in
     * it has a score on every criterion the item is judged on. Nothing finished means nothing to judge.
     */
    public boolean judged(int i, List<String> allCriteria) {
        for (Session s : items.get(i).samples()) if (!judged(s, criteria(i, allCriteria))) return false;
        return true;
    }

    private static boolean judged(Session s, List<String> criteria) {
        if (s.turns().isEmpty()) return true;
        Turn last = s.turns().get(s.turns().size() - 1);
        if (!last.votes().isEmpty()) return true;
        for (Reply r : last.replies()) {
            if (r.state() != ReplyState.FINISHED) continue;
            if (!r.scoreSheet().current().keySet().containsAll(criteria)) return false;
        }
        return true;
    }

    public int judgedCount(List<String> allCriteria) {
        int n = 0;
        for (int i = 0; i < items.size(); i++) if (judged(i, allCriteria)) n++;
        return n;
    }

    /** The first item not fully judged at or after {@code from}, going round; -1 when every item is judged. */
    public int nextUnjudged(int from, List<String> allCriteria) {
        for (int k = 0; k < items.size(); k++) {
            int i = (from + k) % items.size();
            if (!judged(i, allCriteria)) return i;
        }
        return -1;
    }
}
