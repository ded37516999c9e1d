package vibecheck.core;

import java.util.Set;
import vibecheck.keys.Action;
import vibecheck.keys.Mode;

/**
 * The score grid ({@code c}): criteria down, panels across, the turn's votes below. The selected cell is the
 * selected criterion of the focused panel, so moving in the grid and scoring are the panels' own focus and keys;
 * it stays open while scores, notes and votes are given. Part of {@link Update}.
 */
final class Grid {
    /** The panels' keys that work inside the grid: judging the cell, its reply or the turn. */
    private static final Set<Action> PASSED = Set.of(Action.SCORE_1, Action.SCORE_2, Action.SCORE_3, Action.SCORE_4,
            Action.SCORE_5, Action.SCORE_CLEAR, Action.NOTE, Action.VOTE_BEST, Action.VOTE_LEFT, Action.VOTE_RIGHT,
            Action.VOTE_TIE, Action.VOTE_BOTH_BAD, Action.PREV_TURN, Action.NEXT_TURN, Action.PREV_CRITERION,
            Action.NEXT_CRITERION, Action.COPY);

    private Grid() {}

    static boolean passes(Action a) {
        return a != null && PASSED.contains(a);
    }

    static void open(UiState s) {
        s.overlay = UiState.Overlay.SCORES;
        s.mode = Mode.PANELS;
    }

    static void key(UiState s, Action a, Msg.Key k, java.util.List<Effect> fx) {
        Action passed = a == null ? s.keymap.lookup(vibecheck.keys.Scope.PANELS, k.name()) : null;
        if (passes(passed)) { // the panels' judging keys work on the selected cell
            s.status = "";
            Update.panelAction(s, passed, fx);
            return;
        }
        if (a == null) return; // any other key does nothing here: the grid closes only when asked
        s.status = "";
        int panels = Math.max(1, s.panels.size());
        switch (a) {
            case GRID_UP -> Judging.criterion(s, -1);
            case GRID_DOWN -> Judging.criterion(s, 1);
            case GRID_LEFT -> s.focus = (s.focus + panels - 1) % panels;
            case GRID_RIGHT -> s.focus = (s.focus + 1) % panels;
            case GRID_CLOSE -> s.overlay = UiState.Overlay.NONE;
            default -> { }
        }
    }
}
