package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import vibecheck.stream.ReplyState;
import vibecheck.support.Harness;
import vibecheck.support.LoopbackTest;

class OllamaStreamTest extends LoopbackTest {

    private Harness.Result ask(String body) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/x-ndjson").setBody(body));
        return harness.run(Harness.contestant("m", "ollama", base(), null, null), "hi");
    }

    @Test
    void streamsTextThinkingAndFinalStatistics() throws Exception {
        String body = """
                {"model":"llama3","created_at":"2024-05-01T10:00:00.123456789+02:00","message":{"role":"assistant","content":"","thinking":"hmm"},"done":false}
                {"model":"llama3","created_at":"2024-05-01T10:00:00.2Z","message":{"role":"assistant","content":"Hel"},"done":false}
                {"model":"llama3","message":{"role":"assistant","content":"lo"},"done":false,"extra":{"new":1}}
                {"model":"llama3","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","total_duration":9876543210,"load_duration":5000000000,"prompt_eval_count":12,"eval_count":40,"eval_duration":8000000000}
                """;
        Harness.Result r = ask(body);
        assertEquals("Hello", r.text.toString());
        assertEquals("hmm", r.reasoning.toString());
        assertEquals(ReplyState.FINISHED, r.ended.state());
        assertEquals("stop", r.ended.finishReason());
        assertEquals(40L, r.ended.metrics().outputTokens());
        assertEquals("server", r.ended.metrics().outputTokensSource());
        assertEquals(12L, r.ended.metrics().promptTokens());
        assertEquals(5000L, r.ended.metrics().loadMs());
        assertEquals(5.0, r.ended.metrics().tokensPerSecond()); // 40 tokens in 8 s, from 64-bit nanoseconds

        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/api/chat", req.getPath());
        JsonNode sent = Json.MAPPER.readTree(req.getBody().readUtf8());
        assertEquals("model-m", sent.get("model").asText());
        assertTrue(sent.get("stream").asBoolean());
        assertEquals(0.2, sent.at("/options/temperature").asDouble());
        assertEquals(64, sent.at("/options/num_predict").asInt());
        assertEquals(7, sent.at("/options/seed").asInt());
        assertEquals("system", sent.at("/messages/0/role").asText());
        assertEquals("be brief", sent.at("/messages/0/content").asText());
        assertEquals("hi", sent.at("/messages/1/content").asText());
    }

    @Test
    void inlineThinkTagsInTheContentAreReasoning() {
        Harness.Result r = ask("{\"message\":{\"content\":\"<think>hm, \"},\"done\":false}\n{\"message\":{\"content\":\"ok</th\"},\"done\":false}\n"
                + "{\"message\":{\"content\":\"ink>Answer.\"},\"done\":false}\n{\"done\":true}\n");
        assertEquals("hm, ok", r.reasoning.toString());
        assertEquals("Answer.", r.text.toString());
    }

    @Test
    void lengthFinishReasonIsKept() {
        Harness.Result r = ask("{\"message\":{\"content\":\"abc\"},\"done\":false}\n{\"done\":true,\"done_reason\":\"length\"}\n");
        assertEquals(ReplyState.FINISHED, r.ended.state());
        assertEquals("length", r.ended.finishReason());
        assertEquals("counted", r.ended.metrics().outputTokensSource());
    }

    @Test
    void modelNotPulledFailsWithThePullHint() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":\"model \\\"llama3:70b\\\" not found, try pulling it first\"}"));
        Harness.Result r = harness.run(Harness.contestant("m", "ollama", base(), null, null), "hi");
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("model \"llama3:70b\" not found, try pulling it first", r.ended.error());
        assertEquals("`ollama pull model-m`", r.ended.hint());
    }

    @Test
    void errorLineAfterOutputStartedFailsAndKeepsPartialText() {
        Harness.Result r = ask("{\"message\":{\"content\":\"partial \"},\"done\":false}\n{\"error\":\"an error was encountered while running the model: CUDA out of memory\"}\n");
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("partial ", r.text.toString());
        assertEquals("an error was encountered while running the model: CUDA out of memory", r.ended.error());
    }

    @Test
    void streamEndingWithoutDoneIsInterrupted() {
        Harness.Result r = ask("{\"message\":{\"content\":\"cut \"},\"done\":false}\n{\"message\":{\"content\":\"off\"},\"done\":false}\n");
        assertEquals(ReplyState.INTERRUPTED, r.ended.state());
        assertEquals("cut off", r.text.toString());
    }

    @Test
    void connectionDroppedMidStreamIsInterruptedWithPartialText() {
        server.enqueue(new MockResponse().setBody("{\"message\":{\"content\":\"so far\"},\"done\":false}\n{\"message\":{\"con")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        Harness.Result r = harness.run(Harness.contestant("m", "ollama", base(), null, null), "hi");
        assertEquals(ReplyState.INTERRUPTED, r.ended.state());
    }

    @Test
    void serverNotRunningFailsWithTheServeHint() throws Exception {
        String url = base();
        server.shutdown();
        Harness.Result r = harness.run(Harness.contestant("m", "ollama", url, null, null), "hi");
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertTrue(r.ended.error().startsWith("cannot connect to " + url), r.ended.error());
        assertTrue(r.ended.hint().contains("ollama serve"), r.ended.hint());
        server = new MockWebServer();
    }

    @Test
    void nothingIsSentAsSystemWhenThePromptIsEmpty() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"done\":true}\n"));
        var c = Harness.contestant("m", "ollama", base(), null, null);
        harness.engine.start("r1", c, new ChatRequest("x", "", java.util.List.of(ChatMessage.user("hey")), 0.2, 10, null));
        harness.await("r1");
        JsonNode sent = Json.MAPPER.readTree(server.takeRequest().getBody().readUtf8());
        assertEquals("user", sent.at("/messages/0/role").asText());
        assertEquals(1, sent.get("messages").size());
        assertNull(sent.at("/options").get("seed"));
    }
}
