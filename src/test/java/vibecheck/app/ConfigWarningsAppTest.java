package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Keymap;
import vibecheck.support.AppDriver;
import vibecheck.support.UiFixture;

/** The config's warnings are on the first screen until looked at, not only after quitting. */
class ConfigWarningsAppTest {
    @TempDir
    Path dir;

    @Test
    void aMisspelledKeyIsCountedOnTheStatusLineAndListedInFullUntilLookedAt() throws Exception {
        Path config = dir.resolve("c.json");
        Files.writeString(config, "{\"servers\": {\"o\": {\"protocol\": \"ollama\"}},"
                + " \"models\": [{\"name\": \"a\", \"server\": \"o\", \"model\": \"m\", \"temprature\": 0.9}]}");
        var loader = new vibecheck.config.ConfigLoader(vibecheck.protocol.Protocols.CATALOG);
        loader.load(config);
        List<String> warnings = new ArrayList<>(loader.warnings());
        assertTrue(warnings.size() == 1 && warnings.get(0).contains("temprature"), warnings.toString());
        try (AppDriver d = new AppDriver(dir, UiFixture.contestants("http://127.0.0.1:9", "a"), Map.of(), 80, 24, Keymap.defaults(),
                false, s -> s.configWarnings = warnings)) {
            assertTrue(d.screen().contains("⚠ 1 config warning: Esc, then W shows it"), d.screen());
            d.type("hi W");
            assertTrue(d.screen().contains("⚠ 1 config warning"), "typing does not dismiss it:\n" + d.screen());
            d.press(KeyType.Escape).type("W");
            String box = d.screen();
            assertTrue(box.contains("Config warning (any key closes)"), box);
            assertTrue(box.contains("temprature"), box);
            d.type("x");
            assertFalse(d.screen().contains("config warning"), "looked at, so no longer counted:\n" + d.screen());
        }
    }
}
