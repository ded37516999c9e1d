package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.Config;
import vibecheck.config.ConfigLoader;
import vibecheck.config.ModelConfig;
import vibecheck.core.Picker;
import vibecheck.core.UiState;
import vibecheck.discovery.Discovery;
import vibecheck.discovery.Probe;
import vibecheck.keys.Keymap;
import vibecheck.keys.Mode;
import vibecheck.protocol.Protocols;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;

/** Starting with no config: the picker, writing the config, the demo, one-after-another replies. */
class PickerAppTest {
    @TempDir
    Path dir;

    private AppDriver openPicker(List<Probe> probes) throws Exception {
        return new AppDriver(dir, List.of(), Map.of(), 120, 32, Keymap.defaults(), false, s -> {
            s.probes = probes;
            s.picker = new Picker(Discovery.run(probes, Map.of()), List.of());
            s.overlay = UiState.Overlay.PICKER;
            s.mode = Mode.PICKER;
        });
    }

    @Test
    void pickTwoModelsWriteTheConfigAndStart() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("llama3:8b", "Small says hi.").answer("mixtral:8x7b", "Mixtral says hi.")) {
            ollama.server.setDispatcher(tagsThen(ollama));
            List<Probe> probes = List.of(new Probe("ollama", "ollama", ollama.baseUrl(), null, "Ollama"),
                    new Probe("vllm", "openai", "http://127.0.0.1:9/v1", null, "vLLM"));
            try (AppDriver d = openPicker(probes)) {
                String picker = d.screen();
                assertTrue(picker.contains("[ ] llama3:8b") && picker.contains("[ ] mixtral:8x7b"), picker);
                assertTrue(picker.contains("4.7 GB · 8.0B · llama"), picker);
                assertTrue(picker.contains("not found: vLLM"), picker);
                d.press(KeyType.Enter);
                assertTrue(d.screen().contains("choose at least one model"), d.screen());
                d.type(" ").press(KeyType.ArrowDown).type(" ");
                assertTrue(d.screen().contains("Space chooses (2/6)"), d.screen());
                d.type("w");
                Path written = Files.writeString(dir.resolve("written.json"), d.writtenConfig.get());
                Config config = new ConfigLoader(Protocols.CATALOG).load(written);
                assertEquals(List.of("llama3-8b", "mixtral-8x7b"), config.models().stream().map(ModelConfig::name).toList());
                assertEquals(ollama.baseUrl(), config.servers().get("ollama").baseUrl());
                assertEquals(7, config.criteria().size());
                d.press(KeyType.Enter);
                assertFalse(d.screen().contains("Models on this machine"), d.screen());
                d.type("hello").press(KeyType.Enter);
                String screen = d.until(s -> s.contains("Small says hi.") && s.contains("Mixtral says hi.") && s.contains("idle"), "both");
                assertTrue(screen.contains("┌─ llama3-8b ─"), screen);
                JsonNode t = d.currentTranscriptJson();
                assertEquals("llama3:8b", t.at("/turns/0/replies/0/model").asText());
            }
        }
    }

    /** The fake answers chats by model; the picker also needs its model list. */
    private static okhttp3.mockwebserver.Dispatcher tagsThen(FakeOllama ollama) {
        var chats = ollama.server.getDispatcher();
        return new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest r) throws InterruptedException {
                if ("/api/tags".equals(r.getPath())) {
                    return new okhttp3.mockwebserver.MockResponse().setBody("{\"models\":[{\"name\":\"llama3:8b\",\"size\":4661224676,"
                            + "\"details\":{\"family\":\"llama\",\"parameter_size\":\"8.0B\"}},{\"name\":\"mixtral:8x7b\",\"size\":26442481545}]}");
                }
                if ("/api/ps".equals(r.getPath())) return new okhttp3.mockwebserver.MockResponse().setBody("{\"models\":[]}");
                return chats.dispatch(r);
            }
        };
    }

    @Test
    void atEightyColumnsTheNothingFoundScreenWrapsItsAdviceInsteadOfCuttingIt() throws Exception {
        List<Probe> probes = List.of(new Probe("ollama", "ollama", "http://127.0.0.1:9", null, "Ollama"));
        try (AppDriver d = new AppDriver(dir, List.of(), Map.of(), 80, 24, Keymap.defaults(), false, s -> {
            s.probes = probes;
            s.picker = new Picker(Discovery.run(probes, Map.of()), List.of());
            s.overlay = UiState.Overlay.PICKER;
            s.mode = Mode.PICKER;
        })) {
            String screen = d.screen();
            assertTrue(screen.contains("ollama pull llama3:8b"), screen);
            assertTrue(screen.contains("OPENAI_BASE_URL."), screen);
            assertTrue(screen.contains("marked)"), "wrapped, not cut\n" + screen);
        }
    }

    @Test
    void nothingFoundOffersTheDemoWhichRunsAWholeScoredSession() throws Exception {
        try (AppDriver d = openPicker(List.of(new Probe("ollama", "ollama", "http://127.0.0.1:9", null, "Ollama")))) {
            String first = d.screen();
            assertTrue(first.contains("No model server found on this machine"), first);
            assertTrue(first.contains("Ollama at http://127.0.0.1:9: nothing listening"), first);
            assertTrue(first.contains("ollama serve"), first);
            d.press(KeyType.Escape);
            assertTrue(d.screen().contains("choose a model first"), "the demo is never started silently:\n" + d.screen());
            d.type("d");
            String demo = d.until(s -> s.contains("demo-formal"), "the demo");
            assertTrue(demo.contains("DEMO"), demo);
            d.type("Should I learn Rust?").press(KeyType.Enter).press(KeyType.Escape);
            d.until(s -> s.split("✓ done", -1).length - 1 == 3 && s.contains("idle"), "three demo replies");
            d.type("4").press(KeyType.Tab).type("2").type("v").type("e");
            JsonNode t = d.currentTranscriptJson();
            assertEquals("demo-formal", t.at("/turns/0/replies/0/contestant").asText());
            assertTrue(t.at("/turns/0/replies/2/reasoning").asText().length() > 10, "the thinker streams reasoning");
            assertEquals(4, t.at("/turns/0/replies/0/scores/0/value").asInt());
            assertEquals("demo-friendly", t.at("/turns/0/votes/0/winner").asText());
            Path md = dir.resolve("session-" + d.state().session.id() + ".md");
            assertTrue(Files.readString(md).contains("### demo-thinker"), Files.readString(md));
        }
    }

    @Test
    void sequentialModeAnswersOneAfterAnotherAndRecordsIt() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("a", "first").answer("b", "second").answer("c", "third");
             AppDriver d = new AppDriver(dir, vibecheck.support.UiFixture.contestants(ollama.baseUrl(), "a", "b", "c"), Map.of(),
                     120, 30)) {
            d.press(KeyType.Escape).type("p");
            assertTrue(d.screen().contains("one after another"), d.screen());
            d.type("i").type("go").press(KeyType.Enter);
            d.until(s -> s.contains("third (turn 1)") && s.contains("idle"), "all three");
            JsonNode replies = d.transcriptJson().at("/turns/0/replies");
            for (JsonNode r : replies) assertEquals("sequential", r.get("schedule").asText());
            assertTrue(d.screen().contains("one at a time"), d.screen());
        }
    }
}
