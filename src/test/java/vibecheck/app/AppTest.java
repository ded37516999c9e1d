package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Mode;
import vibecheck.stream.Contestant;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.RawServer;
import vibecheck.support.UiFixture;

/** The whole app on a virtual terminal against loopback servers, driven by keys. */
class AppTest {
    @TempDir
    Path dir;

    private static List<Contestant> two(String baseUrl) {
        return UiFixture.contestants(baseUrl, "alpha", "beta");
    }

    @Test
    void enterSendsToEveryModelAndTheCursorStaysInThePrompt() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha answers.").answer("beta", "Beta answers.");
             AppDriver d = new AppDriver(dir, two(ollama.baseUrl()), Map.of(), 120, 30)) {
            assertTrue(d.screen().contains("type a message"), d.screen());
            d.type("hello there").press(KeyType.Enter);
            String screen = d.until(s -> s.contains("Alpha answers. (turn 1)") && s.contains("Beta answers. (turn 1)")
                    && s.contains("idle"), "both replies");
            assertEquals(Mode.PROMPT, d.state().mode);
            JsonNode turn = d.transcriptJson().at("/turns/0");
            assertEquals("hello there", turn.get("message").asText());
            assertEquals("finished", turn.at("/replies/0/state").asText());
            assertEquals("Beta answers. (turn 1)", turn.at("/replies/1/text").asText());
        }
    }

    @Test
    void eachModelKeepsItsOwnHistoryAndTheSystemPromptAppliesFromTheNextTurn() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "A.").answer("beta", "B.");
             AppDriver d = new AppDriver(dir, two(ollama.baseUrl()), Map.of(), 120, 30)) {
            d.type("one").press(KeyType.Enter).press(KeyType.Escape);
            d.until(s -> s.contains("A. (turn 1)") && s.contains("B. (turn 1)") && s.contains("idle"), "turn 1");
            d.type("s"); // next system prompt: friend
            assertTrue(d.screen().contains("system: friend"), d.screen());
            d.type("i").type("two").press(KeyType.Enter);
            d.until(s -> s.contains("A. (turn 2)") && s.contains("B. (turn 2)") && s.contains("idle"), "turn 2");
            JsonNode alpha2 = ollama.requestsFor("alpha").get(1);
            assertEquals("[{\"role\":\"system\",\"content\":\"Answer like a friend.\"},{\"role\":\"user\",\"content\":\"one\"},"
                    + "{\"role\":\"assistant\",\"content\":\"A. (turn 1)\"},{\"role\":\"user\",\"content\":\"two\"}]",
                    alpha2.get("messages").toString());
            assertFalse(ollama.requestsFor("beta").get(1).get("messages").toString().contains("A. (turn 1)"));
            JsonNode t = d.transcriptJson();
            assertEquals("none", t.at("/turns/0/systemPrompt/name").asText());
            assertEquals("friend", t.at("/turns/1/systemPrompt/name").asText());
        }
    }

    @Test
    void xCancelsTheFocusedReplyAndTheServerSeesTheConnectionClose() throws Exception {
        try (RawServer drip = RawServer.dripping(); FakeOllama ollama = new FakeOllama().answer("beta", "done.")) {
            List<Contestant> cs = new ArrayList<>(UiFixture.contestants(drip.baseUrl(), "alpha"));
            cs.addAll(UiFixture.contestants(ollama.baseUrl(), "beta"));
            try (AppDriver d = new AppDriver(dir, cs, Map.of(), 120, 30)) {
                d.type("go").press(KeyType.Enter).press(KeyType.Escape);
                d.until(s -> s.contains("tok tok tok") && s.contains("done. (turn 1)"), "streaming");
                d.type("x");
                String screen = d.untilShows("✗ cancelled");
                assertTrue(drip.clientGone.await(5, TimeUnit.SECONDS), "the server saw the cancel");
                assertTrue(screen.contains("idle"), screen);
                assertEquals("cancelled", d.transcriptJson().at("/turns/0/replies/0/state").asText());
                assertEquals("finished", d.transcriptJson().at("/turns/0/replies/1/state").asText());
            }
        }
    }

    @Test
    void quittingWhileStreamingAsksFirstThenSavesTheReplyAsCancelled() throws Exception {
        try (RawServer drip = RawServer.dripping();
             AppDriver d = new AppDriver(dir, UiFixture.contestants(drip.baseUrl(), "alpha"), Map.of(), 100, 30)) {
            d.type("go").press(KeyType.Enter).press(KeyType.Escape);
            d.untilShows("tok tok");
            d.type("q");
            assertTrue(d.screen().contains("1 reply is still streaming."), d.screen());
            d.type("n");
            assertFalse(d.screen().contains("still streaming."), d.screen());
            assertFalse(d.exited());
            d.type("q").type("y");
            d.awaitExit();
            JsonNode reply = d.transcriptJson().at("/turns/0/replies/0");
            assertEquals("cancelled", reply.get("state").asText());
            assertTrue(reply.get("text").asText().startsWith("tok tok"), reply.toString());
            assertTrue(drip.clientGone.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void ctrlCCancelsEverythingAndASecondCtrlCQuits() throws Exception {
        try (RawServer drip = RawServer.dripping();
             AppDriver d = new AppDriver(dir, UiFixture.contestants(drip.baseUrl(), "alpha", "beta"), Map.of(), 100, 30)) {
            d.type("go").press(KeyType.Enter);
            d.untilShows("tok tok");
            d.ctrl('c');
            d.until(s -> s.contains("idle"), "every reply cancelled");
            assertTrue(d.screen().contains("Ctrl-C again to quit"), d.screen());
            d.ctrl('c');
            d.awaitExit();
        }
    }

    @Test
    void regenerateAsksAgainKeepingTheOldReply() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "First try.").answer("beta", "B.");
             AppDriver d = new AppDriver(dir, two(ollama.baseUrl()), Map.of(), 120, 30)) {
            d.type("hi").press(KeyType.Enter);
            d.until(s -> s.contains("First try. (turn 1)") && s.contains("idle"), "turn 1");
            d.press(KeyType.Escape);
            ollama.answer("alpha", "Second try.");
            d.type("r");
            d.until(s -> s.contains("Second try. (turn 1)") && s.contains("idle"), "regenerated");
            assertEquals(2, ollama.requestsFor("alpha").size());
            assertEquals(1, ollama.requestsFor("beta").size());
            JsonNode turn = d.transcriptJson().at("/turns/0");
            assertEquals("Second try. (turn 1)", turn.at("/replies/0/text").asText());
            assertEquals("First try. (turn 1)", turn.at("/regenerated/0/text").asText());
            d.type("R");
            d.until(s -> s.contains("idle") && ollama.requestsFor("beta").size() == 2, "regenerate all");
        }
    }

    @Test
    void promptHistoryNewlinesAndEditing() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "ok").answer("beta", "ok");
             AppDriver d = new AppDriver(dir, two(ollama.baseUrl()), Map.of(), 100, 30)) {
            d.type("first line");
            d.key(new KeyStroke(KeyType.Enter, false, true)); // Alt-Enter
            d.type("second");
            d.ctrl('j');
            d.type("third");
            d.press(KeyType.Enter);
            d.until(s -> s.contains("idle") && s.contains("ok (turn 1)"), "sent");
            assertEquals("first line\nsecond\nthird", ollama.requestsFor("alpha").get(0).at("/messages/0/content").asText());
            d.press(KeyType.ArrowUp);
            assertEquals("first line\nsecond\nthird", d.state().prompt.text());
            d.press(KeyType.ArrowDown);
            assertEquals("", d.state().prompt.text());
            d.type("abc").press(KeyType.Backspace).press(KeyType.ArrowLeft).type("X");
            assertEquals("aXb", d.state().prompt.text());
            d.ctrl('u');
            assertEquals("", d.state().prompt.text());
            d.press(KeyType.Enter);
            assertTrue(d.screen().contains("type a message first"), d.screen());
        }
    }

    @Test
    void scrollingZoomFocusAndReasoning() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 1; i <= 80; i++) longText.append("line ").append(i).append('\n');
        try (FakeOllama ollama = new FakeOllama().answer("alpha", longText.toString()).answer("beta", "short");
             AppDriver d = new AppDriver(dir, two(ollama.baseUrl()), Map.of(), 100, 30)) {
            d.type("long please").press(KeyType.Enter).press(KeyType.Escape);
            String end = d.until(s -> s.contains("line 80") && s.contains("idle"), "the end of the long reply");
            assertFalse(end.contains("line 1\n") || end.contains("│line 1 "), end);
            d.press(KeyType.Home);
            String top = d.screen();
            assertTrue(top.contains("long please"), top);
            assertTrue(top.contains("↓"), "shows how much is below: " + top);
            d.press(KeyType.PageDown).press(KeyType.ArrowDown);
            d.press(KeyType.End);
            assertTrue(d.screen().contains("line 80"), d.screen());
            d.press(KeyType.Tab);
            assertTrue(d.screen().contains("panel 2/2: beta"), d.screen());
            d.type("z");
            assertFalse(d.screen().contains("alpha"), "zoomed shows one panel: " + d.screen());
            d.type("z").press(KeyType.ReverseTab);
            assertTrue(d.screen().contains("panel 1/2: alpha"), d.screen());
        }
    }

    @Test
    void anUnreachableServerFailsInItsOwnPanelWithAHintWhileTheOtherAnswers() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("beta", "fine")) {
            List<Contestant> cs = new ArrayList<>(UiFixture.contestants("http://127.0.0.1:9", "alpha"));
            cs.addAll(UiFixture.contestants(ollama.baseUrl(), "beta"));
            try (AppDriver d = new AppDriver(dir, cs, Map.of(), 120, 30)) {
                d.type("hi").press(KeyType.Enter);
                String s = d.until(x -> x.contains("fine (turn 1)") && x.contains("idle"), "both ended");
                assertTrue(s.contains("is Ollama running? start it with"), s);
                assertTrue(s.contains("✗ failed"), s);
            }
        }
    }

    @Test
    void resizingRedrawsTheLayout() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("a", "x").answer("b", "y").answer("c", "z");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "a", "b", "c"), Map.of(), 160, 45)) {
            assertEquals(1, d.screen().lines().filter(l -> l.startsWith("┌")).count());
            d.resize(80, 24);
            String small = d.screen();
            assertEquals(2, small.lines().filter(l -> l.startsWith("┌")).count(), "a grid at 80 columns:\n" + small);
            assertEquals(24, small.lines().count());
        }
    }

    @Test
    void ctrlEOpensTheEditorAndTakesWhatWasSaved() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "ok").answer("beta", "ok");
             AppDriver d = new AppDriver(dir, two(ollama.baseUrl()), Map.of("EDITOR", "printf 'written in the editor' >"), 100, 30)) {
            d.type("draft").ctrl('e');
            d.until(s -> s.contains("written in the editor"), "the edited prompt");
            assertEquals("written in the editor", d.state().prompt.text());
        }
    }

    @Test
    void helpShowsEveryBindingAndAnyKeyClosesIt() throws Exception {
        try (FakeOllama ollama = new FakeOllama();
             AppDriver d = new AppDriver(dir, two(ollama.baseUrl()), Map.of(), 120, 40)) {
            d.press(KeyType.Escape).type("?");
            StringBuilder pages = new StringBuilder(d.screen());
            assertTrue(d.screen().contains("Keys, page 1/2"), d.screen());
            d.press(KeyType.PageDown);
            pages.append(d.screen());
            for (var scope : vibecheck.keys.Scope.values()) {
                assertTrue(pages.toString().contains(d.state().keymap.title(scope)), scope + " missing:\n" + pages);
                for (String[] row : d.state().keymap.help(scope)) assertTrue(pages.toString().contains(row[1]), row[1] + " missing:\n" + pages);
            }
            d.type("x");
            assertFalse(d.screen().contains("Keys, page"), d.screen());
        }
    }
}
