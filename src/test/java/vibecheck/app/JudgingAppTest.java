package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Keymap;
import vibecheck.keys.Action;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/** The judge's keys on the whole app: what each does on screen and in the transcript. */
class JudgingAppTest {
    @TempDir
    Path dir;

    private AppDriver answered(FakeOllama ollama, boolean blind, String... names) throws Exception {
        AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), names), Map.of(), 120, 30, Keymap.defaults(), blind);
        d.type("How do I tell my boss I'm burnt out?").press(Action.SEND);
        d.until(s -> s.contains("idle") && s.split("✓ done", -1).length - 1 == names.length, "every reply");
        d.press(Action.TO_PANELS); // to the panels, to score
        return d;
    }

    private static FakeOllama server() throws Exception {
        return new FakeOllama().answer("alpha", "Be honest and specific.").answer("beta", "Take a day off first.")
                .answer("gamma", "Write it down.");
    }

    @Test
    void digitsScoreTheFocusedReplyOnTheSelectedCriterionAndEachScoreIsSavedAtOnce() throws Exception {
        try (FakeOllama ollama = server(); AppDriver d = answered(ollama, false, "alpha", "beta")) {
            assertTrue(d.screen().contains("scoring Tone: 1 formal … 5 casual"), d.screen());
            d.press(Action.SCORE_4);
            JsonNode scores = d.transcriptJson().at("/turns/0/replies/0/scores");
            assertEquals(1, scores.size());
            assertEquals("tone", scores.at("/0/criterion").asText());
            assertEquals(4, scores.at("/0/value").asInt());
            assertFalse(scores.at("/0/blind").asBoolean());
            assertTrue(scores.at("/0/at").asText().matches("\\d{4}-.*Z"), scores.toString());
            d.press(Action.NEXT_CRITERION);
            assertTrue(d.screen().contains("scoring Empathy: 1 cold … 5 warm and attuned"), d.screen());
            d.press(Action.SCORE_2).press(Action.NEXT_CRITERION).press(Action.SCORE_5);
            assertTrue(d.screen().contains("★4 2 5 · · · ·"), "the footer shows the scores:\n" + d.screen());
            d.press(Action.PREV_CRITERION).press(Action.SCORE_CLEAR);
            JsonNode after = d.transcriptJson().at("/turns/0/replies/0/scores");
            assertEquals(4, after.size(), "clearing is recorded, the history kept");
            assertTrue(after.at("/3/value").isNull() || after.at("/3/value").isMissingNode(), after.toString());
            assertTrue(d.screen().contains("★4 5 · · · · ·") || d.screen().contains("★4 · 5"), d.screen());
            d.press(Action.FOCUS_NEXT).press(Action.SCORE_3);
            assertEquals(3, d.transcriptJson().at("/turns/0/replies/1/scores/0/value").asInt());
            assertEquals("empathy", d.transcriptJson().at("/turns/0/replies/1/scores/0/criterion").asText());
        }
    }

    @Test
    void notesVotesAndTheScoreTable() throws Exception {
        try (FakeOllama ollama = server(); AppDriver d = answered(ollama, false, "alpha", "beta")) {
            d.press(Action.NOTE);
            assertTrue(d.screen().contains("note on alpha: Enter saves it, Esc drops it"), d.screen());
            d.type("lectures a bit").press(Action.NOTE_SAVE);
            assertEquals("lectures a bit", d.transcriptJson().at("/turns/0/replies/0/notes/0/text").asText());
            assertTrue(d.screen().contains("✎ lectures a bit"), d.screen());
            d.press(Action.NOTE).type("dropped").press(Action.NOTE_DROP);
            assertEquals(1, d.transcriptJson().at("/turns/0/replies/0/notes").size());

            d.press(Action.VOTE_BEST);
            JsonNode vote = d.transcriptJson().at("/turns/0/votes/0");
            assertEquals("best", vote.get("kind").asText());
            assertEquals("alpha", vote.get("winner").asText());
            d.press(Action.VOTE_RIGHT).press(Action.VOTE_TIE).press(Action.VOTE_BOTH_BAD).press(Action.VOTE_LEFT);
            JsonNode votes = d.transcriptJson().at("/turns/0/votes");
            assertEquals(5, votes.size());
            assertEquals("right", votes.at("/1/outcome").asText());
            assertEquals("alpha", votes.at("/1/left").asText());
            assertEquals("beta", votes.at("/1/right").asText());
            assertEquals("tie", votes.at("/2/outcome").asText());
            assertEquals("both_bad", votes.at("/3/outcome").asText());
            assertEquals("left", votes.at("/4/outcome").asText());

            d.press(Action.SCORE_4).press(Action.SCORE_TABLE);
            String table = d.screen();
            assertTrue(table.contains("Scores, turn 1"), table);
            assertTrue(table.contains("13 scores missing"), table);
            assertTrue(table.contains("alpha best"), table);
            d.press(Action.GRID_CLOSE);
            assertFalse(d.screen().contains("Scores, turn 1"), d.screen());
        }
    }

    @Test
    void pairVotesNeedExactlyTwoPanels() throws Exception {
        try (FakeOllama ollama = server(); AppDriver d = answered(ollama, false, "alpha", "beta", "gamma")) {
            d.press(Action.VOTE_LEFT);
            assertTrue(d.screen().contains("compare exactly two panels"), d.screen());
            assertTrue(d.transcriptJson().at("/turns/0/votes").isMissingNode());
            d.press(Action.FOCUS_NEXT).press(Action.FOCUS_NEXT).press(Action.VOTE_BEST);
            assertEquals("gamma", d.transcriptJson().at("/turns/0/votes/0/winner").asText());
        }
    }

    @Test
    void blindModeHidesNamesUntilAVoteThenRevealsThem() throws Exception {
        try (FakeOllama ollama = server(); AppDriver d = answered(ollama, true, "alpha", "beta")) {
            String blind = d.screen();
            assertTrue(blind.contains("┌─ A ─") && blind.contains("┌─ B ─"), blind);
            assertFalse(blind.contains("alpha") || blind.contains("beta"), "no names while blind:\n" + blind);
            assertTrue(blind.contains("blind: on"), blind);
            JsonNode order = d.transcriptJson().at("/turns/0/blindOrder");
            assertEquals(2, order.size());
            String first = order.get(0).asText();
            d.press(Action.SCORE_5);
            assertTrue(d.transcriptJson().at("/turns/0/replies").findValues("scores").get(0).at("/0/blind").asBoolean());
            d.press(Action.VOTE_BEST);
            String revealed = d.screen();
            assertTrue(revealed.contains("┌─ A · " + first), revealed);
            assertTrue(revealed.contains("names revealed for turn 1"), revealed);
            JsonNode vote = d.transcriptJson().at("/turns/0/votes/0");
            assertEquals(first, vote.get("winner").asText(), "the vote names the model behind panel A");
            assertTrue(vote.get("blind").asBoolean());
            d.press(Action.BLIND);
            assertTrue(d.screen().contains("blind: off"), d.screen());
        }
    }

    @Test
    void aReplyThatNamesItsOwnVendorIsFlaggedWhileBlind() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("llama3", "As an AI model made by Meta, I think...").answer("mixtral", "Sure.");
             AppDriver d = answered(ollama, true, "llama3", "mixtral")) {
            assertTrue(d.screen().contains("⚑ names its own model or vendor"), d.screen());
            JsonNode replies = d.transcriptJson().at("/turns/0/replies");
            int llama = replies.at("/0/contestant").asText().equals("llama3") ? 0 : 1;
            assertTrue(replies.get(llama).get("selfIdentified").asBoolean());
            assertTrue(replies.get(1 - llama).path("selfIdentified").isMissingNode());
        }
    }

    @Test
    void sweepResendsTheMessageUnderEveryOtherSystemPromptWithTheSameHistory() throws Exception {
        try (FakeOllama ollama = server(); AppDriver d = answered(ollama, false, "alpha", "beta")) {
            d.press(Action.SWEEP);
            d.until(s -> s.contains("idle") && ollama.requestsFor("alpha").size() == 3, "the sweep");
            JsonNode t = d.transcriptJson();
            assertEquals(3, t.get("turns").size());
            assertEquals("friend", t.at("/turns/1/systemPrompt/name").asText());
            assertEquals("mentor", t.at("/turns/2/systemPrompt/name").asText());
            assertEquals(0, t.at("/turns/1/sweepOf").asInt());
            // the two sweep turns' requests are sent together and may reach the server in either order
            JsonNode mentorRequest = ollama.requestsFor("alpha").stream()
                    .filter(r -> r.at("/messages/0/content").asText().equals("Answer like a mentor.")).findFirst().orElseThrow();
            assertEquals("[{\"role\":\"system\",\"content\":\"Answer like a mentor.\"},{\"role\":\"user\",\"content\":\"How do I tell my boss I'm burnt out?\"}]",
                    mentorRequest.get("messages").toString(), "a sweep turn sees the original's history, not the other sweeps");
            d.press(Action.PREV_TURN).press(Action.PREV_TURN);
            assertTrue(d.screen().contains("turn 1/3"), d.screen());
            d.press(Action.SCORE_5);
            assertEquals(5, d.transcriptJson().at("/turns/0/replies/0/scores/0/value").asInt());
            d.press(Action.NEXT_TURN);
            assertTrue(d.screen().contains("turn 2/3"), d.screen());
        }
    }

    @Test
    void eExportsMarkdownBesideTheTranscript() throws Exception {
        try (FakeOllama ollama = server(); AppDriver d = answered(ollama, false, "alpha", "beta")) {
            d.press(Action.SCORE_4).press(Action.VOTE_BEST).press(Action.EXPORT);
            Path md = dir.resolve("session.md");
            assertTrue(d.screen().contains("exported to " + md), d.screen());
            String text = Files.readString(md);
            assertTrue(text.contains("### alpha\n"), text);
            assertTrue(text.contains("| Tone | 4 | – |"), text);
            assertTrue(text.contains("- best: alpha"), text);
        }
    }

    @Test
    void lShowsTheVerdictForThisSessionAndScrolls() throws Exception {
        try (FakeOllama ollama = server(); AppDriver d = answered(ollama, false, "alpha", "beta")) {
            d.press(Action.SCORE_4).press(Action.FOCUS_NEXT).press(Action.SCORE_2).press(Action.VOTE_LEFT).press(Action.VERDICT);
            String screen = d.screen();
            assertTrue(screen.contains("The verdict so far, this session"), screen);
            assertTrue(screen.contains("alpha") && screen.contains("4.00") && screen.contains("Ratings from votes"), screen);
            d.press(Action.READER_PAGE_DOWN);
            assertTrue(d.screen().contains("The verdict so far"), "PgDn scrolls, it does not close\n" + d.screen());
            d.press(Action.READER_CLOSE);
            assertFalse(d.screen().contains("The verdict so far"), d.screen());
        }
    }
}
