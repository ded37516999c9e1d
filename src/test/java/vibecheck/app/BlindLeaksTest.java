package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.core.UiState;
import vibecheck.keys.Action;
import vibecheck.keys.Keymap;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/**
 * While the names are hidden nothing on screen tells who is who: not the verdict (it adds up by model name), not the
 * speeds in the footers (a 70B model's pace tells it from an 8B one's), not an export.
 */
class BlindLeaksTest {
    @TempDir
    Path dir;

    @Test
    void theVerdictSpeedsAndExportWaitUntilTheNamesAreShown() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha answers at length here.").answer("beta", "Beta too.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 140, 30,
                     Keymap.defaults(), true)) {
            d.type("hi").press(Action.SEND);
            d.until(s -> s.contains("✓ done") && s.lines().filter(l -> l.contains("✓ done")).count() >= 1 && s.contains("idle"), "the replies");
            assertFalse(d.screen().contains("tok/s") || d.screen().contains("ttft"), "speeds while blind:\n" + d.screen());

            d.press(Action.TO_PANELS).press(Action.SCORE_5); // one score: the turn is judged but still blind
            d.press(Action.VERDICT);
            assertEquals(UiState.Overlay.NONE, d.state().overlay, "no verdict while turn 1 is blind");
            assertTrue(d.screen().contains("turn 1 is judged but still blind"), d.screen());
            d.press(Action.EXPORT);
            assertTrue(d.screen().contains("a turn is still blind: judge it, or B turns blind off"), d.screen());
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.toString().endsWith(".md")), "nothing exported");
            }

            d.press(Action.BLIND); // names shown: everything may say them now
            assertTrue(d.screen().contains("tok/s"), d.screen());
            d.press(Action.VERDICT);
            assertEquals(UiState.Overlay.TEXT, d.state().overlay);
        }
    }
}
