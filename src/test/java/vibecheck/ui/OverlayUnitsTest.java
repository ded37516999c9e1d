package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vibecheck.core.UiState;
import vibecheck.keys.Action;
import vibecheck.keys.Keymap;

/** Every box over the panels is one unit: a scope with keys (and so help rows), what its keys do, and a painter. */
class OverlayUnitsTest {
    @Test
    void everyBoxHasItsScopeItsKeysInHelpAndItsPainter() {
        Keymap keymap = Keymap.defaults();
        for (UiState.Overlay o : UiState.Overlay.values()) {
            if (o == UiState.Overlay.NONE) continue;
            assertNotNull(o.scope(), o + " has no scope");
            assertNotNull(OverlayPainters.of(o), o + " has no painter");
            assertFalse(keymap.help(o.scope()).isEmpty(), o + "'s keys are in no help row");
            boolean bound = false;
            for (Action a : Action.values()) bound |= a.scope() == o.scope() && !keymap.keysFor(a).isEmpty();
            assertTrue(bound, o + " has no key");
        }
    }
}
