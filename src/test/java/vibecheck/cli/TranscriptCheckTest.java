package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.CommandRun;
import vibecheck.transcript.TranscriptStore;

/** Hand-edited and foreign transcripts: one line saying what is wrong and where, exit 2, nothing written. */
class TranscriptCheckTest {
    @TempDir
    Path dir;

    static ObjectNode schema1() throws Exception {
        return (ObjectNode) TranscriptStore.mapper().readTree(Path.of("src/test/resources/transcripts/schema1.json").toFile());
    }

    private void rejected(Consumer<ObjectNode> edit, String expected) throws Exception {
        ObjectNode t = schema1();
        edit.accept(t);
        Path file = dir.resolve("bad.json");
        byte[] bytes = TranscriptStore.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(t);
        Files.write(file, bytes);
        for (String command : new String[] {"export", "review"}) {
            CommandRun r = CommandRun.run(dir, Map.of(), "", command, "bad.json");
            assertEquals(2, r.exit, r.toString());
            assertEquals("error: " + command + ": bad.json: " + expected + "\n", r.err, "one line saying what and where");
            assertEquals("", r.out);
            assertArrayEquals(bytes, Files.readAllBytes(file), "the file is left alone");
            assertFalse(Files.exists(dir.resolve("bad.md")), "nothing exported");
            try (var left = Files.list(dir)) {
                assertEquals(1, left.count(), "nothing else written");
            }
        }
    }

    private static ObjectNode reply(ObjectNode t, int turn, int reply) {
        return (ObjectNode) t.get("turns").get(turn).get("replies").get(reply);
    }

    @Test
    void aReplyWithoutIdContestantOrStateIsNamedByTurnAndReply() throws Exception {
        rejected(t -> reply(t, 1, 0).remove("id"), "turn 2, reply 1: no id");
        rejected(t -> reply(t, 1, 1).remove("contestant"), "turn 2, reply 2: no contestant");
        rejected(t -> reply(t, 0, 1).remove("state"), "turn 1, reply 2: no state");
        rejected(t -> reply(t, 0, 1).put("state", "done"),
                "turn 1, reply 2: state \"done\" is not one of waiting, loading, streaming, finished, failed, interrupted, cancelled");
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() throws Exception {
        rejected(t -> reply(t, 1, 0).putArray("scores").addObject().put("criterion", "tone").put("value", 99),
                "turn 2, reply 1: score 99 is not 1–5 (criterion tone)");
        rejected(t -> reply(t, 0, 0).withArray("scores").addObject().put("criterion", "empathy").put("value", -3),
                "turn 1, reply 1: score -3 is not 1–5 (criterion empathy)");
        rejected(t -> reply(t, 0, 0).withArray("scores").addObject().put("value", 3), "turn 1, reply 1, score 2: no criterion");
    }

    @Test
    void noTurnsAndSchemasThisProgramDoesNotReadAreRefused() throws Exception {
        rejected(t -> t.putArray("turns"), "turns is empty: a transcript has at least one turn");
        rejected(t -> t.remove("turns"), "not a vibecheck transcript (no turns)");
        rejected(t -> t.put("schema", 0), "schema 0 is not a vibecheck transcript schema (this one reads 1 to 2)");
        rejected(t -> t.put("schema", 3), "written by a newer vibecheck (schema 3; this one reads up to 2): upgrade vibecheck to read it");
        rejected(t -> t.remove("schema"), "no schema number (a vibecheck transcript starts with \"schema\": 2)");
    }

    @Test
    void votesTurnsAndRepliesThatDoNotFitTogetherAreRefused() throws Exception {
        rejected(t -> ((ObjectNode) t.at("/turns/0/votes/0")).put("outcome", "draw"),
                "turn 1, vote 1: outcome \"draw\" is not one of left, right, tie, both_bad");
        rejected(t -> ((ObjectNode) t.at("/turns/0/votes/0")).put("left", "gpt-4o"), "turn 1, vote 1: left \"gpt-4o\" has no reply in this turn");
        rejected(t -> reply(t, 1, 1).put("id", "r1"), "turn 2, reply 2: id \"r1\" is used twice in the file");
        rejected(t -> ((com.fasterxml.jackson.databind.node.ArrayNode) t.at("/turns/1/replies")).remove(1),
                "turn 2: the replies are from llama3-8b, but turn 1's are from llama3-8b, mixtral-8x7b (every turn has one reply per contestant, in the same order)");
        rejected(t -> ((ObjectNode) t.at("/turns/1")).put("startedAt", "yesterday"),
                "turn 2: startedAt \"yesterday\" is not a UTC time such as 2026-11-26T18:44:09Z");
        rejected(t -> ((ObjectNode) t.at("/turns/1")).put("index", 7), "turn 2: index 7 does not match its place (turn 2)");
    }

    @Test
    void aSchemaOneFileKeepsLoading() throws Exception {
        Files.copy(Path.of("src/test/resources/transcripts/schema1.json"), dir.resolve("old.json"));
        CommandRun r = CommandRun.run(dir, Map.of(), "", "export", "old.json", "--out", "-");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("### mixtral-8x7b"), r.out);
        assertTrue(r.out.contains("- llama3-8b better than mixtral-8x7b (blind)"), r.out);
        assertTrue(r.out.contains("| Tone | 4 | – |"), r.out);
    }
}
