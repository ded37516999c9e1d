package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;
import vibecheck.support.CommandRun;
import vibecheck.support.Sse;

class AskCommandTest {
    @TempDir
    Path work;
    private MockWebServer ollama;
    private MockWebServer openai;
    private final Map<String, String> env = Map.of("TEST_OPENAI_KEY", "sk-very-secret-42");

    @BeforeEach
    void start() throws Exception {
        ollama = new MockWebServer();
        openai = new MockWebServer();
        ollama.start();
        openai.start();
        Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("config/vibecheck.json"), """
                {
                  "servers": {
                    "local": {"protocol": "ollama", "baseUrl": "%s"},
                    "vllm": {"protocol": "openai", "baseUrl": "%s", "apiKeyEnv": "TEST_OPENAI_KEY"},
                  },
                  "models": [
                    {"name": "llama", "server": "local", "model": "llama3:8b", "seed": 7},
                    {"name": "qwen", "server": "vllm", "model": "Qwen/Qwen2.5-7B", "maxTokens": 256},
                  ],
                  "systemPrompts": [
                    {"name": "none", "text": ""},
                    {"name": "friend", "text": "Answer like a friend."},
                  ],
                }
                """.formatted(ollama.url("/").toString().replaceAll("/$", ""), openai.url("/v1")));
    }

    @AfterEach
    void stop() throws Exception {
        ollama.shutdown();
        openai.shutdown();
    }

    private void answerBoth(String llamaText, String qwenText) {
        ollama.enqueue(new MockResponse().setBody(
                "{\"message\":{\"content\":" + Sse.quote(llamaText) + ",\"thinking\":\"think first\"},\"done\":false}\n"
                        + "{\"done\":true,\"done_reason\":\"stop\",\"eval_count\":5,\"eval_duration\":1000000000,\"prompt_eval_count\":3}\n"));
        openai.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(Sse.data(
                Sse.openAiDelta(qwenText), "{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}", "[DONE]")));
    }

    @Test
    void sendsToEveryContestantPrintsInConfigOrderAndSavesTheTranscript() throws Exception {
        answerBoth("Llama says hi.", "Qwen says hi.");
        CommandRun r = CommandRun.run(work, env, "", "ask", "--system", "friend", "Say hi");
        assertEquals(0, r.exit, r.toString());
        int llama = r.out.indexOf("=== llama (llama3:8b on local) ===\n");
        int qwen = r.out.indexOf("=== qwen (Qwen/Qwen2.5-7B on vllm) ===\n");
        assertTrue(llama >= 0 && qwen > llama, r.out);
        assertTrue(r.out.contains("Llama says hi.\n"), r.out);
        assertTrue(r.out.contains("Qwen says hi.\n"), r.out);
        assertTrue(r.out.matches("(?s).*\nllama  finished \\(stop\\) +ttft [0-9.]+ s +5\\.0 tok/s +5 tokens\n.*"), r.out);
        assertTrue(r.out.matches("(?s).*\nqwen   finished \\(stop\\) +ttft .*1 tokens\n.*"), r.out);

        Path file = r.transcript();
        assertEquals(work.resolve("transcripts"), file.getParent());
        assertTrue(file.getFileName().toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d_[a-z0-9]{6}\\.json"), file.toString());
        String raw = Files.readString(file);
        assertFalse(raw.contains("sk-very-secret-42"), "the API key is never written");
        JsonNode t = Json.MAPPER.readTree(raw);
        assertEquals(vibecheck.transcript.Transcript.SCHEMA, t.get("schema").asInt());
        assertTrue(t.get("program").asText().startsWith("vibecheck "));
        JsonNode turn = t.at("/turns/0");
        assertEquals("Say hi", turn.get("message").asText());
        assertEquals("friend", turn.at("/systemPrompt/name").asText());
        assertEquals("Answer like a friend.", turn.at("/systemPrompt/text").asText());
        JsonNode a = turn.at("/replies/0");
        assertEquals("llama", a.get("contestant").asText());
        assertEquals("ollama", a.get("providerType").asText());
        assertEquals("llama3:8b", a.get("model").asText());
        assertEquals(0.2, a.at("/parameters/options/temperature").asDouble());
        assertEquals(7, a.at("/parameters/options/seed").asInt());
        assertEquals("Llama says hi.", a.get("text").asText());
        assertEquals("think first", a.get("reasoning").asText());
        assertEquals("finished", a.get("state").asText());
        assertEquals("stop", a.get("finishReason").asText());
        assertEquals(5, a.at("/metrics/outputTokens").asInt());
        assertEquals(3, a.at("/metrics/promptTokens").asInt());
        JsonNode b = turn.at("/replies/1");
        assertEquals("openai", b.get("providerType").asText());
        assertTrue(b.get("baseUrl").asText().endsWith("/v1"));
        assertEquals(256, b.at("/parameters/max_tokens").asInt());
        assertTrue(b.at("/parameters/stream_options/include_usage").asBoolean());

        JsonNode sentToOllama = Json.MAPPER.readTree(ollama.takeRequest().getBody().readUtf8());
        assertEquals("Answer like a friend.", sentToOllama.at("/messages/0/content").asText());
    }

    @Test
    void aFailedReplyGivesExitOneAndItsMessageWhileTheOtherFinishes() {
        ollama.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":\"model 'llama3:8b' not found\"}"));
        openai.enqueue(new MockResponse().setBody(Sse.data(Sse.openAiDelta("fine"), "[DONE]")));
        CommandRun r = CommandRun.run(work, env, "", "ask", "hello");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.out.contains("llama  failed"), r.out);
        assertTrue(r.out.contains("model 'llama3:8b' not found — `ollama pull llama3:8b`"), r.out);
        assertTrue(r.out.contains("fine\n"), r.out);
    }

    @Test
    void modelOutputIsSanitizedOnScreenButRawInTheTranscript() throws Exception {
        answerBoth("ok\u001b]0;pwned\u0007 \u001b[2Jdone\u202E", "fine");
        CommandRun r = CommandRun.run(work, env, "", "ask", "hi");
        assertEquals(0, r.exit, r.toString());
        assertFalse(r.out.contains("\u001b"), r.out);
        assertFalse(r.out.contains("\u0007"), r.out);
        assertFalse(r.out.contains("\u202E"), r.out);
        assertTrue(r.out.contains("ok done\n"), r.out);
        assertTrue(Files.readString(r.transcript()).contains("\\u001B]0;pwned\\u0007"), "the transcript keeps the raw text");
    }

    @Test
    void optionsSelectModelsTemperatureAndPromptFromStdin() throws Exception {
        openai.enqueue(new MockResponse().setBody(Sse.data(Sse.openAiDelta("piped"), "[DONE]")));
        CommandRun r = CommandRun.run(work, env, "prompt from a pipe\n", "ask", "--models", "qwen", "--temperature=0.9",
                "--transcripts", "out");
        assertEquals(0, r.exit, r.toString());
        assertFalse(r.out.contains("=== llama"), r.out);
        JsonNode sent = Json.MAPPER.readTree(openai.takeRequest().getBody().readUtf8());
        assertEquals(0.9, sent.get("temperature").asDouble());
        assertEquals("prompt from a pipe", sent.at("/messages/0/content").asText());
        assertEquals(work.resolve("out"), r.transcript().getParent());
        assertEquals(0, ollama.getRequestCount());
    }

    @Test
    void usageAndConfigErrorsExitTwoWithoutAStackTrace() throws Exception {
        CommandRun unknownModel = CommandRun.run(work, env, "", "ask", "--models", "llama,gpt9", "hi");
        assertEquals(2, unknownModel.exit);
        assertTrue(unknownModel.err.contains("no model named gpt9"), unknownModel.err);
        assertTrue(unknownModel.err.contains("(configured: llama, qwen)"), unknownModel.err);

        CommandRun noKey = CommandRun.run(work, Map.of(), "", "ask", "hi");
        assertEquals(2, noKey.exit);
        assertTrue(noKey.err.contains("$.servers.vllm.apiKeyEnv: environment variable TEST_OPENAI_KEY is not set (needed by qwen)"), noKey.err);

        CommandRun onlyLocal = CommandRun.run(work, Map.of(), "", "ask", "--models", "llama", "--temperature", "7", "hi");
        assertEquals(2, onlyLocal.exit);
        assertTrue(onlyLocal.err.contains("--temperature 7: give a number from 0 to 2"), onlyLocal.err);

        CommandRun badSystem = CommandRun.run(work, env, "", "ask", "--system", "pirate", "hi");
        assertEquals(2, badSystem.exit);
        assertTrue(badSystem.err.contains("no such system prompt (configured: none, friend)"), badSystem.err);

        Files.writeString(work.resolve("broken.json"), "{\"servers\": {\"x\": {\"type\": \"grpc\"}},\n \"models\": [}");
        CommandRun broken = CommandRun.run(work, env, "", "ask", "--config", "broken.json", "hi");
        assertEquals(2, broken.exit);
        assertTrue(broken.err.startsWith("error: broken.json:2:13: malformed JSON"), broken.err);
        for (CommandRun c : new CommandRun[] {unknownModel, noKey, onlyLocal, badSystem, broken}) {
            assertFalse(c.err.contains("\tat "), "no stack trace: " + c.err);
        }
        assertEquals(0, ollama.getRequestCount() + openai.getRequestCount(), "nothing is sent when the command line is wrong");
    }

    @Test
    void helpAndVersion() {
        CommandRun help = CommandRun.run(work, env, "", "ask", "--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.contains("--temperature T"), help.out);
        CommandRun version = CommandRun.run(work, env, "", "--version");
        assertTrue(version.out.matches("vibecheck \\S+\n"), version.out);
        assertEquals(0, CommandRun.run(work, env, "", "models", "--help").exit);
        assertEquals(2, CommandRun.run(work, env, "", "frobnicate").exit);
        assertEquals(2, CommandRun.run(work, env, "", "ask", "--frob", "x").exit);
    }
}
