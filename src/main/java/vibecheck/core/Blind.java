package vibecheck.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which contestant each panel shows. With blind mode off, config order. With it on, a random order drawn once per
 * session (or once per turn), panels titled A, B, C… by position, and the names kept back for a turn until it
 * has a vote or every panel is fully scored, or blind mode goes off.
 */
public final class Blind {
    private final int n;
    private final vibecheck.config.BlindShuffle shuffle;
    private final Random random;
    private final int[] sessionOrder;
    private final Map<Integer, int[]> turnOrders = new HashMap<>();
    private boolean on;

    public Blind(int contestants, vibecheck.config.BlindShuffle shuffle, Random random, boolean on) {
        this.n = contestants;
        this.shuffle = shuffle;
        this.random = random;
        this.sessionOrder = permutation();
        this.on = on;
    }

    private Blind(vibecheck.config.BlindShuffle shuffle, Random random, int[] order, boolean on) {
        this.n = order.length;
        this.shuffle = shuffle;
        this.random = random;
        this.sessionOrder = order.clone();
        this.on = on;
    }

    /** The same settings with a panel order drawn earlier (and recorded), kept for every turn. */
    Blind withOrder(int[] order) {
        return new Blind(vibecheck.config.BlindShuffle.SESSION, random, order, on);
    }

    /**
     * The panel orders a saved session recorded (each turn's {@code blindOrder}), so that a session opened again
     * shows every turn as it was judged, and new turns go on in the order of its latest one (with the session-wide
     * shuffle). Turns without a record, or naming contestants this session lacks, keep a fresh draw.
     */
    void restore(Session session) {
        List<String> names = new ArrayList<>();
        for (var c : session.contestants()) names.add(c.name());
        int[] latest = null;
        for (int t = 0; t < session.turns().size(); t++) {
            List<String> recorded = session.turns().get(t).blindOrder();
            if (recorded == null || recorded.size() != n) continue;
            int[] order = new int[n];
            boolean whole = true;
            for (int p = 0; p < n && whole; p++) {
                order[p] = names.indexOf(recorded.get(p));
                whole = order[p] >= 0;
            }
            if (!whole || java.util.Arrays.stream(order).distinct().count() != n) continue;
            turnOrders.put(t, order);
            latest = order;
        }
        if (latest != null) System.arraycopy(latest, 0, sessionOrder, 0, n);
    }

    /** The same settings for a different number of contestants (a new session). */
    Blind resized(int contestants) {
        return new Blind(contestants, shuffle, random, on);
    }

    public boolean on() {
        return on;
    }

    void toggle() {
        on = !on;
    }

    /** The contestant shown at each panel position for a turn (-1: before any turn). */
    public int[] order(int turn) {
        if (!on) return identity();
        int[] recorded = turnOrders.get(turn);
        if (recorded != null && shuffle == vibecheck.config.BlindShuffle.SESSION) return recorded;
        if (shuffle == vibecheck.config.BlindShuffle.SESSION || turn < 0) return sessionOrder;
        return turnOrders.computeIfAbsent(turn, t -> permutation());
    }

    public int contestantAt(int turn, int position) {
        return order(turn)[position];
    }

    public static String letter(int position) {
        return position < 26 ? String.valueOf((char) ('A' + position)) : "P" + (position + 1);
    }

    /** Whether the judge may see the names for this turn. */
    public boolean revealed(Turn turn, List<String> criteria) {
        if (!on) return true;
        if (!turn.votes().isEmpty()) return true;
        if (criteria.isEmpty()) return false;
        for (Reply r : turn.replies()) {
            if (!r.scoreSheet().current().keySet().containsAll(criteria)) return false;
        }
        return true;
    }

    /** The contestant names in panel order for a turn, to keep with it in the transcript. */
    List<String> names(Session s, int turn) {
        List<String> out = new ArrayList<>();
        for (int c : order(turn)) out.add(s.contestants().get(c).name());
        return out;
    }

    private int[] identity() {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) id[i] = i;
        return id;
    }

    private int[] permutation() {
        int[] p = identity();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
