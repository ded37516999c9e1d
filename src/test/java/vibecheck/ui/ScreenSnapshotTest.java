package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vibecheck.support.UiFixture.assertGolden;
import static vibecheck.support.UiFixture.draw;
import static vibecheck.support.UiFixture.event;
import static vibecheck.support.UiFixture.finish;
import static vibecheck.support.UiFixture.key;
import static vibecheck.support.UiFixture.text;
import static vibecheck.support.UiFixture.type;

import org.junit.jupiter.api.Test;
import vibecheck.core.UiState;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.support.UiFixture;

/** Golden screens at 80×24 and 160×45 (-Dgolden.update=true rewrites them). */
class ScreenSnapshotTest {
    private static final Theme THEME = Theme.plain();

    private static UiState threeModelsAnswering() {
        UiState s = UiFixture.state("llama3-8b", "llama3-70b", "mixtral-8x7b");
        key(s, "s"); // friend, from the next message (panels mode is not active yet: 's' is typed)
        s.prompt.set("");
        s.mode = vibecheck.keys.Mode.PANELS;
        key(s, "s");
        key(s, "i");
        type(s, "My dog died yesterday. How do I tell my kids?");
        key(s, "Enter");
        key(s, "Esc"); // to the panels
        text(s, "r1", "I'm so sorry. Tell them simply and honestly: \"Max died. His body stopped working.\"\n\n"
                + "Avoid \"put to sleep\" — young kids may fear sleep. Let them ask questions, and share your own sadness.");
        finish(s, "r1", 420, 98.4, 61);
        event(s, new ReplyEvent.StateChanged("r2", ReplyState.STREAMING));
        event(s, new ReplyEvent.Chunk("r2", "The user is grieving; keep it warm and practical.", true));
        text(s, "r2", "Oh, I'm really sorry about your dog. With kids, honesty works best — use the word \"died\"");
        event(s, new ReplyEvent.Ended("r3", ReplyState.FAILED, null, "model \"mixtral:8x7b\" not found, try pulling it first",
                "`ollama pull mixtral:8x7b`", Metrics.NONE));
        return s;
    }

    @Test
    void emptyStart80x24() throws Exception {
        assertGolden("start-80x24", draw(UiFixture.state("llama3-8b", "mixtral-8x7b"), 80, 24, THEME));
    }

    @Test
    void threeModels160x45() throws Exception {
        assertGolden("three-160x45", draw(threeModelsAnswering(), 160, 45, THEME));
    }

    @Test
    void threeModels80x24IsAGrid() throws Exception {
        String screen = draw(threeModelsAnswering(), 80, 24, THEME);
        assertGolden("three-80x24", screen);
        assertTrue(screen.lines().filter(l -> l.startsWith("┌")).count() == 2, "two rows of panels:\n" + screen);
    }

    @Test
    void zoomedWithReasoningOpen80x24() throws Exception {
        UiState s = threeModelsAnswering();
        key(s, "Tab");
        key(s, "z");
        key(s, "t");
        assertGolden("zoom-reasoning-80x24", draw(s, 80, 24, THEME));
    }

    @Test
    void help80x24TurnsPages() throws Exception {
        UiState s = threeModelsAnswering();
        key(s, "?");
        String first = draw(s, 80, 24, THEME);
        assertGolden("help-80x24", first);
        key(s, "PgDn");
        String second = draw(s, 80, 24, THEME);
        assertGolden("help-80x24-page2", second);
        StringBuilder both = new StringBuilder(first).append(second);
        int pages = Integer.parseInt(first.replaceAll("(?s).*Keys, page 1/(\\d+).*", "$1"));
        for (int page = 3; page <= pages; page++) {
            key(s, "PgDn");
            both.append(draw(s, 80, 24, THEME)); // every page, however many the keys take
        }
        for (var mode : vibecheck.keys.Scope.values()) {
            for (String[] row : s.keymap.help(mode)) assertTrue(both.toString().contains(row[1]), row[1] + " on no page");
        }
    }

    @Test
    void scoreGridWithSixPanels80x24() throws Exception {
        UiState s = UiFixture.state("llama3-8b-instruct", "llama3-70b-instruct", "mixtral-8x7b", "qwen2-72b-instruct", "gemma2-27b",
                "phi3-medium");
        type(s, "hi");
        key(s, "Enter");
        text(s, "r1", "hello");
        finish(s, "r1", 300, 40.0, 5);
        key(s, "Esc");
        key(s, "4");
        key(s, "c");
        key(s, "Right");
        key(s, "Down");
        assertGolden("score-grid-six-80x24", draw(s, 80, 24, THEME));
    }

    @Test
    void confirmQuitWhileStreaming160x45() throws Exception {
        UiState s = threeModelsAnswering();
        key(s, "q");
        String screen = draw(s, 160, 45, THEME);
        assertTrue(screen.contains("1 reply is still streaming."), screen);
        assertGolden("confirm-quit-160x45", screen);
    }

    @Test
    void hostileModelTextNeverReachesTheTerminalRaw() throws Exception {
        UiState s = UiFixture.state("a", "b");
        type(s, "hi");
        key(s, "Enter");
        key(s, "Esc");
        text(s, "r1", "tab\there \u001b]0;owned\u0007title \u001b[2Jclear \u202Ebidi\r lone-cr 日本語 wide 🙂 emoji x\u0301");
        event(s, new ReplyEvent.Chunk("r2", "split \u001b[3", false));
        event(s, new ReplyEvent.Chunk("r2", "1mred\u001b[0m end", false));
        String screen = draw(s, 80, 24, THEME);
        assertFalse(screen.contains("\u001b"), screen);
        assertFalse(screen.contains("owned"), screen);
        assertFalse(screen.contains("\u202E"), screen);
        assertTrue(screen.contains("tab here title clear bidi␍ lone-cr"), screen);
        assertTrue(screen.contains("split red end"), screen);
        assertGolden("hostile-80x24", screen);
    }
}
