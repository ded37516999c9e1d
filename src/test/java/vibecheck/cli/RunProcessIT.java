package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;
import vibecheck.support.JarProcess;
import vibecheck.support.RawServer;

/** The real jar running a suite against a server that streams until the run is stopped. */
class RunProcessIT {
    @TempDir
    Path work;

    @Test
    void aRunKilledMidStreamResumesSendingOnlyWhatIsMissing() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        try (RawServer server = new RawServer((srv, out) -> {
            if (requests.incrementAndGet() == 1) { // the first reply streams until the process is killed
                while (true) {
                    srv.write(out, "{\"message\":{\"content\":\"tok \"},\"done\":false}\n");
                    Thread.sleep(5);
                }
            }
            srv.write(out, "{\"message\":{\"content\":\"Whole answer.\"},\"done\":false}\n{\"done\":true,\"done_reason\":\"stop\"}\n");
        })) {
            Files.writeString(work.resolve("c.json"), """
                    {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                     "models": [{"name": "dripper", "server": "local", "model": "llama3:8b"}]}
                    """.formatted(server.baseUrl()));
            Files.writeString(work.resolve("s.txt"), "first\n---\nsecond\n");
            JarProcess p = JarProcess.start(work, "run", "s.txt", "--config", "c.json", "--out", "out");
            Path first = work.resolve("out/001-1.none.r1.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && !(Files.exists(first) && Files.readString(first).contains("tok tok"))) Thread.sleep(50);
            p.signal("KILL");
            p.waitFor(10);
            assertEquals("streaming", Json.MAPPER.readTree(first.toFile()).at("/turns/0/replies/0/state").asText());

            var resumed = vibecheck.support.CommandRun.run(work, java.util.Map.of(), "", "run", "s.txt", "--config", "c.json", "--out", "out");
            assertEquals(0, resumed.exit, resumed.toString());
            assertEquals(3, requests.get(), "the cut-off reply once more, then the item never reached; nothing else");
            JsonNode t = Json.MAPPER.readTree(first.toFile());
            assertEquals("Whole answer.", t.at("/turns/0/replies/0/text").asText());
            assertTrue(t.at("/turns/0/regenerated/0/text").asText().startsWith("tok tok"), "the partial reply stays on record");
            assertEquals("finished", Json.MAPPER.readTree(work.resolve("out/002-2.none.r1.json").toFile()).at("/turns/0/replies/0/state").asText());

            var again = vibecheck.support.CommandRun.run(work, java.util.Map.of(), "", "run", "s.txt", "--config", "c.json", "--out", "out");
            assertEquals(0, again.exit);
            assertEquals(3, requests.get(), "a finished run sends nothing");
        }
    }

    @Test
    void sigtermStopsTheRunSavesWhatArrivedAndStartsNothingMore() throws Exception {
        try (RawServer server = RawServer.dripping()) {
            Files.writeString(work.resolve("c.json"), """
                    {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                     "models": [{"name": "dripper", "server": "local", "model": "llama3:8b"}]}
                    """.formatted(server.baseUrl()));
            Files.writeString(work.resolve("s.txt"), "count forever\n---\nnever asked\n");
            JarProcess p = JarProcess.start(work, "run", "s.txt", "--config", "c.json", "--out", "out");
            Path first = work.resolve("out/001-1.none.r1.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && !(Files.exists(first) && Files.readString(first).contains("tok tok"))) Thread.sleep(50);
            assertTrue(Files.exists(first), "the first conversation is saved while it streams");
            p.signal("TERM");
            assertEquals(130, p.waitFor(20), Files.readString(p.err));
            assertTrue(server.clientGone.await(5, TimeUnit.SECONDS), "the server saw the connection close");
            JsonNode reply = Json.MAPPER.readTree(first.toFile()).at("/turns/0/replies/0");
            assertEquals("cancelled", reply.get("state").asText());
            assertTrue(reply.get("text").asText().startsWith("tok tok"), reply.toString());
            assertFalse(Files.exists(work.resolve("out/002-2.none.r1.json")), "nothing after the stop");
            String err = Files.readString(p.err);
            assertTrue(err.contains("stopped by SIGTERM; what finished is saved. Go on with: vibecheck run s.txt --config c.json --out out"), err);
            String out = Files.readString(p.out);
            assertTrue(out.contains("dripper  0 finished, 0 failed, 2 not done"), "the one cut short and the one never sent:\n" + out);
            assertTrue(reply.at("/metrics/ttftMs").isNumber(), "what was measured is kept: " + reply);
        }
    }
}
