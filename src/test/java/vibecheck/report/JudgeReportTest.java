package vibecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The LLM judge's figures in the report, on a fixture whose numbers are worked out by hand below. */
class JudgeReportTest {
    @TempDir
    Path work;
    private final ObjectMapper json = new ObjectMapper();

    private static String score(String reply, String contestant, String crit, String status, Integer value) {
        return "{\"kind\": \"score\", \"judge\": \"j\", \"model\": \"judge:70b\", \"promptVersion\": \"v1\", \"key\": \"k" + reply + crit
                + "\", \"criterion\": \"" + crit + "\", \"reply\": \"" + reply + "\", \"contestant\": \"" + contestant + "\", \"status\": \""
                + status + "\"" + (value == null ? "" : ", \"score\": " + value) + "}";
    }

    private static String pair(int turn, String winner, boolean inconsistent) {
        return "{\"kind\": \"pair\", \"judge\": \"j\", \"model\": \"judge:70b\", \"promptVersion\": \"v1\", \"key\": \"p" + turn
                + "\", \"a\": \"a\", \"b\": \"b\", \"replyA\": \"r" + turn + "a\", \"replyB\": \"r" + turn + "b\", \"status\": \"ok\", \"winner\": \""
                + winner + "\", \"inconsistent\": " + inconsistent + "}";
    }

    private static String humanScores(int e, int t) {
        return "[{\"criterion\": \"empathy\", \"value\": " + e + ", \"at\": \"t\", \"blind\": true}, {\"criterion\": \"tone\", \"value\": " + t + ", \"at\": \"t\", \"blind\": true}]";
    }

    private static String turn(int i, String scoresA, String scoresB, String outcome, String judgements) {
        return """
                {"index": %d, "message": "q%d", "systemPrompt": {"name": "none", "text": ""},
                 "replies": [{"id": "r%da", "contestant": "a", "state": "finished", "text": "aaa", "scores": %s},
                             {"id": "r%db", "contestant": "b", "state": "finished", "text": "bbb", "scores": %s}],
                 "votes": [{"kind": "pair", "left": "a", "right": "b", "outcome": "%s", "at": "t", "blind": true}],
                 "judgements": [%s]}""".formatted(i, i, i, scoresA, i, scoresB, outcome, judgements);
    }

    /**
     * Empathy, judge vs person: (5,5) (4,5) (2,1) (1,1). Observed linear-weighted disagreement (0 + ¼ + ¼ + 0)/4 = ⅛;
     * expected from the margins (judge 5,4,2,1 a quarter each; person 5 and 1 a half each) = ½; κ = 1 − ⅛/½ = 0.75.
     * Tone: (1,5) (5,1) (3,3) (3,3): observed ½, expected ⅜, κ = 1 − ½/⅜ = −⅓. Pairs: turn 1 both say a; turn 2
     * person b, judge a; turn 3 person tie (left out); turn 4 judge inconsistent (a tie, left out): 1 of 2 decisive
     * agree, 1 of 4 comparisons inconsistent. Judge ratings: a took 2.5 of 4 points (plus the prior's 0.005 of
     * 0.01), gap 400·log10(p/(1−p)) = 88.51, so a 1044.25 and b 955.75.
     */
    private void fixture() throws Exception {
        List<String> turns = new ArrayList<>();
        turns.add(turn(1, humanScores(5, 5), humanScores(5, 1), "left", String.join(",",
                score("r1a", "a", "empathy", "ok", 5), score("r1b", "b", "empathy", "ok", 4),
                score("r1a", "a", "tone", "ok", 1), score("r1b", "b", "tone", "ok", 5), pair(1, "a", false))));
        turns.add(turn(2, humanScores(1, 3), humanScores(1, 3), "right", String.join(",",
                score("r2a", "a", "empathy", "ok", 3), // superseded by the later one on the same reply and criterion
                score("r2a", "a", "empathy", "ok", 2), score("r2b", "b", "empathy", "ok", 1),
                score("r2a", "a", "tone", "ok", 3), score("r2b", "b", "tone", "ok", 3), pair(2, "a", false))));
        turns.add(turn(3, "[]", "[]", "tie", String.join(",",
                score("r3a", "a", "empathy", "unparsed", null), score("old", "b", "empathy", "ok", 5), pair(3, "b", false))));
        turns.add(turn(4, "[]", "[]", "left", pair(4, "tie", true)));
        Files.createDirectories(work.resolve("transcripts"));
        Files.writeString(work.resolve("transcripts/s.json"), "{\"schema\": 2, \"id\": \"s\", \"rater\": \"ana\", \"turns\": [" + String.join(",", turns) + "]}");
    }

    private CommandRun report(String format) {
        CommandRun r = CommandRun.run(work, Map.of(), "", "report", "--format", format);
        assertEquals(0, r.exit, r.toString());
        return r;
    }

    @Test
    void agreementInconsistencyAndTrustAreAsWorkedByHand() throws Exception {
        fixture();
        JsonNode r = json.readTree(report("json").out);
        JsonNode j = r.path("judges").path("j");
        assertEquals("judge:70b", j.path("models").get(0).asText());
        assertEquals("v1", j.path("promptVersions").get(0).asText());
        JsonNode empathy = j.path("agreement").path("empathy");
        assertEquals(0.75, empathy.path("kappa").asDouble(), 1e-9);
        assertEquals(4, empathy.path("scored").asInt());
        assertTrue(empathy.path("trusted").asBoolean());
        JsonNode tone = j.path("agreement").path("tone");
        assertEquals(-1 / 3.0, tone.path("kappa").asDouble(), 1e-9);
        assertFalse(tone.path("trusted").asBoolean());
        JsonNode overall = j.path("agreement").path("overall");
        assertEquals(0.5, overall.path("pairAgreement").asDouble(), 1e-9);
        assertEquals(2, overall.path("decisive").asInt());
        assertEquals(4, overall.path("pairs").asInt());
        assertEquals(1, overall.path("inconsistent").asInt());
        assertEquals(0.25, overall.path("inconsistencyRate").asDouble(), 1e-9);
        assertEquals(1, j.path("unparsed").asInt());
        // its own ratings and means: the reply regenerated since ("old") is left out, the unparsed one too
        assertEquals(3.5, j.path("scores").path("empathy").path("a").path("mean").asDouble(), 1e-9);
        assertEquals(2.5, j.path("scores").path("empathy").path("b").path("mean").asDouble(), 1e-9);
        assertEquals(2, j.path("scores").path("empathy").path("b").path("n").asInt());
        assertEquals(1044.25, j.path("ratings").path("a").path("rating").asDouble(), 0.01);
        assertEquals(955.75, j.path("ratings").path("b").path("rating").asDouble(), 0.01);
        // never the person's: their figures are their own scores and votes only
        assertEquals(3.0, r.path("criteria").path("empathy").path("a").path("mean").asDouble(), 1e-9);
        assertEquals(2, r.path("criteria").path("empathy").path("a").path("n").asInt());
        assertEquals(4, r.path("sources").path("votes").asInt());
        assertEquals(8, r.path("sources").path("scores").asInt());
    }

    @Test
    void everyFormatShowsTheJudgeApart() throws Exception {
        fixture();
        String text = report("text").out;
        assertTrue(text.contains("LLM judge j (judge:70b · prompt version v1): apart from your judgements"), text);
        assertTrue(text.contains("a                       judge 3.50 (n=2) · you 3.00 (n=2)"), text);
        assertTrue(text.contains("κ = 0.75 over 4 replies  trusted"), text);
        assertTrue(text.contains("κ = -0.33 over 4 replies  not trusted"), text);
        assertTrue(text.contains("Overall (comparisons)       pairs agree 50% of 2 decisive · 1 of 4 inconsistent (25%)  –"), text);
        assertTrue(text.contains("1 answer could not be read (unparsed): left out"), text);
        assertTrue(text.contains("κ is Cohen's kappa with linear weights on the 1–5 scores you both gave (trusted: κ ≥ 0.4)"), text);
        String md = report("md").out;
        assertTrue(md.contains("## LLM judge j"), md);
        assertTrue(md.contains("| Empathy | 0.75 | 4 | – | 0 | – | trusted |"), md);
        assertTrue(md.contains("| Overall (comparisons) | – | 0 | 50% | 2 | 1 of 4 (25%) | – |"), md);
        String html = report("html").out;
        assertTrue(html.contains("<h2>LLM judge j</h2>"), html);
        assertTrue(html.contains("<td>Empathy</td><td>0.75</td><td>4</td>"), html);
        String csv = report("csv").out;
        assertTrue(csv.contains("judge_agreement,,empathy,,j,linear_weighted_kappa,0.750000,,,4"), csv);
        assertTrue(csv.contains("judge_agreement,,overall,,j,pair_agreement_share,0.500000,,,2"), csv);
        assertTrue(csv.contains("judge_agreement,,overall,,j,inconsistency_rate,0.250000,,,4"), csv);
        assertTrue(csv.contains("judge_score,,empathy,a,j,mean,3.50000,,,2"), csv);
    }
}
