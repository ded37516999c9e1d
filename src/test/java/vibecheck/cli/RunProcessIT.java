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
import vibecheck.provider.Json;
import vibecheck.support.JarProcess;
import vibecheck.support.RawServer;

/** The real jar running a suite against a server that streams until the run is stopped. */
class RunProcessIT {
    @TempDir
    Path work;

    @Test
    void sigtermStopsTheRunSavesWhatArrivedAndStartsNothingMore() throws Exception {
        try (RawServer server = RawServer.dripping()) {
            Files.writeString(work.resolve("c.json"), """
                    {"providers": {"local": {"type": "ollama", "baseUrl": "%s"}},
                     "models": [{"name": "dripper", "provider": "local", "model": "llama3:8b"}]}
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
        }
    }
}
