package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Keymap;
import vibecheck.stream.Contestant;
import vibecheck.support.AppDriver;
import vibecheck.support.UiFixture;

/** The first screen says which contestants cannot answer, before anything is sent. */
class FirstScreenTruthTest {
    @TempDir
    Path dir;

    private AppDriver checking(List<Contestant> cs) throws Exception {
        return new AppDriver(dir, cs, Map.of(), 80, 24, Keymap.defaults(), false, s -> s.checkServersAtStart = true);
    }

    @Test
    void aServerThatIsDownAndAModelThatIsNotPulledAreNamedBeforeSending() throws Exception {
        try (MockWebServer ollama = new MockWebServer()) {
            ollama.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    if ("/api/tags".equals(r.getPath())) return new MockResponse().setBody("{\"models\":[{\"name\":\"beta:latest\"}]}");
                    return new MockResponse().setBody("{\"models\":[]}");
                }
            });
            ollama.start();
            String base = ollama.url("/").toString().replaceAll("/$", "");
            List<Contestant> cs = new ArrayList<>(UiFixture.contestants("http://127.0.0.1:9", "dead"));
            cs.addAll(UiFixture.contestants(base, "llama3-70b", "beta"));
            try (AppDriver d = checking(cs)) {
                String s = d.until(x -> x.contains("not pulled: ollama pull llama3:70b"), "the check's answer");
                assertTrue(s.contains("not running: nothing answers at") && s.contains("│http://127.0.0.1:9"), s);
                assertTrue(s.contains("2 of 3 models cannot answer"), s);
                assertEquals(2, s.split("└─ ✗ not", -1).length - 1, s);
                assertTrue(s.contains("└─ ready"), "beta is served (as beta:latest):\n" + s);
            }
        }
    }

    @Test
    void ollamaOnItsUsualPortSaysToStartIt() {
        List<Contestant> cs = UiFixture.contestants("http://localhost:11434", "llama3");
        var found = List.of(new vibecheck.discovery.Found(new vibecheck.discovery.Probe("ollama", "ollama", "http://localhost:11434",
                null, "ollama"), List.of(), "nothing listening"));
        assertEquals(List.of("not running: ollama serve"), java.util.Arrays.asList(vibecheck.discovery.Readiness.of(cs, found).toArray()));
    }

    @Test
    void aSavedSessionsLineNamesWhoCannotAnswerSinceItsPanelsShowTheTurns() {
        var s = UiFixture.state("alpha", "beta");
        UiFixture.type(s, "hi");
        UiFixture.key(s, "Enter");
        vibecheck.core.Update.apply(s, new vibecheck.core.Msg.ServersChecked("abc123", java.util.Arrays.asList(null, "not pulled: ollama pull beta")));
        assertEquals("1 of 2 models cannot answer a new message (beta: not pulled: ollama pull beta)", s.status);
    }

    @Test
    void whileBlindAPanelsProblemDoesNotNameItsModel() {
        var s = new vibecheck.core.UiState(new vibecheck.core.Session(UiFixture.contestants("http://127.0.0.1:9", "llama3-70b", "beta"),
                "t", UiFixture.CLOCK, "x"), UiFixture.PROMPTS, 0, Keymap.defaults(), null, 0.2, vibecheck.config.Criterion.DEFAULTS,
                new vibecheck.core.Blind(2, vibecheck.config.BlindShuffle.SESSION, new java.util.Random(3), true));
        s.serverProblems = List.of("not pulled: ollama pull llama3:70b", "");
        String shown = s.serverProblem(0) + " " + s.serverProblem(1);
        assertTrue(shown.contains("not pulled: its server does not have this panel's model"), shown);
        assertFalse(shown.contains("llama3"), shown);
    }

    @Test
    void whenNoServerAnswersTheScreenOffersTheModelsHereAndTheDemo() throws Exception {
        try (AppDriver d = checking(UiFixture.contestants("http://127.0.0.1:9", "a", "b"))) {
            String s = d.until(x -> x.contains("no server answers"), "the offer");
            assertTrue(s.contains("› no server answers: Esc, then m picks models running here, d starts the demo"), s);
            d.press(KeyType.Escape).type("d");
            String demo = d.until(x -> x.contains("demo-formal"), "the demo");
            assertTrue(demo.contains("DEMO"), demo);
            assertFalse(demo.contains("no server answers"), demo);
        }
    }
}
