package vibecheck.llmjudge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vibecheck.config.Criterion;
import vibecheck.config.JudgeConfig;
import vibecheck.protocol.Json;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptReader;

/** What the judge is asked about a turn: the history the models had, and only the finished replies. */
class QuestionsTest {
    private static final JudgeConfig JUDGE = new JudgeConfig("j", "local", "judge:70b", 0, 1024, null);
    private static final List<Criterion> ONE = List.of(new Criterion("empathy", "Empathy", "cold", "warm"));

    private static String turn(int i, String message, Integer sweepOf, String stateB) {
        return """
                {"index": %d, "message": "%s", "systemPrompt": {"name": "%s", "text": "%s"}, %s
                 "replies": [{"id": "r%da", "contestant": "a", "state": "finished", "text": "A says %d"},
                             {"id": "r%db", "contestant": "b", "state": "%s", "text": "B says %d"}]}"""
                .formatted(i, message, sweepOf == null ? "none" : "friend", sweepOf == null ? "" : "Be a friend.",
                        sweepOf == null ? "" : "\"sweepOf\": " + sweepOf + ",", i, i, i, stateB, i);
    }

    private static Transcript transcript() throws Exception {
        return TranscriptReader.read(Json.MAPPER.readTree("{\"schema\": 2, \"id\": \"x\", \"turns\": ["
                + String.join(",", turn(1, "first", null, "finished"), turn(2, "second", null, "failed"),
                        turn(3, "second", 1, "finished"), turn(4, "fourth", null, "finished")) + "]}"));
    }

    @Test
    void theHistoryIsTheOneTheModelsHad() throws Exception {
        Transcript t = transcript();
        JudgePrompts prompts = JudgePrompts.of(Map.of());
        // turn 3 re-sent turn 2's message under another system prompt: it saw turn 1 only
        String swept = Questions.of(t, 2, JUDGE, prompts, ONE, ONE, false, true, false).get(0).first();
        assertTrue(swept.contains("User: first\nAssistant: A says 1"), swept);
        assertFalse(swept.contains("A says 2"), swept);
        assertTrue(swept.contains("Be a friend."), "its own system prompt: " + swept);
        // turn 4 saw turns 1 and 2, not the re-sent turn 3; b's failed turn 2 is not part of b's history
        List<Question> fourth = Questions.of(t, 3, JUDGE, prompts, ONE, ONE, false, true, true);
        assertTrue(fourth.get(0).first().contains("User: second\nAssistant: A says 2"), fourth.get(0).first());
        assertFalse(fourth.get(0).first().contains("A says 3"), fourth.get(0).first());
        assertFalse(fourth.get(1).first().contains("B says 2"), "b's failed reply was never its history: " + fourth.get(1).first());
        String pair = fourth.get(2).first();
        assertTrue(pair.contains("1. first\n2. second\n</earlier>"), pair);
        // a failed reply is neither scored nor compared
        assertEquals(1, Questions.of(t, 1, JUDGE, prompts, ONE, ONE, false, true, true).size(), "a's score only");
    }

    @Test
    void theKeyChangesWithTheJudgeTheModelThePromptsAndTheText() throws Exception {
        Transcript t = transcript();
        JudgePrompts prompts = JudgePrompts.of(Map.of());
        String key = Questions.of(t, 0, JUDGE, prompts, ONE, ONE, false, true, false).get(0).key();
        assertEquals(key, Questions.of(t, 0, JUDGE, prompts, ONE, ONE, false, true, false).get(0).key(), "stable");
        assertFalse(key.equals(Questions.of(t, 0, new JudgeConfig("j", "local", "judge:8b", 0, 1024, null), prompts, ONE, ONE, false, true, false).get(0).key()));
        assertFalse(key.equals(Questions.of(t, 0, new JudgeConfig("k", "local", "judge:70b", 0, 1024, null), prompts, ONE, ONE, false, true, false).get(0).key()));
        JudgePrompts other = JudgePrompts.of(Map.of("system", "Be strict."));
        assertFalse(prompts.version().equals(other.version()));
        assertFalse(key.equals(Questions.of(t, 0, JUDGE, other, ONE, ONE, false, true, false).get(0).key()));
        assertFalse(key.equals(Questions.of(t, 3, JUDGE, prompts, ONE, ONE, false, true, false).get(0).key()));
    }
}
