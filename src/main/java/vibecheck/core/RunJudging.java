package vibecheck.core;

import java.util.ArrayList;
import java.util.List;
import vibecheck.keys.Mode;

/**
 * Moving through a run while judging it: each item shown with its own panel order, drawn when the item is first
 * shown while blind and recorded with its turns, so the same order comes back and position bias can be measured.
 * Part of {@link Update}.
 */
public final class RunJudging {
    private RunJudging() {}

    /** Puts item {@code index} on screen; returns the effects (a save when a new panel order was recorded). */
    public static List<Effect> show(UiState s, int index) {
        List<Effect> fx = new ArrayList<>();
        JudgeRun run = s.judge;
        run.current = index;
        Session session = run.session(index);
        s.replaceSession(session);
        int[] recorded = null;
        for (Session sample : run.item(index).samples()) if (recorded == null) recorded = recordedOrder(sample);
        if (recorded != null) s.blind = s.blind.withOrder(recorded); // the order every sample of the item is shown in
        record(s, session, fx);
        List<String> keys = run.criteria(index, s.criterionKeys());
        if (!keys.contains(s.criteria.get(s.criterion).key())) s.criterion = s.criterionKeys().indexOf(keys.get(0));
        s.mode = Mode.PANELS;
        fx.add(new Effect.Redraw());
        return fx;
    }

    /** Shows the item's next sample in every panel, in the same panel order. */
    static void nextSample(UiState s, List<Effect> fx) {
        if (s.judge == null || s.judge.item(s.judge.current).samples().size() < 2) {
            s.status = "only a run with repeat has samples to go through";
            return;
        }
        JudgeRun run = s.judge;
        int i = run.current;
        int n = run.item(i).samples().size();
        int[] order = s.blind.order(0);
        run.sample(i, (run.sample(i) + 1) % n);
        Session session = run.session(i);
        s.replaceSession(session);
        s.blind = s.blind.withOrder(order);
        record(s, session, fx);
        fx.add(new Effect.Redraw());
        s.mode = Mode.PANELS;
        s.status = "sample " + (run.sample(i) + 1) + " of " + n;
    }

    /** Blind mode turned on while judging: the order the item is now shown in is kept with it, if none was. */
    static void blindToggled(UiState s, List<Effect> fx) {
        record(s, s.session, fx);
    }

    /** Keeps the panel order with a sample shown blind for the first time. */
    private static void record(UiState s, Session session, List<Effect> fx) {
        if (!s.blind.on() || session.turns().isEmpty() || session.turns().get(0).blindOrder() != null) return;
        for (int t = 0; t < session.turns().size(); t++) session.blindOrder(t, s.blind.names(session, t));
        fx.add(new Effect.Save());
    }

    static void move(UiState s, int step, List<Effect> fx) {
        int to = s.judge.current + step;
        if (to < 0 || to >= s.judge.size()) {
            s.status = to < 0 ? "this is the first item" : "this is the last item";
            return;
        }
        fx.addAll(show(s, to));
        s.status = where(s);
    }

    static void nextUnjudged(UiState s, List<Effect> fx) {
        if (s.judge == null) {
            s.status = s.keymap.key(vibecheck.keys.Action.NEXT_UNJUDGED) + " moves to the next item to judge in `vibecheck judge RUN_DIR`";
            return;
        }
        int to = s.judge.nextUnjudged((s.judge.current + 1) % s.judge.size(), s.criterionKeys());
        if (to < 0) {
            s.status = "every item is judged";
            return;
        }
        fx.addAll(show(s, to));
        s.status = where(s);
    }

    /** Keys that would change the run's conversations are refused while judging, with what to do instead. */
    static boolean refuses(UiState s, vibecheck.keys.Action a) {
        if (!s.actionsOff().contains(a)) return false;
        s.status = "judging a run changes only scores, notes and votes; `vibecheck review FILE` goes on with one conversation";
        return true;
    }

    /** The next criterion of the item's own set, {@code step} away. */
    static void criterion(UiState s, int step) {
        List<String> all = s.criterionKeys();
        List<String> mine = s.judge.criteria(s.judge.current, all);
        int at = Math.max(0, mine.indexOf(all.get(s.criterion)));
        int n = mine.size();
        s.criterion = all.indexOf(mine.get(((at + step) % n + n) % n));
    }

    /** A: the reference answer the item came with (an MT-Bench reference), for the person judging; never sent. */
    static void reference(UiState s) {
        if (s.judge == null) {
            s.status = "a reference answer comes with an item of a run (judge RUN_DIR)";
            return;
        }
        String reference = null;
        for (Turn t : s.session.turns()) {
            for (Reply r : t.replies()) if (reference == null && r.run() != null) reference = r.run().reference();
        }
        if (reference == null || reference.isBlank()) {
            s.status = "this item has no reference answer";
            return;
        }
        s.textBox = new UiState.TextBox("Reference answer, " + where(s) + " (for you; never sent)",
                List.of(vibecheck.text.TerminalSanitizer.clean(reference).split("\n", -1)));
        s.textTop = 0;
        s.overlay = UiState.Overlay.TEXT;
    }

    private static String where(UiState s) {
        return "item " + (s.judge.current + 1) + "/" + s.judge.size() + ": " + s.judge.item(s.judge.current).label();
    }

    /** The panel order kept with the item's first turn, as contestant positions, or null when none was recorded. */
    private static int[] recordedOrder(Session session) {
        if (session.turns().isEmpty()) return null;
        List<String> names = session.turns().get(0).blindOrder();
        if (names == null || names.size() != session.contestants().size()) return null;
        int[] order = new int[names.size()];
        boolean[] used = new boolean[names.size()];
        for (int p = 0; p < names.size(); p++) {
            int c = -1;
            for (int i = 0; i < session.contestants().size(); i++) {
                if (c < 0 && !used[i] && session.contestants().get(i).name().equals(names.get(p))) c = i;
            }
            if (c < 0) return null;
            used[c] = true;
            order[p] = c;
        }
        return order;
    }
}
