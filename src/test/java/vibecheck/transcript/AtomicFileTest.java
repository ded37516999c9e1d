package vibecheck.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        Path file = dir.resolve("t.json");
        AtomicFile.write(file, "{\"n\":0}".getBytes(StandardCharsets.UTF_8));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> broken = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    JsonNode n = Json.MAPPER.readTree(Files.readAllBytes(file));
                    if (n == null || !n.has("n")) broken.set("incomplete: " + n);
                    reads.incrementAndGet();
                } catch (NoSuchFileException e) {
                    broken.set("the file vanished during a rewrite");
                } catch (Exception e) {
                    broken.set(e.toString());
                }
            }
        });
        reader.start();
        String padding = "x".repeat(200_000);
        for (int i = 1; i <= 60; i++) {
            AtomicFile.write(file, ("{\"pad\":\"" + padding + "\",\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        stop.set(true);
        reader.join();
        assertEquals(null, broken.get());
        assertTrue(reads.get() > 0);
        assertEquals(60, Json.MAPPER.readTree(file.toFile()).get("n").asInt());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void storeRefusesAFileWhereTheFolderShouldBe() throws Exception {
        Path notDir = Files.writeString(dir.resolve("transcripts"), "");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> new TranscriptStore(notDir).prepare());
        assertTrue(e.getMessage().contains("exists and is not a folder"), e.getMessage());
        assertFalse(Files.isDirectory(notDir));
    }
}
