package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Keymap;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/** {@code r} acts on the turn being judged when it is the latest; earlier versions stay reachable. */
class RegenerateTest {
    @TempDir
    Path dir;

    @Test
    void onAnEarlierTurnRegenerateSaysWhyNotAndDoesNothing() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha.").answer("beta", "Beta.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 160, 30, Keymap.defaults(), false)) {
            d.type("one").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            d.until(s -> s.contains("Alpha. (turn 1)") && s.contains("idle"), "turn 1");
            d.type("i").type("two").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            d.until(s -> s.contains("Alpha. (turn 2)") && s.contains("idle"), "turn 2");
            d.type("<").type("r");
            assertTrue(d.screen().contains("cannot regenerate turn 1: later turns were built on its replies"), d.screen());
            d.settle();
            assertEquals(2, ollama.requestsFor("alpha").size(), "nothing was sent");
            assertTrue(d.transcriptJson().at("/turns/1/regenerated").isMissingNode());
            assertTrue(d.transcriptJson().at("/turns/0/regenerated").isMissingNode());
        }
    }

    @Test
    void regeneratedRepliesStayReachableOnScreenAndFoldedInTheExport() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "First try.").answer("beta", "Beta.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30, Keymap.defaults(), false)) {
            d.type("one").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            d.until(s -> s.contains("First try.") && s.contains("idle"), "turn 1");
            ollama.answer("alpha", "Second try.");
            d.type("r");
            String after = d.until(s -> s.contains("Second try.") && s.contains("idle"), "the new version");
            assertFalse(after.contains("First try."), "folded to one line:\n" + after);
            assertTrue(after.contains("▸ 1 earlier version (V shows)"), after);
            String open = d.type("V").screen();
            assertTrue(open.contains("▾ earlier version 1 of 1 (finished, regenerated)"), open);
            assertTrue(open.contains("First try. (turn 1)"), open);
            assertEquals("First try. (turn 1)", d.transcriptJson().at("/turns/0/regenerated/0/text").asText());
            d.type("e");
            String md = Files.readString(dir.resolve("session.md"));
            assertTrue(md.contains("<details><summary>1 earlier version (regenerated)</summary>\n\n#### alpha (earlier version)"), md);
            assertTrue(md.indexOf("Second try.") < md.indexOf("First try."), "the current reply first, the earlier one folded after");
        }
    }

    @Test
    void votesCastOnAReplyThatIsRegeneratedBecomeHistoryAndCountForNothing() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "A.").answer("beta", "B.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 140, 30)) {
            d.type("hi").press(vibecheck.keys.Action.SEND);
            d.until(s -> s.contains("B. (turn 1)") && s.contains("idle"), "the replies");
            d.press(vibecheck.keys.Action.TO_PANELS).press(vibecheck.keys.Action.VOTE_BEST); // alpha best
            d.press(vibecheck.keys.Action.FOCUS_NEXT).press(vibecheck.keys.Action.VOTE_LEFT); // alpha beat beta
            assertEquals(2, d.state().session.turns().get(0).currentVotes().size());
            d.press(vibecheck.keys.Action.REGENERATE); // beta again: both votes judged the reply it replaces
            assertTrue(d.screen().contains("the turn's votes judged the earlier replies"), d.screen());
            d.until(s -> s.contains("idle"), "the new reply");
            assertEquals(java.util.List.of(), d.state().session.turns().get(0).currentVotes(), "nothing counts that judged a reply nobody sees");
            var votes = d.transcriptJson().at("/turns/0/votes");
            assertEquals(2, votes.size(), "kept as history");
            for (var v : votes) {
                assertFalse(v.path("supersededAt").isMissingNode(), v.toString());
                assertEquals("beta's reply was regenerated", v.path("supersededBecause").asText(), v.toString());
            }
        }
    }
}
