package vibecheck.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void findsOllamaAndOpenAiCompatibleServersWithWhatIsLoaded() throws Exception {
        try (MockWebServer ollama = new MockWebServer(); MockWebServer vllm = new MockWebServer()) {
            ollama.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    if (r.getPath().equals("/api/tags")) {
                        return new MockResponse().setBody("{\"models\":[{\"name\":\"llama3:8b\",\"size\":4661224676,\"details\":{\"family\":\"llama\",\"parameter_size\":\"8.0B\"}},{\"name\":\"mixtral:8x7b\",\"size\":26000000000}]}");
                    }
                    if (r.getPath().equals("/api/ps")) {
                        return new MockResponse().setBody("{\"models\":[{\"name\":\"llama3:8b\",\"size\":6000000000,\"size_vram\":4500000000}]}");
                    }
                    return new MockResponse().setResponseCode(404);
                }
            });
            vllm.enqueue(new MockResponse().setBody("{\"data\":[{\"id\":\"Qwen/Qwen2.5-7B-Instruct\"}]}"));
            int dead = freePort();
            List<Probe> probes = List.of(
                    new Probe("ollama", "ollama", ollama.url("/").toString().replaceAll("/$", ""), null, "Ollama"),
                    new Probe("vllm", "openai", vllm.url("/v1").toString(), null, "vLLM"),
                    new Probe("llamacpp", "openai", "http://127.0.0.1:" + dead + "/v1", null, "llama.cpp server"));
            List<Found> found = Discovery.run(probes, Map.of());
            assertEquals(3, found.size());
            Found o = found.get(0);
            assertTrue(o.answered());
            assertEquals(List.of("llama3:8b", "mixtral:8x7b"), o.models().stream().map(m -> m.id()).toList());
            assertEquals(75, o.loaded().get("llama3:8b").gpuPercent());
            assertFalse(o.loaded().containsKey("mixtral:8x7b"));
            assertEquals("Qwen/Qwen2.5-7B-Instruct", found.get(1).models().get(0).id());
            assertEquals("nothing listening", found.get(2).problem());
        }
    }

    @Test
    void whenNothingAnswersTheWholeLookTakesWellUnderASecond() throws Exception {
        try (MockWebServer hung = new MockWebServer()) {
            for (int i = 0; i < 3; i++) hung.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            List<Probe> probes = List.of(
                    new Probe("hung1", "openai", hung.url("/v1").toString(), null, "hung 1"),
                    new Probe("hung2", "openai", hung.url("/v1").toString(), null, "hung 2"),
                    new Probe("a", "ollama", "http://127.0.0.1:" + freePort(), null, "A"),
                    new Probe("b", "openai", "http://127.0.0.1:" + freePort() + "/v1", null, "B"),
                    new Probe("c", "openai", "http://127.0.0.1:" + freePort() + "/v1", null, "C"),
                    new Probe("hung", "openai", hung.url("/v1").toString(), null, "hung"));
            long start = System.nanoTime();
            List<Found> found = Discovery.run(probes, Map.of());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(found.stream().noneMatch(Found::answered));
            assertTrue(found.get(5).problem().startsWith("no answer within"), found.get(5).problem());
            assertTrue(ms < 1500, "took " + ms + " ms"); // the deadline is 800 ms; the margin is for a loaded machine
        }
    }

    @Test
    void theUsualPlacesAndTheEnvironment() {
        List<Probe> plain = Probe.defaults(Map.of());
        assertEquals(List.of("http://localhost:11434", "http://localhost:8080/v1", "http://localhost:8000/v1",
                "http://localhost:1234/v1", "http://localhost:30000/v1", "http://localhost:3000/v1"),
                plain.stream().map(Probe::baseUrl).toList());
        assertEquals("http://gpu-box:11434", Probe.defaults(Map.of("OLLAMA_HOST", "gpu-box")).get(0).baseUrl());
        assertEquals("http://localhost:9999", Probe.defaults(Map.of("OLLAMA_HOST", "0.0.0.0:9999")).get(0).baseUrl());
        assertEquals("https://ollama.example:443", Probe.defaults(Map.of("OLLAMA_HOST", "https://ollama.example:443/")).get(0).baseUrl());
        List<Probe> keyed = Probe.defaults(Map.of("OPENAI_API_KEY", "sk", "ANTHROPIC_API_KEY", "ak"));
        assertTrue(keyed.stream().anyMatch(p -> p.baseUrl().equals("https://api.openai.com/v1") && "OPENAI_API_KEY".equals(p.apiKeyEnv())));
        assertTrue(keyed.stream().anyMatch(p -> p.type().equals("anthropic")));
        assertTrue(Probe.defaults(Map.of("OPENAI_BASE_URL", "http://10.0.0.5:8000/v1/")).stream()
                .anyMatch(p -> p.baseUrl().equals("http://10.0.0.5:8000/v1")));
    }
}
