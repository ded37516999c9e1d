package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.core.UiState;
import vibecheck.keys.Action;
import vibecheck.keys.Keymap;
import vibecheck.keys.Mode;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/**
 * Keys are data: a rebound key is the one every place names — the hint bar, help, statuses, box titles — and the
 * default it replaced does nothing. The test presses actions by name, so it never knows which letter they are on.
 */
class RebindingAppTest {
    @TempDir
    Path dir;

    private static final Map<Action, List<String>> REBOUND = Map.ofEntries(
            Map.entry(Action.SEND, List.of("Ctrl-S")),
            Map.entry(Action.TO_PANELS, List.of("F2")),
            Map.entry(Action.TO_PROMPT, List.of("F4")),
            Map.entry(Action.SCORE_TABLE, List.of("g")),
            Map.entry(Action.GRID_CLOSE, List.of("G")),
            Map.entry(Action.NOTE, List.of("K")),
            Map.entry(Action.NOTE_SAVE, List.of("Ctrl-O")),
            Map.entry(Action.NOTE_DROP, List.of("F3")),
            Map.entry(Action.INTERRUPT, List.of("Ctrl-Q")),
            Map.entry(Action.HELP, List.of("H")),
            Map.entry(Action.HELP_NEXT_PAGE, List.of("F6")),
            Map.entry(Action.SCORE_1, List.of("!")), Map.entry(Action.SCORE_2, List.of("@")),
            Map.entry(Action.SCORE_3, List.of("#")), Map.entry(Action.SCORE_4, List.of("$")),
            Map.entry(Action.SCORE_5, List.of("%")),
            Map.entry(Action.TOGGLE_REASONING, List.of("T")));

    private static String bottom(String screen) {
        return screen.lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void aReboundKeyIsTheOneEveryPlaceNamesAndTheOldOneDoesNothing() throws Exception {
        assertNull(Keymap.check(REBOUND));
        Keymap keymap = Keymap.with(REBOUND);
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "A.").answer("beta", "B.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30, keymap)) {
            assertTrue(d.screen().contains("type a message; Ctrl-S sends it to every model"), d.screen());
            assertTrue(bottom(d.screen()).contains("Ctrl-S send"), bottom(d.screen()));
            d.type("hi").press(Action.SEND);
            assertTrue(d.screen().contains("sent: F2 goes to the panels to score"), d.screen());
            d.until(s -> s.contains("B. (turn 1)") && s.contains("idle"), "the replies");
            d.press(Action.TO_PANELS);
            assertEquals(Mode.PANELS, d.state().mode);
            String hints = bottom(d.screen());
            assertTrue(hints.contains("Ctrl-Q stop") && hints.contains("g scores") && hints.contains("H help"), hints);
            assertFalse(hints.contains("c scores") || hints.contains("? help") || hints.contains("1-5"), hints);
            assertTrue(hints.contains("! @ # $ % score"), "the five score keys, as bound: " + hints);

            d.type("c");
            assertEquals(UiState.Overlay.NONE, d.state().overlay, "the old key opens nothing");
            d.press(Action.SCORE_TABLE);
            assertEquals(UiState.Overlay.SCORES, d.state().overlay);
            assertTrue(bottom(d.screen()).contains("G close"), bottom(d.screen()));
            d.press(Action.SCORE_4);
            assertEquals(4, d.state().session.turns().get(0).replies().get(0).scoreSheet().current().values().iterator().next());
            d.press(Action.GRID_CLOSE);

            d.press(Action.NOTE);
            assertTrue(d.screen().contains("Ctrl-O saves it, F3 drops it"), d.screen());
            d.type("keep this").press(Action.NOTE_DROP);
            assertTrue(d.screen().contains("note dropped"), d.screen());

            d.press(Action.HELP);
            String help = d.screen();
            assertTrue(help.contains("F6/PgUp turn pages"), help);
            assertTrue(help.contains("Ctrl-Q"), help);
            d.type("z"); // any other key closes help

            d.press(Action.INTERRUPT);
            assertTrue(d.screen().contains("press Ctrl-Q again to quit"), d.screen());
        }
    }
}
