package vibecheck.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vibecheck.core.Session;
import vibecheck.protocol.Json;
import vibecheck.support.UiFixture;

/** A turn's {@code judgements}: checked on reading, kept whole on writing, and never the person's. */
class LlmJudgementsTest {
    private static final String SCORE = "{\"kind\": \"score\", \"judge\": \"j\", \"model\": \"judge:70b\", \"promptVersion\": \"v1\", \"key\": \"k1\","
            + " \"at\": \"2026-11-27T01:00:00Z\", \"criterion\": \"empathy\", \"reply\": \"r1\", \"contestant\": \"a\", \"status\": \"ok\", \"score\": 4,"
            + " \"reason\": \"kind\", \"raw\": [\"{\\\"score\\\": 4}\"], \"mine\": true}";
    private static final String PAIR = "{\"kind\": \"pair\", \"judge\": \"j\", \"model\": \"judge:70b\", \"promptVersion\": \"v1\", \"key\": \"k2\","
            + " \"a\": \"a\", \"b\": \"b\", \"status\": \"ok\", \"winner\": \"tie\", \"inconsistent\": true, \"orders\": []}";

    private static String file(String judgements) {
        return """
                {"schema": 2, "id": "abc123", "startedAt": "2026-11-26T10:00:00Z", "turns": [
                  {"index": 1, "startedAt": "2026-11-26T10:00:00Z", "message": "hi", "systemPrompt": {"name": "none", "text": ""},
                   "replies": [{"id": "r1", "contestant": "a", "model": "a", "state": "finished", "text": "hello"},
                               {"id": "r2", "contestant": "b", "model": "b", "state": "finished", "text": "hey"}],
                   "judgements": [%s]}]}""".formatted(judgements);
    }

    private static Transcript read(String text) throws Exception {
        return TranscriptReader.read(Json.MAPPER.readTree(text));
    }

    private static String problem(String judgement) {
        return assertThrows(TranscriptFormatException.class, () -> read(file(judgement))).getMessage();
    }

    @Test
    void judgementsAreReadAndWrittenBackAsTheyWere() throws Exception {
        Transcript t = read(file(SCORE + "," + PAIR));
        List<LlmJudgement> js = t.turns().get(0).judgements();
        assertEquals(2, js.size());
        assertEquals(4, js.get(0).score());
        assertEquals("a", js.get(0).contestant());
        assertEquals("tie", js.get(1).winner());
        assertEquals(true, js.get(1).inconsistent());
        JsonNode written = TranscriptWriter.tree(t);
        assertEquals(Json.MAPPER.readTree(file(SCORE + "," + PAIR)), written, "every field kept, unknown ones too");
    }

    @Test
    void aBadJudgementIsNamedByItsPlace() {
        assertEquals("turn 1, judgement 1: score 9 is not 1–5 (criterion empathy)", problem(SCORE.replace("\"score\": 4", "\"score\": 9")));
        assertEquals("turn 1, judgement 1: contestant \"zed\" has no reply in this turn", problem(SCORE.replace("\"contestant\": \"a\"", "\"contestant\": \"zed\"")));
        assertEquals("turn 1, judgement 1: status \"maybe\" is not ok or unparsed", problem(SCORE.replace("\"status\": \"ok\"", "\"status\": \"maybe\"")));
        assertEquals("turn 1, judgement 1: kind \"vibe\" is not score or pair", problem(SCORE.replace("\"kind\": \"score\"", "\"kind\": \"vibe\"")));
        assertEquals("turn 1, judgement 2: winner \"c\" is neither a, b nor tie", problem(SCORE + "," + PAIR.replace("\"winner\": \"tie\"", "\"winner\": \"c\"")));
        assertEquals("turn 1, judgement 1: an inconsistent verdict is recorded as a tie, not \"a\"", problem(PAIR.replace("\"winner\": \"tie\"", "\"winner\": \"a\"")));
        assertEquals("turn 1, judgement 1: no judge", problem(SCORE.replace("\"judge\": \"j\",", "")));
        assertEquals("turn 1: judgements is not a list", assertThrows(TranscriptFormatException.class,
                () -> read(file("").replace("\"judgements\": []", "\"judgements\": {}"))).getMessage());
    }

    @Test
    void anUnparsedJudgementHasNoScore() throws Exception {
        Transcript t = read(file(SCORE.replace("\"status\": \"ok\", \"score\": 4,", "\"status\": \"unparsed\",")));
        assertNull(t.turns().get(0).judgements().get(0).score());
    }

    @Test
    void aSessionOpenedAndScoredKeepsTheJudgesJudgementsAndNeverTakesThemForThePersons() throws Exception {
        Transcript t = read(file(SCORE + "," + PAIR));
        Session s = Session.restore(t, UiFixture.contestants("http://127.0.0.1:9", "a", "b"), UiFixture.CLOCK);
        assertNull(s.transcriptToSave(), "opening is not changing");
        assertEquals(java.util.Map.of(), s.turns().get(0).replies().get(0).scoreSheet().current(), "the judge's 4 is not the person's score");
        assertEquals(List.of(), s.turns().get(0).votes(), "nor its verdict a vote");
        s.score("r1", "tone", 2, false);
        ObjectNode saved = s.transcriptToSave();
        assertEquals(Json.MAPPER.readTree(file(SCORE + "," + PAIR)).at("/turns/0/judgements"), saved.at("/turns/0/judgements"));
        assertEquals(1, saved.at("/turns/0/replies/0/scores").size());
    }
}
