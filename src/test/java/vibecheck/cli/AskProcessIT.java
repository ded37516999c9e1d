package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;
import vibecheck.support.JarProcess;
import vibecheck.support.RawServer;

/** The real jar against a server that streams until told to stop. */
class AskProcessIT {
    @TempDir
    Path work;

    private Path configFor(String baseUrl) throws Exception {
        return Files.writeString(work.resolve("c.json"), """
                {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": "dripper", "server": "local", "model": "llama3:8b"}]}
                """.formatted(baseUrl));
    }

    private Path transcriptWhenWritten() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Path dir = work.resolve("t");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    var found = files.filter(p -> p.toString().endsWith(".json")).findFirst();
                    if (found.isPresent()) return found.get();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no transcript appeared");
    }

    @Test
    void ctrlCCancelsTheStreamSavesWhatArrivedAndExits130() throws Exception {
        try (RawServer server = RawServer.dripping()) {
            configFor(server.baseUrl());
            JarProcess p = JarProcess.start(work, "ask", "--config", "c.json", "--transcripts", "t", "count forever");
            transcriptWhenWritten();
            while (server.linesWritten.get() < 40 && p.process.isAlive()) Thread.sleep(20);
            p.signal("INT");
            assertEquals(130, p.waitFor(20), Files.readString(p.err));
            assertTrue(server.clientGone.await(5, TimeUnit.SECONDS), "the server saw the connection close");
            JsonNode reply = Json.MAPPER.readTree(transcriptWhenWritten().toFile()).at("/turns/0/replies/0");
            assertEquals("cancelled", reply.get("state").asText());
            assertTrue(reply.get("text").asText().startsWith("tok tok tok"), reply.toString());
            String out = Files.readString(p.out);
            assertTrue(out.contains("dripper  cancelled"), out);
            assertTrue(Files.readString(p.err).contains("transcript: "), Files.readString(p.err));
        }
    }

    @Test
    void sigtermStopsLikeCtrlCSavesTheCancelledReplyWithTheReasonAndPrintsThePath() throws Exception {
        try (RawServer server = RawServer.dripping()) {
            configFor(server.baseUrl());
            JarProcess p = JarProcess.start(work, "ask", "--config", "c.json", "--transcripts", "t", "count forever");
            transcriptWhenWritten();
            while (server.linesWritten.get() < 40 && p.process.isAlive()) Thread.sleep(20);
            p.signal("TERM");
            assertEquals(143, p.waitFor(20), Files.readString(p.err));
            Path file = transcriptWhenWritten();
            JsonNode reply = Json.MAPPER.readTree(file.toFile()).at("/turns/0/replies/0");
            assertEquals("cancelled", reply.get("state").asText());
            assertEquals("stopped by SIGTERM before it finished", reply.get("error").asText());
            assertTrue(reply.get("text").asText().startsWith("tok tok tok"), reply.toString());
            assertTrue(Files.readString(p.out).contains("dripper  cancelled"), Files.readString(p.out));
            assertTrue(Files.readString(p.err).contains("transcript: " + work.resolve("t").resolve(file.getFileName())), Files.readString(p.err));
            try (Stream<Path> left = Files.list(work.resolve("t"))) {
                assertEquals(java.util.List.of(file.getFileName().toString()), left.map(f -> f.getFileName().toString()).toList(),
                        "no temporary or lock file is left");
            }
        }
    }

    @Test
    void aKilledProcessLeavesACompleteTranscriptWithThePartialReply() throws Exception {
        try (RawServer server = RawServer.dripping()) {
            configFor(server.baseUrl());
            JarProcess p = JarProcess.start(work, "ask", "--config", "c.json", "--transcripts", "t", "count forever");
            Path file = transcriptWhenWritten();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.readString(file).contains("tok tok") && System.nanoTime() < deadline) Thread.sleep(100);
            p.signal("KILL");
            p.waitFor(10);
            JsonNode t = Json.MAPPER.readTree(file.toFile()); // parses: the file on disk is complete
            JsonNode reply = t.at("/turns/0/replies/0");
            assertEquals("streaming", reply.get("state").asText(), "the last saved state, mid-stream");
            assertTrue(reply.get("text").asText().startsWith("tok tok"), reply.toString());
        }
    }
}
