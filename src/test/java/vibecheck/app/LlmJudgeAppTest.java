package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.Config;
import vibecheck.config.ConfigLoader;
import vibecheck.keys.Keymap;
import vibecheck.llmjudge.JudgeSetup;
import vibecheck.protocol.Protocols;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeJudge;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/** {@code J} on the whole app: the configured judge asked about the turn, its scores in the footers in its own style. */
class LlmJudgeAppTest {
    @TempDir
    Path dir;

    private JudgeSetup judge(String baseUrl) throws Exception {
        Path p = dir.resolve("c.json");
        Files.writeString(p, """
                {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": "alpha", "server": "local", "model": "alpha"}],
                 "judges": [{"name": "j-big", "server": "local", "model": "judge:70b"}]}""".formatted(baseUrl));
        Config config = new ConfigLoader(Protocols.CATALOG).load(p);
        return JudgeSetup.of(config);
    }

    private AppDriver answered(FakeOllama ollama, JudgeSetup judge) throws Exception {
        AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30, Keymap.defaults(),
                false, s -> s.llmJudge = judge);
        d.type("How do I tell my boss I'm burnt out?").press(KeyType.Enter);
        d.until(s -> s.contains("idle") && s.split("✓ done", -1).length - 1 == 2, "every reply");
        d.press(KeyType.Escape);
        return d;
    }

    /** Scores 4 for alpha's reply and 2 for beta's on every criterion; prefers alpha's reply in either order. */
    private static String judging(JsonNode r) {
        if (FakeJudge.isPair(r)) return "{\"winner\": \"" + (FakeJudge.between(r, "reply_a").startsWith("Be honest") ? "A" : "B") + "\"}";
        return "{\"score\": " + (FakeJudge.between(r, "reply").startsWith("Be honest") ? 4 : 2) + ", \"reason\": \"ok\"}";
    }

    @Test
    void jAsksTheJudgeAboutTheTurnAndItsScoresShowApartFromYours() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Be honest and specific.").answer("beta", "Take a day off.");
             FakeJudge server = new FakeJudge(LlmJudgeAppTest::judging);
             AppDriver d = answered(ollama, judge(server.baseUrl()))) {
            d.type("J");
            String screen = d.untilShows("has answered (j: in the footers");
            assertTrue(screen.contains("j:4 4 4 4 4 4 4"), screen);
            assertTrue(screen.contains("j:2 2 2 2 2 2 2"), screen);
            assertFalse(screen.contains("★"), "the judge's scores are not yours: " + screen);
            JsonNode t = d.transcriptJson();
            assertEquals(7 * 2 + 1, t.at("/turns/0/judgements").size(), "seven criteria for each reply, and the pair");
            assertTrue(t.at("/turns/0/replies/0/scores").isMissingNode(), "no score of the person's");
            assertTrue(t.at("/turns/0/votes").isMissingNode(), "no vote of the person's");
            assertEquals("alpha", t.at("/turns/0/judgements/14/winner").asText());
            // the judge's part of the footer is drawn in its own style
            String[] lines = screen.split("\n");
            int row = -1;
            int col = -1;
            for (int i = 0; i < lines.length && row < 0; i++) {
                if (lines[i].contains("j:4")) {
                    row = i;
                    col = lines[i].indexOf("j:4");
                }
            }
            assertTrue(d.vt.getCharacter(col, row).getModifiers().contains(SGR.ITALIC), "j: is italic");
            assertFalse(d.vt.getCharacter(2, row).getModifiers().contains(SGR.ITALIC), "the rest of the footer is not");

            d.type("5");
            screen = d.untilShows("★5 · · · · · ·");
            assertTrue(screen.contains("j:4 4 4 4 4 4 4"), "both, side by side: " + screen);
            int asked = server.requests.size();
            d.type("J");
            d.untilShows("has answered everything about this turn already");
            assertEquals(asked, server.requests.size(), "nothing asked twice");
        }
    }

    @Test
    void aJudgeThatFailsSaysSoAndRecordsNothing() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Be honest.").answer("beta", "Rest.");
             FakeJudge server = new FakeJudge(r -> null);
             AppDriver d = answered(ollama, judge(server.baseUrl()))) {
            d.type("J");
            d.untilShows("could not answer: the judge fell over");
            assertEquals(1, server.requests.size(), "the round ends at the first failure");
            assertTrue(d.transcriptJson().at("/turns/0/judgements").isMissingNode());
        }
    }

    @Test
    void withNoJudgeConfiguredJSaysHowToAddOne() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Be honest.").answer("beta", "Rest.");
             AppDriver d = answered(ollama, null)) {
            d.type("J");
            d.untilShows("no LLM judge in the config");
        }
    }
}
