package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;
import vibecheck.support.CommandRun;
import vibecheck.support.FakeJudge;
import vibecheck.transcript.TranscriptLock;
import vibecheck.transcript.TranscriptStore;

/** {@code vibecheck judge-llm} over transcripts, with a judge on a loopback server. */
class JudgeLlmCommandTest {
    @TempDir
    Path work;

    /** A judge that scores by length and prefers the longer reply in either order. */
    static String sensible(JsonNode request) {
        if (FakeJudge.isPair(request)) {
            return "{\"winner\": \"" + (FakeJudge.between(request, "reply_a").length() >= FakeJudge.between(request, "reply_b").length() ? "A" : "B")
                    + "\", \"reason\": \"longer\"}";
        }
        return "{\"score\": " + (FakeJudge.between(request, "reply").length() > 20 ? 5 : 2) + ", \"reason\": \"by length\"}";
    }

    private void config(FakeJudge judge, String extra) throws Exception {
        Files.writeString(work.resolve("c.json"), """
                {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": "llama3-8b", "server": "local", "model": "llama3:8b"},
                            {"name": "qwen2-7b", "server": "local", "model": "qwen2:7b"}],
                 "criteria": [{"key": "empathy", "label": "Empathy", "low": "cold", "high": "warm"},
                              {"key": "tone", "label": "Tone", "low": "formal", "high": "casual"}],
                 "judges": [{"name": "j-big", "server": "local", "model": "judge:70b"},
                            {"name": "j-small", "server": "local", "model": "judge:8b"}]%s}
                """.formatted(judge.baseUrl(), extra));
    }

    private Path transcript(String name) throws Exception {
        Path f = work.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, vibecheck.llmjudge.JudgeFixtureText.TRANSCRIPT);
        return f;
    }

    @Test
    void scoresAndComparesEveryReplyIntoTheTranscriptApartFromThePersonsJudgements() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            config(judge, "");
            Path f = transcript("t.json");
            JsonNode before = Json.MAPPER.readTree(f.toFile());
            CommandRun r = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json");
            assertEquals(0, r.exit, r.toString());
            // 2 turns × 2 replies × 2 criteria scores, and 1 pair per turn (each asked in both orders)
            assertEquals(8 + 2 * 2, judge.requests.size());
            assertTrue(r.err.contains("judge-llm j-big (judge:70b on local, prompt version "), r.err);
            assertTrue(r.err.contains("1 transcript, 10 questions to ask"), r.err);
            assertTrue(r.out.contains("[1/10] t.json turn 1 reply 1 empathy: 5"), r.out);
            assertTrue(r.out.contains("[10/10] t.json turn 2 replies 1–2 overall: reply 1 better"), r.out);
            assertTrue(r.out.contains("judged: 8 scores, 2 pair verdicts (0 inconsistent across orders), 0 unparsed, 0 failed"), r.out);
            assertFalse(r.out.contains("llama3") || r.out.contains("qwen"), "progress names replies by position: " + r.out);

            JsonNode after = Json.MAPPER.readTree(f.toFile());
            JsonNode turn2 = after.at("/turns/1");
            assertEquals(5, turn2.path("judgements").size(), "4 scores and 1 pair on turn 2");
            assertEquals(before.at("/turns/1/replies/0/scores"), turn2.at("/replies/0/scores"), "the person's scores are untouched");
            assertEquals(before.at("/turns/1/votes"), turn2.path("votes"), "and the votes");
            assertEquals(before.path("myField"), after.path("myField"), "fields vibecheck does not know are kept");
            JsonNode pair = turn2.path("judgements").get(4);
            assertEquals("pair", pair.path("kind").asText());
            assertEquals("llama3-8b", pair.path("winner").asText());
            assertEquals("j-big", pair.path("judge").asText());
            TranscriptStore.read(f); // the checking reader takes what was written
        }
    }

    @Test
    void runAgainItAsksNothingAlreadyAnswered_andNewPromptsAreAskedAgain() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            config(judge, "");
            transcript("t.json");
            assertEquals(0, CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json").exit);
            int asked = judge.requests.size();
            CommandRun again = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json");
            assertEquals(0, again.exit, again.toString());
            assertEquals(asked, judge.requests.size(), "nothing asked twice");
            assertTrue(again.err.contains("0 questions to ask (10 already answered)"), again.err);

            CommandRun other = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json", "--judge", "j-small", "--no-pairs", "--criteria", "tone");
            assertEquals(0, other.exit, other.toString());
            assertEquals(asked + 4, judge.requests.size(), "another judge is another opinion: 4 replies on tone");
            assertTrue(judge.requests.get(judge.requests.size() - 1).path("model").asText().equals("judge:8b"));

            config(judge, ", \"judgePrompts\": {\"score\": \"Score {{reply}} on {{criterion}} ({{low}} to {{high}}). JSON: {\\\"score\\\": N}\"}");
            CommandRun changed = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json", "--no-pairs");
            assertEquals(0, changed.exit, changed.toString());
            assertTrue(changed.err.contains("8 questions to ask"), "a changed prompt is a new version: " + changed.err);
            assertTrue(FakeJudge.question(judge.requests.get(judge.requests.size() - 1)).startsWith("Score "), "the override is what is sent");
        }
    }

    @Test
    void aRunFolderIsJudgedWholeAndAFileThatIsNotATranscriptIsNamedAndSkipped() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            config(judge, "");
            transcript("runs/p/001-a.none.r1.json");
            transcript("runs/p/002-b.none.r1.json");
            Files.writeString(work.resolve("runs/p/notes.json"), "[1, 2]");
            CommandRun r = CommandRun.run(work, Map.of(), "", "judge-llm", "runs/p", "runs/p/001-a.none.r1.json", "--config", "c.json", "--no-pairs", "--criteria", "empathy");
            assertEquals(0, r.exit, r.toString());
            assertTrue(r.err.contains("note: skipped runs/p/notes.json: not a transcript vibecheck can use"), r.err);
            assertTrue(r.err.contains("2 transcripts, 8 questions to ask"), "a file named twice counts once: " + r.err);
            assertEquals(2, Json.MAPPER.readTree(work.resolve("runs/p/002-b.none.r1.json").toFile()).at("/turns/1/judgements").size());
        }
    }

    @Test
    void aJudgeThatAlwaysPrefersAIsCountedInconsistent_andUnreadableAnswersAreRecordedAsSuch() throws Exception {
        try (FakeJudge judge = new FakeJudge(r -> FakeJudge.isPair(r) ? "{\"winner\": \"A\"}" : "Four out of five, I reckon.")) {
            config(judge, "");
            Path f = transcript("t.json");
            CommandRun r = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json", "--criteria", "empathy");
            assertEquals(0, r.exit, r.toString());
            assertTrue(r.out.contains("judged: 0 scores, 2 pair verdicts (2 inconsistent across orders), 4 unparsed, 0 failed"), r.out);
            assertTrue(r.out.contains("overall: tie (inconsistent: the verdict changed with the order)"), r.out);
            assertTrue(r.out.contains("reply 1 empathy: unparsed (kept as it came)"), r.out);
            assertEquals(4 * 2 + 2 * 2, judge.requests.size(), "each unreadable score asked once more");
            JsonNode j = Json.MAPPER.readTree(f.toFile()).at("/turns/0/judgements/0");
            assertEquals("unparsed", j.path("status").asText());
            assertEquals("Four out of five, I reckon.", j.path("raw").get(1).asText());

            int asked = judge.requests.size();
            assertEquals(0, CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json", "--criteria", "empathy").exit);
            assertEquals(asked, judge.requests.size(), "an unparsed answer is an answer: not asked again by default");
            judge.answers(JudgeLlmCommandTest::sensible);
            CommandRun retry = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json", "--criteria", "empathy", "--retry-unparsed");
            assertEquals(0, retry.exit, retry.toString());
            assertTrue(retry.err.contains("4 questions to ask"), retry.err);
            assertTrue(retry.out.contains("judged: 4 scores, 0 pair verdicts"), retry.out);
            JsonNode report = Json.MAPPER.readTree(CommandRun.run(work, Map.of(), "", "report", "t.json", "--format", "json").out);
            assertEquals(0, report.at("/judges/j-big/unparsed").asInt(), "the later, readable answer counts");
        }
    }

    @Test
    void aServerThatFailsRecordsNothingAndIsGivenUpOnAfterThreeFailuresInARow() throws Exception {
        try (FakeJudge judge = new FakeJudge(r -> null)) {
            config(judge, "");
            Path f = transcript("t.json");
            byte[] before = Files.readAllBytes(f);
            CommandRun r = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json");
            assertEquals(1, r.exit, r.toString());
            assertEquals(3, judge.requests.size());
            assertTrue(r.out.contains("failed: the judge fell over"), r.out);
            assertTrue(r.err.contains("the judge failed 3 times in a row, so the rest was not asked (the judge fell over"), r.err);
            assertTrue(r.err.contains("go on with: vibecheck judge-llm t.json --config c.json"), r.err);
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(f)), "nothing written");
        }
    }

    @Test
    void aTranscriptAnotherWriterHoldsIsNotTouched() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            config(judge, "");
            Path f = transcript("t.json");
            byte[] before = Files.readAllBytes(f);
            assertEquals(null, TranscriptLock.acquire(f));
            try {
                CommandRun r = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json");
                assertEquals(1, r.exit, r.toString());
                assertTrue(r.out.contains("error: t.json: it is being written by another session of this vibecheck; judge it once that is closed"), r.toString());
                assertEquals(0, judge.requests.size());
            } finally {
                TranscriptLock.release(f);
            }
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(f)));
        }
    }

    @Test
    void onATerminalOneLineShowsProgressInsteadOfALinePerAnswer() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            config(judge, "");
            transcript("t.json");
            var out = new java.io.ByteArrayOutputStream();
            var err = new java.io.ByteArrayOutputStream();
            Io io = new Io(Map.of("COLUMNS", "100"), work, work.resolve("home"), new java.io.ByteArrayInputStream(new byte[0]),
                    new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), true);
            int exit = vibecheck.Main.run(java.util.List.of("judge-llm", "t.json", "--config", "c.json"), io);
            String e = err.toString(java.nio.charset.StandardCharsets.UTF_8);
            String o = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, exit, e);
            assertTrue(e.matches("(?s).*\\r\u001b\\[2K. 10/10 judged · 0 unparsed · 0 failed · \\d+:\\d\\d elapsed · ETA .*"), e);
            assertFalse(o.contains("[1/10]"), "no line per answer on a terminal: " + o);
            assertTrue(o.contains("judged: 8 scores, 2 pair verdicts"), o);
        }
    }

    @Test
    void theLiveLineKeepsTurningWhileTheJudgeThinks() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            judge.delayMillis = 400; // no byte for 400 ms: the line must not stand still meanwhile
            config(judge, "");
            transcript("t.json");
            var err = new java.io.ByteArrayOutputStream();
            Io io = new Io(Map.of("COLUMNS", "100"), work, work.resolve("home"), new java.io.ByteArrayInputStream(new byte[0]),
                    new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), true);
            int exit = vibecheck.Main.run(java.util.List.of("judge-llm", "t.json", "--config", "c.json", "--no-pairs", "--criteria", "empathy"), io);
            assertEquals(0, exit);
            String e = err.toString(java.nio.charset.StandardCharsets.UTF_8);
            int frames = e.split("\r\u001b\\[2K", -1).length - 1;
            // 4 questions: a frame as each is asked and as each is answered, one clearing the line at the end; more
            // than that means it was redrawn while waiting
            assertTrue(frames > 4 * 2 + 1, frames + " frames:\n" + e);
        }
    }

    @Test
    void theExportAndThePersonsCountsLeaveTheJudgeOut() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            config(judge, "");
            Path f = transcript("t.json");
            CommandRun before = CommandRun.run(work, Map.of(), "", "export", "t.json", "--out", "-", "--config", "c.json");
            assertEquals(0, CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "c.json").exit);
            CommandRun after = CommandRun.run(work, Map.of(), "", "export", "t.json", "--out", "-", "--config", "c.json");
            assertEquals(0, after.exit, after.toString());
            assertEquals(before.out, after.out, "the export (your scores and votes) is the same with the judge's judgements in the file");
            var entry = vibecheck.app.SessionFolderProbe.entry(f);
            assertEquals(2, entry.scores(), "past sessions count your two scores, not the judge's eight");
            assertEquals(1, entry.votes());
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        try (FakeJudge judge = new FakeJudge(JudgeLlmCommandTest::sensible)) {
            config(judge, "");
            transcript("t.json");
            Files.writeString(work.resolve("bad.json"), "{\"schema\": 2, \"id\": \"x\", \"turns\": []}");
            String[][] cases = {
                    {"judge-llm: --judge nobody: no such judge in c.json (judges: j-big, j-small)", "t.json", "--judge", "nobody"},
                    {"judge-llm: --criteria: no criterion \"vibes\" (criteria: empathy, tone)", "t.json", "--criteria", "vibes"},
                    {"judge-llm: missing.json: no such file or folder", "missing.json"},
                    {"judge-llm: bad.json: turns is empty: a transcript has at least one turn", "bad.json"},
                    {"judge-llm: give transcripts or a run folder"},
            };
            for (String[] c : cases) {
                String[] args = new String[c.length + 2];
                args[0] = "judge-llm";
                System.arraycopy(c, 1, args, 1, c.length - 1);
                args[c.length] = "--config";
                args[c.length + 1] = "c.json";
                CommandRun r = CommandRun.run(work, Map.of(), "", args);
                assertEquals(2, r.exit, r.toString());
                assertTrue(r.err.contains("error: " + c[0]), r.toString());
                assertEquals(1, r.err.strip().lines().count(), r.err);
            }
            assertEquals(0, judge.requests.size(), "nothing asked");
            Files.writeString(work.resolve("none.json"), "{\"servers\": {\"local\": {\"protocol\": \"ollama\"}}, \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\"}]}");
            CommandRun none = CommandRun.run(work, Map.of(), "", "judge-llm", "t.json", "--config", "none.json");
            assertEquals(2, none.exit);
            assertTrue(none.err.contains("none.json has no judges; add one, e.g. \"judges\": [{\"name\": \"j-llama70\", \"server\": \"ollama\", \"model\": \"llama3:70b\"}]"), none.err);
            for (String command : new String[] {"review", "judge"}) {
                CommandRun ui = CommandRun.run(work, Map.of(), "", command, "t.json", "--config", "c.json", "--judge", "nobody");
                assertEquals(2, ui.exit, ui.toString());
                assertTrue(ui.err.contains("error: " + command + ": --judge nobody: no such judge in c.json (judges: j-big, j-small)"), ui.toString());
            }
            CommandRun help = CommandRun.run(work, Map.of(), "", "judge-llm", "--help");
            assertEquals(0, help.exit);
            assertTrue(help.out.contains("--per-criterion"), help.out);
        }
    }
}
