package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Mode;
import vibecheck.stream.ReplyState;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.RawServer;
import vibecheck.support.UiFixture;

/** Typing is never taken as a command, and no reflexive key throws work away. */
class NoSurprisesAppTest {
    @TempDir
    Path dir;

    @Test
    void typingRightAfterSendingStaysInThePromptAndRunsNoCommand() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "A.").answer("beta", "B.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30)) {
            d.type("hello").press(KeyType.Enter);
            d.type("yes please, export: sPe");
            d.until(s -> s.contains("A. (turn 1)") && s.contains("idle"), "the replies");
            assertEquals(Mode.PROMPT, d.state().mode);
            assertEquals("yes please, export: sPe", d.state().prompt.text());
            assertEquals("none", d.state().activeSystemPrompt().name(), "s and S typed as text change no system prompt");
            assertFalse(d.state().sequential, "p typed as text is no schedule switch");
            assertEquals(1, d.state().session.turns().size(), "P typed as text re-sent nothing");
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.toString().endsWith(".md")), "e typed as text exported nothing");
            }
        }
    }

    @Test
    void escOrTabGoesFromThePromptToThePanelsToScore() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "A.").answer("beta", "B.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30)) {
            d.type("hello").press(KeyType.Enter);
            d.until(s -> s.contains("B. (turn 1)") && s.contains("idle"), "the replies");
            d.press(KeyType.Tab);
            assertEquals(Mode.PANELS, d.state().mode);
            d.type("4");
            assertEquals(4, d.state().session.turns().get(0).replies().get(0).scoreSheet().current().get("tone"));
            d.type("i");
            assertEquals(Mode.PROMPT, d.state().mode);
            d.press(KeyType.Escape);
            assertEquals(Mode.PANELS, d.state().mode);
        }
    }

    @Test
    void escInThePanelsNeverCancelsAndCancellingEveryReplyAsksFirst() throws Exception {
        try (RawServer drip = RawServer.dripping();
             AppDriver d = new AppDriver(dir, UiFixture.contestants(drip.baseUrl(), "alpha", "beta"), Map.of(), 120, 30)) {
            d.type("go").press(KeyType.Enter);
            d.untilShows("tok tok");
            d.press(KeyType.Escape).press(KeyType.Escape).press(KeyType.Escape); // reflexive Esc-Esc-Esc
            assertEquals(2, d.state().session.running(), "Esc cancelled nothing:\n" + d.screen());
            assertEquals(Mode.PANELS, d.state().mode, "Esc goes between the prompt and the panels");
            d.type("X");
            assertTrue(d.screen().contains("Cancel all 2 running replies?"), d.screen());
            d.type("n");
            assertEquals(2, d.state().session.running(), "any other key keeps them");
            assertFalse(d.screen().contains("Cancel all"), d.screen());
            d.type("X").type("y");
            d.until(s -> s.contains("idle"), "every reply cancelled");
            assertEquals(ReplyState.CANCELLED, d.state().session.turns().get(0).replies().get(1).state());
            assertTrue(drip.clientGone.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void ctrlCMeansTheSameWhileWritingANote() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "A.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha"), Map.of(), 120, 30)) {
            d.type("hello").press(KeyType.Enter);
            d.until(s -> s.contains("A. (turn 1)") && s.contains("idle"), "the reply");
            d.press(KeyType.Escape).type("n").type("half a thought");
            assertEquals(Mode.NOTE, d.state().mode);
            d.ctrl('c');
            assertTrue(d.screen().contains("press Ctrl-C again to quit"), d.screen());
            d.ctrl('c');
            d.awaitExit();
            assertEquals("half a thought", d.transcriptJson().at("/turns/0/replies/0/notes/0/text").asText(),
                    "the note being written is kept: " + d.transcriptJson().at("/turns/0/replies/0"));
        }
    }

    @Test
    void ctrlCMeansTheSameInHelpPickerConfirmationsAndThePrompt() throws Exception {
        try (FakeOllama ollama = new FakeOllama();
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha"), Map.of(), 120, 30)) {
            d.press(KeyType.Escape).type("?");
            d.ctrl('c');
            assertTrue(d.screen().contains("press Ctrl-C again to quit"), d.screen());
            d.type("i"); // any other key resets the count
            d.ctrl('c').ctrl('c');
            d.awaitExit();
        }
    }
}
