package vibecheck.core;

import java.util.List;
import vibecheck.config.Criterion;
import vibecheck.keys.Mode;

/** The judge's keys: scores per criterion, notes, votes, which turn is judged, blind mode. Part of {@link Update}. */
final class Judging {
    private Judging() {}

    /** The reply in the focused panel for the turn being judged, or null before the first message. */
    static Reply judged(UiState s) {
        int turn = s.judgedTurn();
        if (turn < 0) return null;
        return s.session.turns().get(turn).replies().get(s.blind.contestantAt(turn, s.focus));
    }

    /** Why a reply cannot be judged, or null: one that failed or was cancelled before any text has nothing to judge. */
    static String unjudgeable(UiState s, Reply r, int position) {
        if (!r.state().isFinal() || r.state() == vibecheck.stream.ReplyState.FINISHED || !r.text().isBlank()) return null;
        return s.title(position) + " " + r.state().label() + " with no text";
    }

    private static final String STILL_ANSWERING = "replies of this turn are still coming: a vote compares them whole, once they have ended";

    static void score(UiState s, Integer value, List<Effect> fx) {
        Reply r = judged(s);
        if (r == null) {
            s.status = "nothing to score yet: send a message first";
            return;
        }
        String why = unjudgeable(s, r, s.focus);
        if (why != null && value != null) {
            s.status = why + ": nothing to score (r asks it again)";
            return;
        }
        if (!r.state().isFinal() && value != null) {
            s.status = s.title(s.focus) + " is still answering: score it once it has ended";
            return;
        }
        Criterion c = s.criteria.get(s.criterion);
        Turn turn = s.session.turns().get(s.judgedTurn());
        boolean wasRevealed = s.blind.revealed(turn, s.judgedCriterionKeys());
        s.session.score(r.id(), c.key(), value, s.blind.on() && !wasRevealed);
        fx.add(new Effect.Save());
        s.status = (value == null ? "cleared " + c.label() : c.label() + " " + value) + " for " + s.title(s.focus);
        revealed(s, turn, wasRevealed);
    }

    static void criterion(UiState s, int step) {
        int n = s.criteria.size();
        s.criterion = ((s.criterion + step) % n + n) % n;
    }

    static void startNote(UiState s) {
        Reply r = judged(s);
        if (r == null) {
            s.status = "nothing to note yet: send a message first";
            return;
        }
        s.noteFor = r.id();
        s.note.clearLine();
        s.mode = Mode.NOTE;
    }

    static void best(UiState s, List<Effect> fx) {
        Reply r = judged(s);
        if (r == null) {
            s.status = "nothing to vote on yet";
            return;
        }
        String why = unjudgeable(s, r, s.focus);
        if (why != null) {
            s.status = why + ": it cannot be the best (r asks it again)";
            return;
        }
        Turn turn = s.session.turns().get(s.judgedTurn());
        if (!turn.done()) {
            s.status = STILL_ANSWERING;
            return;
        }
        boolean wasRevealed = s.blind.revealed(turn, s.judgedCriterionKeys());
        s.session.vote(s.judgedTurn(), vibecheck.transcript.Transcript.VoteKind.BEST, r.contestant().name(), null, null, null, s.blind.on() && !wasRevealed);
        fx.add(new Effect.Save());
        s.status = "voted " + s.title(s.focus) + " best of turn " + (s.judgedTurn() + 1);
        revealed(s, turn, wasRevealed);
    }

    static void pair(UiState s, vibecheck.transcript.Transcript.Outcome outcome, List<Effect> fx) {
        if (s.panels.size() != 2) {
            s.status = s.keymap.key(vibecheck.keys.Action.VOTE_LEFT) + ", " + s.keymap.key(vibecheck.keys.Action.VOTE_RIGHT) + ", " + s.keymap.key(vibecheck.keys.Action.VOTE_TIE) + " and " + s.keymap.key(vibecheck.keys.Action.VOTE_BOTH_BAD) + " compare exactly two panels; with more, " + s.keymap.key(vibecheck.keys.Action.VOTE_BEST) + " marks the best";
            return;
        }
        int t = s.judgedTurn();
        if (t < 0) {
            s.status = "nothing to vote on yet";
            return;
        }
        Turn turn = s.session.turns().get(t);
        if (!turn.done()) {
            s.status = STILL_ANSWERING;
            return;
        }
        for (int p = 0; p < 2; p++) {
            boolean wins = outcome == (p == 0 ? vibecheck.transcript.Transcript.Outcome.LEFT : vibecheck.transcript.Transcript.Outcome.RIGHT)
                    || outcome == vibecheck.transcript.Transcript.Outcome.TIE;
            String why = unjudgeable(s, turn.replies().get(s.blind.contestantAt(t, p)), p);
            if (wins && why != null) {
                s.status = why + ": it cannot win or tie (r asks it again; - says both bad)";
                return;
            }
        }
        boolean wasRevealed = s.blind.revealed(turn, s.judgedCriterionKeys());
        String left = s.session.contestants().get(s.blind.contestantAt(t, 0)).name();
        String right = s.session.contestants().get(s.blind.contestantAt(t, 1)).name();
        s.session.vote(t, vibecheck.transcript.Transcript.VoteKind.PAIR, null, left, right, outcome, s.blind.on() && !wasRevealed);
        fx.add(new Effect.Save());
        s.status = switch (outcome) {
            case LEFT -> "voted left better";
            case RIGHT -> "voted right better";
            case TIE -> "voted a tie";
            case BOTH_BAD -> "voted both bad";
        } + " for turn " + (t + 1);
        revealed(s, turn, wasRevealed);
    }

    static void turn(UiState s, int step) {
        int n = s.session.turns().size();
        if (n == 0) return;
        int to = Math.max(0, Math.min(n - 1, s.judgedTurn() + step));
        s.selectedTurn = to == n - 1 ? -1 : to;
        for (PanelView v : s.panels) v.jumpTo = to;
        s.status = "judging turn " + (to + 1) + " of " + n;
    }

    static void toggleBlind(UiState s) {
        // the focus stays on the reply being looked at, wherever the new order puts its panel: a score given next
        // must go to the model that was on screen, not to whichever lands in that position
        int turn = s.judgedTurn();
        int looked = s.panels.isEmpty() ? -1 : s.blind.contestantAt(turn, s.focus);
        s.blind.toggle();
        for (int p = 0; looked >= 0 && p < s.panels.size(); p++) {
            if (s.blind.contestantAt(turn, p) == looked) s.focus = p;
        }
        s.status = s.blind.on() ? "blind: names hidden until a turn has a vote or every panel is scored" : "blind off: names shown";
        int last = s.session.turns().size() - 1;
        if (s.blind.on() && last >= 0 && s.session.turns().get(last).replies().stream().anyMatch(r -> !r.state().isFinal())) {
            s.session.blindOrder(last, s.blind.names(s.session, last));
        }
    }

    private static void revealed(UiState s, Turn turn, boolean wasRevealed) {
        if (s.blind.on() && !wasRevealed && s.blind.revealed(turn, s.judgedCriterionKeys())) {
            s.status += " · names revealed for turn " + turn.index();
        }
    }
}
