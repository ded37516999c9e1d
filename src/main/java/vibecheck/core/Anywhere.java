package vibecheck.core;

import java.util.List;
import vibecheck.keys.Action;
import vibecheck.keys.Scope;

/** The keys that mean the same in every mode, overlay and prompt: Ctrl-C and Ctrl-L. Part of {@link Update}. */
final class Anywhere {
    private Anywhere() {}

    /** Handles a global key; false when the key is not one. */
    static boolean key(UiState s, Msg.Key k, List<Effect> fx) {
        Action g = s.keymap.lookup(Scope.GLOBAL, k.name());
        if (g != Action.INTERRUPT) s.interrupts = 0;
        if (g == Action.INTERRUPT) {
            s.pasting = false;
            closeOverlay(s);
            Update.interrupt(s, fx);
            return true;
        }
        if (g == Action.REDRAW) {
            fx.add(new Effect.Redraw());
            return true;
        }
        return false;
    }

    /** The help pages' keys: the page keys turn pages, any other key closes them. */
    static void helpKey(UiState s, Action a, Msg.Key k, List<Effect> fx) {
        if (a == Action.HELP_NEXT_PAGE || a == Action.HELP_PREV_PAGE) s.helpPage += a == Action.HELP_PREV_PAGE ? -1 : 1;
        else closeOverlay(s);
    }

    /** A box that any key closes (the config's warnings). */
    static void closeOnAnyKey(UiState s, Action a, Msg.Key k, List<Effect> fx) {
        closeOverlay(s);
    }

    /** Closes a box over the screen: back to the picker when it is open under it. */
    static void closeOverlay(UiState s) {
        if (s.overlay == UiState.Overlay.SESSIONS) {
            s.sessions = null;
            s.mode = vibecheck.keys.Mode.PANELS;
        }
        s.overlay = s.overlay != UiState.Overlay.PICKER && s.picker != null ? UiState.Overlay.PICKER : UiState.Overlay.NONE;
    }
}
