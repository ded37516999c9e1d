package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.CommandRun;

class ModelsCommandTest {
    @TempDir
    Path work;

    @Test
    void listsEachServersModelsMarksContestantsAndReportsTheUnreachable() throws Exception {
        try (MockWebServer ollama = new MockWebServer(); MockWebServer vllm = new MockWebServer()) {
            ollama.enqueue(new MockResponse().setBody("""
                    {"models":[{"name":"llama3:8b","model":"llama3:8b","size":4661224676,
                      "details":{"family":"llama","parameter_size":"8.0B","quantization_level":"Q4_0"}},
                      {"name":"mistral:latest","size":4109865159,"details":{}}]}"""));
            ollama.enqueue(new MockResponse().setBody("{\"models\":[]}")); // /api/ps: nothing loaded
            vllm.enqueue(new MockResponse().setBody("{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen2.5-7B\",\"object\":\"model\"}]}"));
            String down = "http://127.0.0.1:9"; // discard port: nothing listens
            Files.writeString(work.resolve("c.json"), """
                    {"servers": {
                       "local": {"protocol": "ollama", "baseUrl": "%s"},
                       "vllm": {"protocol": "openai", "baseUrl": "%s"},
                       "gone": {"protocol": "ollama", "baseUrl": "%s"},
                       "cloud": {"protocol": "openai", "apiKeyEnv": "UNSET_KEY_FOR_TEST"}},
                     "models": [
                       {"name": "llama", "server": "local", "model": "llama3:8b"},
                       {"name": "mixtral", "server": "local", "model": "mixtral:8x7b"},
                       {"name": "qwen", "server": "vllm", "model": "Qwen/Qwen2.5-7B"}]}
                    """.formatted(ollama.url("/").toString().replaceAll("/$", ""), vllm.url("/v1"), down));
            CommandRun r = CommandRun.run(work, Map.of(), "", "models", "--config", "c.json");
            assertEquals(1, r.exit, r.toString());
            assertTrue(r.out.contains("  * llama3:8b  (4.7 GB, 8.0B, llama, Q4_0)  ← contestant llama\n"), r.out);
            assertTrue(r.out.contains("    mistral:latest  (4.1 GB)\n"), r.out);
            assertTrue(r.out.contains("  ! contestant mixtral wants mixtral:8x7b, which this server does not list — `ollama pull mixtral:8x7b`"), r.out);
            assertTrue(r.out.contains("  * Qwen/Qwen2.5-7B  ← contestant qwen\n"), r.out);
            assertTrue(r.out.matches("(?s).*gone \\(ollama, http://127.0.0.1:9\\): cannot reach .* — is Ollama running\\? .*"), r.out);
            assertTrue(r.out.contains("cloud (openai, https://api.openai.com/v1): skipped: $UNSET_KEY_FOR_TEST is not set"), r.out);
            assertEquals("/api/tags", ollama.takeRequest().getPath());
            assertEquals("/v1/models", vllm.takeRequest().getPath());
        }
    }
}
