package vibecheck.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SaveThrottleTest {
    private static final long S = 1_000_000_000L;

    @Test
    void textIsSavedAtMostOnceASecondAndStateChangesAtOnce() {
        SaveThrottle t = new SaveThrottle(0);
        assertFalse(t.due(5 * S), "nothing new, nothing to save");
        assertEquals(Long.MAX_VALUE, t.nanosUntilDue(5 * S));
        t.saved(10 * S);
        t.text();
        assertFalse(t.due(10 * S + S / 2));
        assertEquals(S / 2, t.nanosUntilDue(10 * S + S / 2));
        assertTrue(t.due(11 * S));
        t.saved(11 * S);
        assertFalse(t.due(11 * S + 1));
        t.state();
        assertTrue(t.due(11 * S + 1), "a reply that ended is saved at once");
        assertEquals(0, t.nanosUntilDue(11 * S + 1));
    }
}
