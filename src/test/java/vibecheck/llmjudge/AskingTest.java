package vibecheck.llmjudge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.Config;
import vibecheck.support.FakeJudge;
import vibecheck.transcript.Transcript;

/** A judge on a loopback server, asked about the fixture's turns. */
class AskingTest {
    @TempDir
    Path dir;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);

    private record Asked(List<Question> questions, List<Asking.Outcome> outcomes, List<JsonNode> requests) {}

    private Asked ask(Function<JsonNode, String> judge, int turn, boolean scores, boolean pairs) throws Exception {
        try (FakeJudge server = new FakeJudge(judge)) {
            Config config = JudgeFixture.config(dir, server.baseUrl());
            Transcript t = JudgeFixture.read(JudgeFixture.transcript(dir));
            var j = config.judges().entries().get(0);
            JudgePrompts prompts = JudgePrompts.of(config.judges().promptOverrides());
            List<Question> qs = Questions.of(t, turn, j, prompts, List.of(config.criteria().get(0)), config.criteria(), false, scores, pairs);
            try (JudgeClient client = new JudgeClient(j, config, Map.of())) {
                Asking asking = new Asking(client, j, prompts, NameRedactor.of(t), CLOCK);
                return new Asked(qs, qs.stream().map(asking::ask).toList(), List.copyOf(server.requests));
            }
        }
    }

    @Test
    void aScoreIsAskedWithTheTextsOnlyAndRecordedWithTheJudgeModelVersionAndRawAnswer() throws Exception {
        Asked a = ask(r -> "{\"score\": " + (FakeJudge.between(r, "reply").contains("sorry") ? 5 : 2) + ", \"reason\": \"fits\"}", 1, true, false);
        assertEquals(2, a.questions.size(), "two replies, one criterion");
        ObjectNode first = a.outcomes.get(0).judgement();
        assertEquals("score", first.path("kind").asText());
        assertEquals("j-big", first.path("judge").asText());
        assertEquals("judge:70b", first.path("model").asText());
        assertEquals(JudgePrompts.of(Map.of()).version(), first.path("promptVersion").asText());
        assertEquals("r3", first.path("reply").asText());
        assertEquals("llama3-8b", first.path("contestant").asText());
        assertEquals("empathy", first.path("criterion").asText());
        assertEquals("ok", first.path("status").asText());
        assertEquals(5, first.path("score").asInt());
        assertEquals(2, a.outcomes.get(1).judgement().path("score").asInt());
        assertEquals("2026-11-27T01:00:00Z", first.path("at").asText());
        assertEquals("{\"score\": 5, \"reason\": \"fits\"}", first.path("raw").get(0).asText());
        String asked = FakeJudge.question(a.requests.get(0));
        assertTrue(asked.contains("Criterion: Empathy") && asked.contains("1 means: cold") && asked.contains("5 means: warm and attuned"), asked);
        assertTrue(asked.contains("I had a bad day."), "the user's message");
        assertTrue(asked.contains("User: My name is Ada.\nAssistant: Nice to meet you, Ada!"), "its own earlier turn: " + asked);
        assertTrue(asked.contains("Be a friend."), "the system prompt the models had");
        assertTrue(asked.contains("(I'm llama3-8b, by the way.)"), "a name inside a reply is still just text");
        for (JsonNode r : a.requests) {
            String all = r.path("messages").toString();
            String withoutReplyText = all.replace("I'm llama3-8b", "");
            assertFalse(withoutReplyText.contains("llama3") || all.contains("qwen"), "no contestant or model name is sent: " + all);
            assertEquals("judge:70b", r.path("model").asText());
            assertEquals(0.0, r.path("options").path("temperature").asDouble());
        }
    }

    @Test
    void anAnswerWrappedInProseIsRead() throws Exception {
        Asked a = ask(r -> "Let me think. The reply is kind.\n```json\n{\"score\": 4, \"reason\": \"kind\"}\n```\nHope that helps!", 1, true, false);
        assertEquals(4, a.outcomes.get(0).judgement().path("score").asInt());
        assertEquals(2, a.requests.size(), "read the first time: not asked again");
    }

    @Test
    void anAnswerThatDoesNotParseIsAskedOnceMoreThenRecordedUnparsedWithTheRawTexts() throws Exception {
        Asked a = ask(r -> "I'd say four out of five.", 1, true, false);
        assertEquals(4, a.requests.size(), "each of the two replies asked twice");
        ObjectNode j = a.outcomes.get(0).judgement();
        assertEquals("unparsed", j.path("status").asText());
        assertFalse(j.has("score"), "nothing is guessed");
        assertEquals(2, j.path("raw").size());
        assertEquals("it held no JSON object", j.path("problem").asText());
        JsonNode retry = a.requests.get(1).path("messages");
        assertEquals("assistant", retry.get(retry.size() - 2).path("role").asText());
        assertEquals("I'd say four out of five.", retry.get(retry.size() - 2).path("content").asText());
        assertTrue(FakeJudge.asked(a.requests.get(1)).startsWith("That answer could not be used: it held no JSON object."), FakeJudge.asked(a.requests.get(1)));
    }

    @Test
    void aSecondAnswerThatParsesCounts() throws Exception {
        AtomicInteger n = new AtomicInteger();
        Asked a = ask(r -> n.incrementAndGet() % 2 == 1 ? "{\"score\": 9}" : "{\"score\": 3, \"reason\": \"ok\"}", 1, true, false);
        ObjectNode j = a.outcomes.get(0).judgement();
        assertEquals("ok", j.path("status").asText());
        assertEquals(3, j.path("score").asInt());
        assertEquals(2, j.path("raw").size(), "both answers are kept");
        assertTrue(FakeJudge.asked(a.requests.get(1)).contains("score 9 is not a whole number from 1 to 5"));
    }

    @Test
    void aJudgeThatAlwaysPrefersAGivesInconsistentTies() throws Exception {
        Asked a = ask(r -> "{\"winner\": \"A\", \"reason\": \"the first is better\"}", 1, false, true);
        assertEquals(1, a.questions.size());
        assertEquals(2, a.requests.size(), "asked in both orders");
        assertEquals("Oh no, Ada, I'm sorry. Want to talk about it? (I'm llama3-8b, by the way.)", FakeJudge.between(a.requests.get(0), "reply_a"));
        assertEquals("Bad days happen.", FakeJudge.between(a.requests.get(1), "reply_a"), "swapped the second time");
        ObjectNode j = a.outcomes.get(0).judgement();
        assertEquals("pair", j.path("kind").asText());
        assertEquals("llama3-8b", j.path("a").asText());
        assertEquals("qwen2-7b", j.path("b").asText());
        assertEquals("tie", j.path("winner").asText());
        assertTrue(j.path("inconsistent").asBoolean());
        assertEquals("llama3-8b", j.path("orders").get(0).path("shownFirst").asText());
        assertEquals("A", j.path("orders").get(1).path("verdict").asText());
    }

    @Test
    void aConsistentVerdictNamesTheWinner() throws Exception {
        Asked a = ask(r -> "{\"winner\": \"" + (FakeJudge.between(r, "reply_a").contains("sorry") ? "A" : "B") + "\"}", 1, false, true);
        ObjectNode j = a.outcomes.get(0).judgement();
        assertEquals("llama3-8b", j.path("winner").asText());
        assertFalse(j.path("inconsistent").asBoolean());
    }

    @Test
    void aJudgeThatEchoesAContestantsNameHasItTakenOutOfTheReasonButKeptInTheRawAnswer() throws Exception {
        Asked a = ask(r -> "{\"score\": 4, \"reason\": \"Llama3-8B is kind; qwen2 is not, says LLAMA3\"}", 1, true, false);
        ObjectNode j = a.outcomes.get(0).judgement();
        assertEquals("[name] is kind; [name] is not, says [name]", j.path("reason").asText());
        assertTrue(j.path("raw").get(0).asText().contains("Llama3-8B"), "the raw answer is the evidence, kept as it came");
    }

    @Test
    void aServerThatFailsRecordsNothing() throws Exception {
        Asked a = ask(r -> null, 1, true, true);
        for (Asking.Outcome o : a.outcomes) {
            assertNull(o.judgement());
            assertNotNull(o.failed());
            assertTrue(o.failed().contains("the judge fell over"), o.failed());
        }
    }
}
