package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.Config;
import vibecheck.config.Criterion;
import vibecheck.config.Defaults;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.keys.Keymap;
import vibecheck.protocol.Json;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.support.AppDriver;
import vibecheck.support.UiFixture;
import vibecheck.transcript.TranscriptStore;

/** o lists the transcripts folder, newest first, filtered by typing, and opens one in place as review does. */
class PastSessionsAppTest {
    @TempDir
    Path dir;

    private Path saved(String id, String started, String message, boolean scored, String... names) throws Exception {
        var clock = java.time.Clock.fixed(java.time.Instant.parse(started), java.time.ZoneOffset.UTC);
        Session session = new Session(UiFixture.contestants("http://127.0.0.1:9", names), "vibecheck test", clock, id);
        UiState s = new UiState(session, UiFixture.PROMPTS, 0, Keymap.defaults(), null, 0.2);
        UiFixture.type(s, message);
        UiFixture.key(s, "Enter");
        for (int i = 1; i <= names.length; i++) {
            UiFixture.text(s, "r" + i, "answer " + i);
            UiFixture.event(s, new ReplyEvent.Ended("r" + i, ReplyState.FINISHED, "stop", null, null, vibecheck.stream.Metrics.NONE));
        }
        UiFixture.key(s, "Esc");
        if (scored) UiFixture.key(s, "4");
        Path file = dir.resolve(started.substring(0, 19).replace(':', '-') + "_" + id + ".json");
        TranscriptStore.save(file, session.transcript());
        return file;
    }

    @Test
    void theListIsNewestFirstFilteredByTypingAndOpensASessionThatSavesBackIntoItsFile() throws Exception {
        Path older = saved("old111", "2026-11-20T10:00:00Z", "I failed my driving test", true, "llama3-8b", "mixtral");
        saved("new222", "2026-11-25T09:30:00Z", "Plan a birthday party", false, "qwen2", "gemma2");
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        try (AppDriver d = new AppDriver(dir, UiFixture.contestants("http://127.0.0.1:9", "alpha"), Map.of(), 120, 30)) {
            var io = new vibecheck.cli.Io(Map.of(), dir, dir.resolve("home"), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), true);
            Config config = new Config(dir, Map.of(), List.of(), Defaults.standard(), UiFixture.PROMPTS, Criterion.DEFAULTS, Keymap.defaults());
            d.app.sessionOpener(vibecheck.cli.SessionOpener.of(config, io));
            d.press(KeyType.Escape).type("o");
            String list = d.untilShows("Past sessions (2)");
            assertTrue(list.indexOf("Plan a birthday party") < list.indexOf("I failed my driving test"), "newest first:\n" + list);
            assertTrue(list.contains("2026-11-20 10:00  llama3-8b, mixtral  1 turn  1/14 scored"), list);
            assertTrue(list.contains("1 file(s) in the folder are not readable transcripts"), list);
            d.type("zzq");
            assertTrue(d.screen().contains("no session matches"), d.screen());
            d.press(KeyType.Backspace).press(KeyType.Backspace).press(KeyType.Backspace).type("mixtral driv");
            String filtered = d.screen();
            assertFalse(filtered.contains("birthday"), filtered);
            d.press(KeyType.Enter);
            String open = d.untilShows("opened " + older.getFileName());
            assertTrue(open.contains("I failed my driving test") && open.contains("llama3-8b"), open);
            assertFalse(open.contains("Past sessions"), open);
            d.type("]").type("5");
            JsonNode t = Json.MAPPER.readTree(older.toFile());
            assertEquals(2, t.at("/turns/0/replies/0/scores").size(), "scored into the file it came from: " + t);
            assertFalse(Files.exists(dir.resolve("session.json")), "nothing was written for the empty session");
        }
    }

    @Test
    void escClosesTheListAndLettersInItAreNeverCommands() throws Exception {
        saved("old111", "2026-11-20T10:00:00Z", "hello", false, "a");
        try (AppDriver d = new AppDriver(dir, UiFixture.contestants("http://127.0.0.1:9", "alpha"), Map.of(), 120, 30)) {
            d.press(KeyType.Escape).type("o");
            d.untilShows("Past sessions (1)");
            d.type("q").type("e");
            assertFalse(d.exited(), "q filtered, it did not quit");
            assertTrue(d.screen().contains("filter: qe"), d.screen());
            d.press(KeyType.Escape);
            assertFalse(d.screen().contains("Past sessions"), d.screen());
        }
    }
}
