package vibecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.CommandRun;

/** The report command on small transcripts whose figures are worked out by hand. */
class ReportCommandTest {
    @TempDir
    Path work;
    private final ObjectMapper json = new ObjectMapper();

    /** One turn: two replies (a on the left, b on the right) with empathy scores, and votes. */
    private static String turn(int index, String prompt, int empathyA, int empathyB, String votes, String stateB, boolean selfB) {
        return """
                {"index": %d, "message": "question %d", "systemPrompt": {"name": "%s", "text": "x"},
                 "replies": [
                   {"id": "r%da", "contestant": "a", "state": "finished", "text": "# Title\\n- one\\n- two **bold**",
                    "metrics": {"ttftMs": 100, "tokensPerSecond": 50.0, "outputTokens": 40}, "schedule": "sequential",
                    "scores": [{"criterion": "empathy", "value": 1, "at": "t", "blind": true},
                               {"criterion": "empathy", "value": %d, "at": "t", "blind": true}]},
                   {"id": "r%db", "contestant": "b", "state": "%s", "text": "plain words here", "selfIdentified": %s,
                    "metrics": {"ttftMs": 300, "tokensPerSecond": 20.0, "outputTokens": 10}, "schedule": "sequential",
                    "scores": [{"criterion": "empathy", "value": %d, "at": "t", "blind": true}]}],
                 "votes": [%s]}""".formatted(index, index, prompt, index, empathyA, index, stateB, selfB, empathyB, votes);
    }

    private static String pair(String outcome, boolean blind) {
        return "{\"kind\": \"pair\", \"left\": \"a\", \"right\": \"b\", \"outcome\": \"" + outcome + "\", \"at\": \"t\", \"blind\": " + blind + "}";
    }

    private void transcript(String name, String rater, List<String> turns) throws Exception {
        Files.createDirectories(work.resolve("transcripts"));
        Files.writeString(work.resolve("transcripts").resolve(name), "{\"schema\": 1, \"id\": \"" + name + "\", "
                + (rater == null ? "" : "\"rater\": \"" + rater + "\", ") + "\"turns\": [" + String.join(",", turns) + "], \"myOwnField\": 1}");
    }

    private JsonNode reportJson(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--format", "json"));
        args.addAll(List.of(extra));
        CommandRun r = CommandRun.run(work, Map.of(), "", args.toArray(String[]::new));
        assertEquals(0, r.exit, r.toString());
        return json.readTree(r.out);
    }

    @Test
    void meansRatingsAndWhatIsLeftOutAreAsWorkedByHand() throws Exception {
        List<String> turns = new ArrayList<>();
        // 10 turns: a left-wins 7, right 3 (b); turn 1 first voted "right", then re-voted "left": one superseded
        for (int i = 1; i <= 10; i++) {
            String votes = i <= 7 ? pair("left", true) : pair("right", true);
            if (i == 1) votes = pair("right", true) + "," + pair("left", true);
            turns.add(turn(i, i % 2 == 0 ? "friend" : "none", 4, 2, votes, "finished", false));
        }
        // a failed reply: its scores and the vote on it are left out
        turns.add(turn(11, "none", 5, 5, pair("left", true), "failed", false));
        // a reply that named itself while blind: the vote is left out, its scores stay
        turns.add(turn(12, "none", 4, 2, pair("right", true), "finished", true));
        transcript("s1.json", "ana", turns);
        Files.writeString(work.resolve("transcripts/notes.json"), "[1, 2]"); // not a transcript: skipped, named

        JsonNode r = reportJson();
        JsonNode empathyA = r.path("criteria").path("empathy").path("a");
        // a: the latest score per turn counts (4, not the earlier 1), turns 1–12 = 12 scores of 4 except turn 11 (5)
        // — turn 11's replies: a finished, so its 5 counts; b failed, so b's score there is left out
        assertEquals((11 * 4 + 5) / 12.0, empathyA.path("mean").asDouble(), 1e-9);
        assertEquals(12, empathyA.path("n").asInt());
        assertEquals(2.0, r.path("criteria").path("empathy").path("b").path("mean").asDouble(), 1e-9);
        assertEquals(11, r.path("criteria").path("empathy").path("b").path("n").asInt());
        assertTrue(empathyA.path("ci").get(0).asDouble() <= empathyA.path("mean").asDouble());

        // votes: 7 left (a) and 3 right (b) count → gap 400·log10(7/3)
        double gap = r.path("ratings").path("a").path("rating").asDouble() - r.path("ratings").path("b").path("rating").asDouble();
        assertEquals(400 * Math.log10(7.0 / 3), gap, 0.5); // the tiny prior moves ten votes by a fraction of a point
        JsonNode pairNode = r.path("pairs").get(0);
        assertEquals(List.of("a", "b", 7, 3, 0), List.of(pairNode.path("a").asText(), pairNode.path("b").asText(),
                pairNode.path("winsA").asInt(), pairNode.path("winsB").asInt(), pairNode.path("ties").asInt()));
        JsonNode excluded = r.path("excluded");
        assertEquals(1, excluded.path("superseded").asInt());
        assertEquals(2, excluded.path("failed").asInt(), "b's score and the vote in turn 11");
        assertEquals(1, excluded.path("selfIdentified").asInt());
        // position bias: 7 of 10 decisive blind votes went left; p = P(|X−5| ≥ 2) for Bin(10, ½) = 2·(1+10+45+120)/1024
        assertEquals(7, r.path("positionBias").path("leftWins").asInt());
        assertEquals(10, r.path("positionBias").path("decisive").asInt());
        assertEquals(2 * 176.0 / 1024, r.path("positionBias").path("p").asDouble(), 1e-9);
        // persona shift: a scored 4 in the five friend turns; under none 4 six times and 5 once (turn 11): 4 − 29/7
        assertEquals(4 - 29.0 / 7, r.path("personaShift").path("friend").path("empathy").path("a").path("mean").asDouble(), 1e-9);
        // the higher-scored reply (a, 4 vs 2) won 7 of the 10 decisive votes where both were scored
        assertEquals(0.7, r.path("drivers").path("empathy").path("share").asDouble(), 1e-9);
        // style: a's replies have a header, two list items and a bold span
        assertEquals(1.0, r.path("style").path("a").path("headers").asDouble(), 1e-9);
        assertEquals(2.0, r.path("style").path("a").path("listItems").asDouble(), 1e-9);
        assertTrue(r.path("speed").path("sequentialOnly").asBoolean());
        assertEquals(100.0, r.path("speed").path("byContestant").path("a").path("ttftMedianMs").asDouble(), 1e-9);
        assertEquals(1, r.path("sources").path("skipped").size());
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndBlindOnlyDropsTheRest() throws Exception {
        List<String> turns = new ArrayList<>();
        for (int i = 1; i <= 8; i++) turns.add(turn(i, "none", 3 + i % 3, 2 + i % 2, pair(i % 3 == 0 ? "right" : "left", i <= 6), "finished", false));
        transcript("s.json", null, turns);
        assertEquals(reportJson("--seed", "7").toString(), reportJson("--seed", "7").toString());
        JsonNode blind = reportJson("--blind-only");
        assertEquals(2, blind.path("excluded").path("notBlind").asInt());
    }

    @Test
    void twoRatersAgreementIsWeightedKappa() throws Exception {
        List<String> ana = new ArrayList<>();
        List<String> bo = new ArrayList<>();
        int[][] scores = {{1, 1}, {2, 2}, {1, 2}, {2, 3}}; // worked by hand in StatisticsTest: κ = 1/3 for (a) ...
        for (int i = 0; i < scores.length; i++) {
            ana.add(turn(i + 1, "none", scores[i][0], scores[i][0], pair("left", true), "finished", false));
            bo.add(turn(i + 1, "none", scores[i][1], scores[i][1], pair("left", true), "finished", false));
        }
        transcript("ana.json", "ana", ana);
        transcript("bo.json", "bo", bo);
        JsonNode r = reportJson();
        JsonNode agreement = r.path("agreement").path("empathy");
        assertEquals(8, agreement.path("units").asInt());
        assertTrue(agreement.has("kappa"), agreement.toString());
        JsonNode onlyAna = reportJson("--rater", "ana");
        assertEquals(onlyAna.path("excluded").path("otherRater").asInt(), 8 + 4);
        assertTrue(onlyAna.path("agreement").isEmpty());
    }

    @Test
    void aNewerSchemaIsSkippedByNameAndAVoteForNoReplyIsInvalid() throws Exception {
        List<String> turns = new ArrayList<>();
        for (int i = 1; i <= 4; i++) turns.add(turn(i, "none", 4, 2, pair("left", true), "finished", false));
        turns.add(turn(5, "none", 4, 2, "{\"kind\": \"best\", \"winner\": \"ghost\", \"at\": \"t\", \"blind\": true}", "finished", false));
        transcript("s.json", "ana", turns);
        Files.writeString(work.resolve("transcripts/future.json"), "{\"schema\": 7, \"id\": \"f\", \"turns\": []}");
        JsonNode r = reportJson();
        assertEquals(1, r.path("sources").path("files").asInt());
        assertTrue(r.path("sources").path("skipped").toString().contains("future.json: schema 7, written by a newer vibecheck"), r.toString());
        assertEquals(1, r.path("excluded").path("invalid").asInt());
        assertEquals(0, r.path("excluded").path("failed").asInt());
        for (JsonNode sep : r.path("separations")) {
            if (sep.path("overlap").asBoolean()) assertTrue(sep.path("moreVotes").asInt() >= 1, sep.toString());
        }
    }

    @Test
    void aTranscriptNamesItsRaterFromTheConfig() throws Exception {
        try (vibecheck.support.FakeOllama ollama = new vibecheck.support.FakeOllama().answer("ma", "Hi.")) {
            Files.writeString(work.resolve("c.json"), """
                    {"rater": "ana", "servers": {"o": {"protocol": "ollama", "baseUrl": "%s"}},
                     "models": [{"name": "a", "server": "o", "model": "ma"}]}
                    """.formatted(ollama.baseUrl()));
            CommandRun r = CommandRun.run(work, Map.of(), "", "ask", "--config", "c.json", "hello");
            assertEquals(0, r.exit, r.toString());
            assertEquals("ana", json.readTree(r.transcript().toFile()).path("rater").asText());
            Files.writeString(work.resolve("bad.json"), "{\"rater\": \"two\\nlines\", \"servers\": {\"o\": {\"protocol\": \"ollama\"}}, "
                    + "\"models\": [{\"name\": \"a\", \"server\": \"o\", \"model\": \"ma\"}]}");
            CommandRun bad = CommandRun.run(work, Map.of(), "", "ask", "--config", "bad.json", "hello");
            assertEquals(2, bad.exit);
            assertTrue(bad.err.contains("$.rater: must be a short name on one line"), bad.err);
        } finally {
            vibecheck.core.Rater.configure(null);
        }
    }

    @Test
    void everyFormatRendersAndTheHtmlIsSelfContained() throws Exception {
        List<String> turns = new ArrayList<>();
        for (int i = 1; i <= 6; i++) turns.add(turn(i, i % 2 == 0 ? "friend" : "none", 3 + i % 2, 2, pair(i < 5 ? "left" : "tie", true), "finished", false));
        transcript("s.json", "ana", turns);
        CommandRun text = CommandRun.run(work, Map.of(), "", "report");
        assertEquals(0, text.exit, text.toString());
        assertTrue(text.out.contains("Empathy"), text.out);
        assertTrue(text.out.contains("●"), text.out);
        assertTrue(text.out.contains("Ratings from votes"), text.out);
        CommandRun md = CommandRun.run(work, Map.of(), "", "report", "--format", "md");
        assertTrue(md.out.contains("| criterion | contestant | mean | 95% interval | n |"), md.out);
        CommandRun csv = CommandRun.run(work, Map.of(), "", "report", "--format", "csv");
        assertTrue(csv.out.startsWith("section,system_prompt,criterion,contestant,other,statistic,value,ci_low,ci_high,n\n"), csv.out);
        assertTrue(csv.out.contains("score,,empathy,a,,mean,"), csv.out);
        CommandRun html = CommandRun.run(work, Map.of(), "", "report", "--format", "html", "--out", "r.html");
        assertEquals(0, html.exit, html.toString());
        String page = Files.readString(work.resolve("r.html"));
        assertTrue(page.contains("<svg"), page);
        assertFalse(page.contains("<script") || page.contains("http://") && !page.contains("http://www.w3.org/2000/svg"), "nothing fetched, no script");
        CommandRun bad = CommandRun.run(work, Map.of(), "", "report", "--format", "pdf");
        assertEquals(2, bad.exit);
        CommandRun none = CommandRun.run(work, Map.of(), "", "report", "nowhere");
        assertEquals(2, none.exit);
        assertTrue(none.err.contains("nowhere"), none.err);
    }
}
