package vibecheck.core;

import java.util.List;
import vibecheck.stream.ReplyState;

/**
 * A run being judged one conversation at a time: its items in run order, which one is on screen, and how much of
 * the run is judged. Each item is a session of its own, saved into its own transcript.
 */
public final class JudgeRun {
    /**
     * One conversation of the run.
     *
     * @param label    what the header calls it (item id, system prompt, sample)
     * @param criteria the criteria the suite asks to judge it on, or null for all of them
     */
    public record Item(String label, Session session, List<String> criteria) {}

    private final String name;
    private final List<Item> items;
    int current;

    public JudgeRun(String name, List<Item> items) {
        if (items.isEmpty()) throw new IllegalArgumentException("a run to judge has at least one item");
        this.name = name;
        this.items = List.copyOf(items);
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
     * Whether item {@code i} is fully judged: its last turn has a vote, or every finished reply in it has a score on
     * every criterion the item is judged on. An item with nothing finished has nothing to judge.
     */
    public boolean judged(int i, List<String> allCriteria) {
        Session s = items.get(i).session();
        if (s.turns().isEmpty()) return true;
        Turn last = s.turns().get(s.turns().size() - 1);
        if (!last.votes().isEmpty()) return true;
        List<String> criteria = criteria(i, allCriteria);
        for (Reply r : last.replies()) {
            if (r.state() != ReplyState.FINISHED) continue;
            if (!r.judgement().current().keySet().containsAll(criteria)) return false;
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
