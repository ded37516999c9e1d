package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Action;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/** c opens a grid you score in: arrows move, 1-5/0 score the cell, n notes, and it stays open. */
class ScoreGridAppTest {
    @TempDir
    Path dir;

    @Test
    void theGridIsMovedWithTheArrowsScoredInPlaceAndStaysOpen() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "A.").answer("beta", "B.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30)) {
            d.type("hi").press(Action.SEND);
            d.until(s -> s.contains("B. (turn 1)") && s.contains("idle"), "the replies");
            d.press(Action.TO_PANELS).press(Action.SCORE_TABLE);
            assertTrue(d.screen().contains("Scores, turn 1"), d.screen());
            String hints = d.screen().lines().reduce((a, b) -> b).orElse("");
            assertTrue(hints.contains("arrows move") && hints.contains("Esc close") && !hints.contains("c scores"), hints);
            d.press(Action.SCORE_4); // alpha × Tone
            d.press(Action.GRID_RIGHT).press(Action.GRID_DOWN).press(Action.SCORE_2); // beta × Empathy
            d.press(Action.GRID_DOWN).press(Action.SCORE_5).press(Action.SCORE_CLEAR); // beta × Lecturing, then cleared
            String grid = d.screen();
            assertTrue(grid.contains("Scores, turn 1"), "still open:\n" + grid);
            assertTrue(grid.contains("[·]"), "the selected cell is marked:\n" + grid);
            d.press(Action.NOTE).type("too short").press(Action.NOTE_SAVE);
            assertTrue(d.screen().contains("Scores, turn 1"), "open after the note:\n" + d.screen());
            assertTrue(d.screen().contains("✎1"), d.screen());
            d.press(Action.VOTE_LEFT);
            JsonNode t = d.transcriptJson().at("/turns/0");
            assertEquals(4, t.at("/replies/0/scores/0/value").asInt());
            assertEquals("tone", t.at("/replies/0/scores/0/criterion").asText());
            assertEquals("empathy", t.at("/replies/1/scores/0/criterion").asText());
            assertEquals(2, t.at("/replies/1/scores/0/value").asInt());
            assertEquals("too short", t.at("/replies/1/notes/0/text").asText());
            assertEquals("left", t.at("/votes/0/outcome").asText());
            assertTrue(d.screen().contains("alpha beat beta"), d.screen());
            d.type("z"); // a key the grid does not use does nothing
            assertTrue(d.screen().contains("Scores, turn 1"), d.screen());
            d.press(Action.GRID_CLOSE);
            assertFalse(d.screen().contains("Scores, turn 1"), d.screen());
        }
    }

    @Test
    void sixPanelsFitInTheGridAt80x24() throws Exception {
        String[] names = {"llama3-8b-instruct", "llama3-70b-instruct", "mixtral-8x7b", "qwen2-72b-instruct", "gemma2-27b", "phi3-medium"};
        var s = UiFixture.state(names);
        UiFixture.type(s, "hi");
        UiFixture.key(s, "Enter");
        UiFixture.key(s, "Esc");
        UiFixture.key(s, "c");
        String screen = UiFixture.draw(s, 80, 24, vibecheck.ui.Theme.plain());
        int top = -1;
        var lines = screen.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("Scores, turn 1")) top = i;
        assertTrue(top >= 0, screen);
        int left = lines.get(top).indexOf('┌');
        int right = lines.get(top).lastIndexOf('┐');
        for (int i = top + 1; lines.get(i).indexOf('└') < 0 || lines.get(i).indexOf('└') < left; i++) {
            String line = lines.get(i);
            assertEquals('│', line.charAt(left), "row " + i + " breaks the box:\n" + screen);
            assertEquals('│', line.charAt(right), "row " + i + " runs past the box:\n" + screen);
        }
        assertTrue(screen.contains("llama"), screen);
    }
}
