package vibecheck.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.SystemPrompt;
import vibecheck.core.Session;
import vibecheck.protocol.Json;
import vibecheck.stream.Contestant;
import vibecheck.stream.HttpClients;
import vibecheck.stream.ReplyState;
import vibecheck.support.FakeOllama;
import vibecheck.support.Harness;

class StreamRunnerTest {
    @TempDir
    Path dir;
    private final PrintStream err = new PrintStream(new ByteArrayOutputStream());

    @Test
    void runsRepliesToTheEndAndLeavesThemSaved() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("model-a", "Hello there").answer("model-b", "Hi");
             StreamRunner runner = new StreamRunner(HttpClients.create(false, Duration.ofSeconds(2), Duration.ofSeconds(30)), Duration.ofSeconds(30))) {
            List<Contestant> cs = List.of(Harness.contestant("a", "ollama", ollama.baseUrl(), null, null),
                    Harness.contestant("b", "ollama", ollama.baseUrl(), null, null));
            Session s = new Session(cs, "test", Clock.systemUTC());
            SessionFile file = new SessionFile(s, dir.resolve("t.json"), err);
            runner.start(s, s.addTurn("hi", SystemPrompt.NONE, null), false);
            int[] progress = {0};
            runner.await(file, () -> progress[0]++);
            assertTrue(progress[0] > 0);
            JsonNode saved = Json.MAPPER.readTree(file.path().toFile());
            assertEquals("finished", saved.at("/turns/0/replies/0/state").asText());
            assertEquals("Hello there (turn 1)", saved.at("/turns/0/replies/0/text").asText());
            assertEquals("finished", saved.at("/turns/0/replies/1/state").asText());
        }
    }

    @Test
    void afterStopNothingIsSentAndTheRepliesSayWhy() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("model-a", "Hello");
             StreamRunner runner = new StreamRunner(HttpClients.create(false, Duration.ofSeconds(2), Duration.ofSeconds(30)), Duration.ofSeconds(30))) {
            Session s = new Session(List.of(Harness.contestant("a", "ollama", ollama.baseUrl(), null, null)), "test", Clock.systemUTC());
            runner.stop("stopped by SIGTERM");
            runner.start(s, s.addTurn("hi", SystemPrompt.NONE, null), false);
            runner.await(new SessionFile(s, dir.resolve("t.json"), err), () -> { });
            var r = s.turns().get(0).replies().get(0);
            assertEquals(ReplyState.CANCELLED, r.state());
            assertEquals("not sent: stopped by SIGTERM", r.error());
            assertEquals(0, ollama.server.getRequestCount());
        }
    }

    @Test
    void aReplyStoppedMidStreamKeepsItsReasonItsTextAndWhatWasMeasured() throws Exception {
        try (vibecheck.support.RawServer drip = vibecheck.support.RawServer.dripping();
             StreamRunner runner = new StreamRunner(HttpClients.create(false, Duration.ofSeconds(2), Duration.ofSeconds(30)), Duration.ofSeconds(30))) {
            Session s = new Session(List.of(Harness.contestant("a", "ollama", drip.baseUrl(), null, null)), "test", Clock.systemUTC());
            runner.start(s, s.addTurn("hi", SystemPrompt.NONE, null), false);
            Thread stopper = new Thread(() -> {
                while (drip.linesWritten.get() < 20) Thread.onSpinWait();
                runner.stop("stopped by SIGINT");
            });
            stopper.start();
            SessionFile file = new SessionFile(s, dir.resolve("t.json"), err);
            runner.await(file, () -> { });
            stopper.join();
            var r = s.turns().get(0).replies().get(0);
            assertEquals(ReplyState.CANCELLED, r.state());
            assertEquals("stopped by SIGINT", r.error());
            assertTrue(r.text().startsWith("tok tok"), r.text());
            assertTrue(r.metrics().ttftMs() != null, "the time to the first token was measured: " + r.metrics());
            JsonNode saved = Json.MAPPER.readTree(file.path().toFile());
            assertTrue(saved.at("/turns/0/replies/0/metrics/ttftMs").isNumber(), saved.toPrettyString());
        }
    }
}
