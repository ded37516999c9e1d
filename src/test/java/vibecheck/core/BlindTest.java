package vibecheck.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vibecheck.config.Criterion;
import vibecheck.keys.Keymap;
import vibecheck.support.UiFixture;

class BlindTest {
    @Test
    void offMeansConfigOrder() {
        Blind b = new Blind(4, vibecheck.config.BlindShuffle.SESSION, new Random(1), false);
        assertArrayEquals(new int[] {0, 1, 2, 3}, b.order(0));
    }

    @Test
    void perSessionOneOrderPerTurnANewOneAndEveryOrderIsAPermutation() {
        Blind session = new Blind(6, vibecheck.config.BlindShuffle.SESSION, new Random(3), true);
        assertArrayEquals(session.order(0), session.order(5));
        Blind perTurn = new Blind(6, vibecheck.config.BlindShuffle.TURN, new Random(3), true);
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < 20; t++) {
            int[] o = perTurn.order(t);
            assertArrayEquals(o, perTurn.order(t), "stable within a turn");
            int[] sorted = o.clone();
            Arrays.sort(sorted);
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, sorted);
            seen.add(Arrays.toString(o));
        }
        assertTrue(seen.size() > 5, "orders differ between turns: " + seen);
    }

    @Test
    void orderIsShuffledOverManySessions() {
        int firstStaysFirst = 0;
        for (int seed = 0; seed < 200; seed++) {
            if (new Blind(3, vibecheck.config.BlindShuffle.SESSION, new Random(seed), true).order(0)[0] == 0) firstStaysFirst++;
        }
        assertTrue(firstStaysFirst > 40 && firstStaysFirst < 100, "about a third: " + firstStaysFirst);
    }

    @Test
    void revealedByAVoteOrByFullScoresOrByTurningBlindOff() {
        Session session = new Session(UiFixture.contestants("http://127.0.0.1:9", "a", "b"), "t", UiFixture.CLOCK, "x");
        UiState s = new UiState(session, UiFixture.PROMPTS, 0, Keymap.defaults(), null, 0.2,
                List.of(new Criterion("tone", "Tone", "formal", "casual"), new Criterion("empathy", "Empathy", "cold", "warm")),
                new Blind(2, vibecheck.config.BlindShuffle.SESSION, new Random(5), true));
        UiFixture.type(s, "hi");
        UiFixture.key(s, "Enter");
        UiFixture.key(s, "Esc");
        for (String r : List.of("r1", "r2")) UiFixture.finish(s, r, 100, 50.0, 10); // replies are judged once they have ended
        Turn t = session.turns().get(0);
        assertFalse(s.blind.revealed(t, s.criterionKeys()));
        assertEquals("A", s.title(0));
        for (int p = 0; p < 2; p++) {
            s.focus = p;
            UiFixture.key(s, "3");
            UiFixture.key(s, "]");
            UiFixture.key(s, "4");
            if (p == 0) UiFixture.key(s, "[");
        }
        assertTrue(s.blind.revealed(t, s.criterionKeys()), "every panel fully scored");
        assertTrue(s.title(0).startsWith("A · "), s.title(0));
        assertTrue(s.status.contains("names revealed"), s.status);
    }

    @Test
    void turningBlindOnOrOffKeepsTheFocusOnTheReplyThatWasOnScreen() {
        Session session = new Session(UiFixture.contestants("http://127.0.0.1:9", "a", "b", "c"), "t", UiFixture.CLOCK, "x");
        UiState s = new UiState(session, UiFixture.PROMPTS, 0, Keymap.defaults(), null, 0.2, Criterion.DEFAULTS,
                new Blind(3, vibecheck.config.BlindShuffle.SESSION, new Random(7), false));
        UiFixture.type(s, "hi");
        UiFixture.key(s, "Enter");
        UiFixture.key(s, "Esc");
        for (String r : List.of("r1", "r2", "r3")) UiFixture.finish(s, r, 100, 50.0, 10);
        boolean moved = false;
        for (int start = 0; start < 3; start++) {
            s.focus = start;
            int looked = s.blind.contestantAt(0, s.focus);
            UiFixture.key(s, "B");
            assertEquals(looked, s.blind.contestantAt(0, s.focus), "blind on: still the same reply");
            moved |= s.focus != start;
            UiFixture.key(s, "B");
            assertEquals(looked, s.blind.contestantAt(0, s.focus), "blind off: still the same reply");
        }
        assertTrue(moved, "the shuffled order moved some reply to another panel (else this shows nothing)");
        s.focus = 0;
        UiFixture.key(s, "B");
        int looked = s.blind.contestantAt(0, s.focus);
        UiFixture.key(s, "4");
        assertEquals(4, session.turns().get(0).replies().get(looked).scoreSheet().current().get(Criterion.DEFAULTS.get(0).key()));
    }

    @Test
    void aSessionOpenedAgainShowsEachTurnInTheOrderItWasJudgedIn() {
        UiState first = UiFixture.state("a", "b", "c");
        UiFixture.type(first, "hi");
        UiFixture.key(first, "Enter");
        first.session.blindOrder(0, java.util.List.of("b", "c", "a")); // what the judge saw, as recorded
        for (long seed = 0; seed < 20; seed++) { // whatever a new draw would give
            UiState again = new UiState(first.session, UiFixture.PROMPTS, 0, vibecheck.keys.Keymap.defaults(), null, 0.2,
                    vibecheck.config.Criterion.DEFAULTS, new Blind(3, vibecheck.config.BlindShuffle.SESSION, new Random(seed), true));
            assertEquals(1, again.blind.contestantAt(0, 0), "panel A is b, as it was");
            assertEquals(2, again.blind.contestantAt(0, 1));
            assertEquals(0, again.blind.contestantAt(0, 2));
            assertEquals(1, again.blind.contestantAt(1, 0), "a new turn goes on in the same order");
        }
    }
}
