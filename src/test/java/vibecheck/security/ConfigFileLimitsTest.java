package vibecheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.CommandRun;

/** A config too large to be one, and one that cannot be reached, are each refused with what is wrong. */
class ConfigFileLimitsTest {
    @TempDir
    Path work;

    @Test
    void malformedJsonIsNamedWithoutTheParsersInternals() throws Exception {
        Files.writeString(work.resolve("broken.json"), "{\"servers\": {\"o\": {\"protocol\": \"ollama\"}},\n \"models\": [1, ]\n");
        CommandRun r = CommandRun.run(work, Map.of(), "", "ask", "--config", "broken.json", "hi");
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.startsWith("error: broken.json:3:1: malformed JSON: "), r.err);
        assertTrue(!r.err.contains("Source:") && !r.err.contains("REDACTED") && !r.err.contains("Feature"), r.err);
    }

    @Test
    void aConfigOverOneMebibyteIsRefused() throws Exception {
        StringBuilder big = new StringBuilder("{\"servers\": {\"o\": {\"protocol\": \"ollama\"}}, \"models\": [{\"name\": \"m\", \"server\": \"o\", \"model\": \"x\"}], \"pad\": \"");
        big.append("x".repeat(1100 * 1024)).append("\"}");
        Files.writeString(work.resolve("big.json"), big);
        CommandRun r = CommandRun.run(work, Map.of(), "", "ask", "--config", "big.json", "hi");
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("big.json: config file is larger than 1 MiB"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
    }

    @Test
    void aConfigWhoseFolderCannotBeEnteredSaysCannotReadNotNotFound() throws Exception {
        // a folder on the way that is really a file: the OS refuses to go through it (as it does for a folder
        // without permission, which root, who runs CI, would pass through)
        Files.writeString(work.resolve("notafolder"), "x");
        CommandRun r = CommandRun.run(work, Map.of(), "", "ask", "--config", "notafolder/vibecheck.json", "hi");
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("cannot read config file"), r.err);
        assertTrue(r.err.contains("Not a directory"), r.err);
        CommandRun missing = CommandRun.run(work, Map.of(), "", "ask", "--config", "nothere/vibecheck.json", "hi");
        assertTrue(missing.err.contains("config file not found"), missing.err);
    }

    @Test
    void aDefaultConfigPlaceThatCannotBeReachedIsNotMistakenForNoConfig() throws Exception {
        Files.writeString(work.resolve("config"), "a file where the config folder should be");
        CommandRun r = CommandRun.run(work, Map.of(), "", "models");
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("config/vibecheck.json: cannot read config file: Not a directory"), r.err);
    }
}
