package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** One current vote per kind, earlier ones kept as history; {@code blind} only while the names were hidden. */
class VotesAndBlindTest {
    @TempDir
    Path dir;

    private AppDriver answered(FakeOllama ollama, boolean blind, int columns, String... names) throws Exception {
        AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), names), Map.of(), columns, 30, Keymap.defaults(), blind);
        d.type("How do I tell my boss I'm burnt out?").press(Action.SEND).press(Action.TO_PANELS); // sent; to the panels
        d.until(s -> s.contains("idle") && s.split("✓ done", -1).length - 1 == names.length, "every reply");
        return d;
    }

    @Test
    void aNewVoteOfTheSameKindSupersedesTheEarlierWhichStaysAsHistory() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("llama3:8b", "Be honest.").answer("mixtral:8x7b:instruct", "Take a day off.");
             AppDriver d = answered(ollama, false, 80, "llama3-8b", "mixtral-8x7b-instruct")) {
            d.press(Action.VOTE_LEFT).press(Action.VOTE_RIGHT).press(Action.VOTE_TIE);
            JsonNode votes = d.transcriptJson().at("/turns/0/votes");
            assertEquals(3, votes.size(), "every vote stays in the transcript");
            assertEquals(votes.at("/1/at").asText(), votes.at("/0/supersededAt").asText(), "superseded when the next came");
            assertEquals(votes.at("/2/at").asText(), votes.at("/1/supersededAt").asText());
            assertTrue(votes.at("/2/supersededAt").isMissingNode(), "the current vote is not superseded");
            d.press(Action.VOTE_BEST);
            assertTrue(d.transcriptJson().at("/turns/0/votes/3/supersededAt").isMissingNode(), "a best vote is another kind");
            assertTrue(d.transcriptJson().at("/turns/0/votes/2/supersededAt").isMissingNode());

            String table = d.press(Action.SCORE_TABLE).screen();
            assertTrue(table.contains("vote: llama3-8b and mixtral-8x7b-instruct tie"), "the current pair vote, whole:\n" + table);
            assertTrue(table.contains("vote: llama3-8b best"), table);
            assertTrue(table.contains("(2 earlier votes superseded)"), table);
            assertFalse(table.contains("beat"), "superseded votes do not count:\n" + table);

            d.press(Action.GRID_CLOSE).press(Action.EXPORT); // the grid stays open until closed
            String md = Files.readString(dir.resolve("session.md"));
            assertTrue(md.contains("- llama3-8b and mixtral-8x7b-instruct tie\n- best: llama3-8b\n- *2 earlier votes superseded*"), md);
            assertFalse(md.contains("better than"), md);
        }
    }

    @Test
    void blindIsRecordedOnlyWhileTheNamesWereHidden() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Be honest.").answer("beta", "Take a day off.");
             AppDriver d = answered(ollama, true, 120, "alpha", "beta")) {
            d.press(Action.SCORE_3).press(Action.VOTE_LEFT);
            assertTrue(d.screen().contains("names revealed for turn 1"), d.screen());
            d.press(Action.VOTE_RIGHT).press(Action.NEXT_CRITERION).press(Action.SCORE_4).press(Action.NOTE).type("after the reveal").press(Action.NOTE_SAVE);
            JsonNode t = d.transcriptJson();
            JsonNode votes = t.at("/turns/0/votes");
            assertTrue(votes.at("/0/blind").asBoolean(), "the vote that revealed the names was cast blind");
            assertFalse(votes.at("/1/blind").asBoolean(), "a vote after the reveal is not blind");
            JsonNode scored = t.at("/turns/0/replies").findValues("scores").get(0);
            assertTrue(scored.at("/0/blind").asBoolean(), "scored while hidden");
            assertFalse(scored.at("/1/blind").asBoolean(), "scored after the reveal");
            JsonNode note = t.at("/turns/0/replies").findValues("notes").get(0);
            assertFalse(note.at("/0/blind").asBoolean(), "noted after the reveal");
        }
    }
}
