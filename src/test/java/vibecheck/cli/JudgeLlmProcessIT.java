package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;
import vibecheck.support.JarProcess;
import vibecheck.support.RawServer;

/** The real jar judging a transcript, stopped by SIGTERM while the judge is still answering. */
class JudgeLlmProcessIT {
    @TempDir
    Path work;

    @Test
    void sigtermLeavesTheTranscriptWholeWithWhatWasJudged() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (RawServer server = new RawServer((srv, out) -> {
            if (requests.incrementAndGet() == 1) {
                srv.write(out, "{\"message\":{\"content\":\"{\\\"score\\\": 4}\"},\"done\":false}\n{\"done\":true,\"done_reason\":\"stop\"}\n");
                return;
            }
            long end = System.nanoTime() + 30_000_000_000L; // the second answer never ends
            while (System.nanoTime() < end) {
                srv.write(out, "{\"message\":{\"content\":\"hmm \"},\"done\":false}\n");
                Thread.sleep(5);
            }
        })) {
            Files.writeString(work.resolve("c.json"), """
                    {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                     "models": [{"name": "llama3-8b", "server": "local", "model": "llama3:8b"}],
                     "criteria": [{"key": "empathy", "label": "Empathy", "low": "cold", "high": "warm"}],
                     "judges": [{"name": "j", "server": "local", "model": "judge:70b"}]}
                    """.formatted(server.baseUrl()));
            Path t = work.resolve("t.json");
            Files.writeString(t, vibecheck.llmjudge.JudgeFixtureText.TRANSCRIPT);
            JarProcess p = JarProcess.start(work, "judge-llm", "t.json", "--config", "c.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && requests.get() < 2) Thread.sleep(50);
            assertEquals(2, requests.get(), "the second question is being answered");
            p.signal("TERM");
            assertEquals(130, p.waitFor(20), Files.readString(p.err));
            assertTrue(server.clientGone.await(5, TimeUnit.SECONDS), "the judge's connection is closed");
            JsonNode saved = Json.MAPPER.readTree(t.toFile());
            assertEquals(1, saved.at("/turns/0/judgements").size(), "the one answered, nothing half-written");
            assertEquals(4, saved.at("/turns/0/judgements/0/score").asInt());
            String err = Files.readString(p.err);
            assertTrue(err.contains("stopped by SIGTERM; what was judged is saved. Go on with: vibecheck judge-llm t.json --config c.json"), err);
            assertTrue(Files.list(work).noneMatch(f -> f.getFileName().toString().startsWith(".t.json")), "no lock or temporary file left");
        }
    }
}
