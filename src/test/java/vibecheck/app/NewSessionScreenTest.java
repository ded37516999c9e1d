package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Keymap;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/** A session started anew in the same process shows only its own conversation. */
class NewSessionScreenTest {
    @TempDir
    Path dir;

    @Test
    void theDemoStartedAfterASessionShowsNothingOfTheEarlierSession() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha answers the first.").answer("beta", "Beta answers the first.")
                     .answer("gamma", "Gamma answers the first.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta", "gamma"), Map.of(), 120, 30,
                     Keymap.defaults(), false)) {
            d.type("FIRST SESSION MESSAGE").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            d.until(s -> s.contains("Alpha answers the first.") && s.contains("idle"), "the first session's replies");
            d.type("m");
            d.until(s -> s.contains("No model server found"), "the picker");
            d.type("d");
            d.until(s -> s.contains("demo-formal"), "the demo");
            d.type("Should I learn Rust?").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            String screen = d.until(s -> s.split("✓ done", -1).length - 1 == 3 && s.contains("idle"), "three demo replies");
            assertTrue(screen.contains("Should I learn Rust?"), screen);
            assertFalse(screen.contains("FIRST SESSION MESSAGE"), "the earlier session's message under the new replies:\n" + screen);
            assertFalse(screen.contains("answers the first"), screen);
        }
    }
}
