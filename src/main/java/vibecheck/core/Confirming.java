package vibecheck.core;

import java.util.List;
import vibecheck.keys.Action;
import vibecheck.keys.Scope;

/**
 * The questions asked before something that cannot be undone: quitting, or cancelling every reply, while replies
 * stream. The yes key (and, for quitting, the quit key again) does it; any other key keeps things as they are.
 * Part of {@link Update}.
 */
final class Confirming {
    private Confirming() {}

    static void key(UiState s, Action a, Msg.Key k, List<Effect> fx) {
        boolean yes = a == Action.CONFIRM_YES;
        UiState.Overlay asked = s.overlay;
        s.overlay = UiState.Overlay.NONE;
        if (asked == UiState.Overlay.CONFIRM_QUIT) {
            if (yes || s.keymap.lookup(Scope.PANELS, k.name()) == Action.QUIT) Update.quit(s, fx);
        } else if (yes) {
            Update.cancelAll(s, fx, "cancelled every reply still running; what arrived is kept");
        } else {
            s.status = "nothing cancelled";
        }
    }
}
