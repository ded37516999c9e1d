package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import vibecheck.stream.ReplyState;
import vibecheck.support.Harness;
import vibecheck.support.LoopbackTest;
import vibecheck.support.Sse;

class OpenAiStreamTest extends LoopbackTest {

    private Harness.Result sse(String body) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body));
        return run();
    }

    private Harness.Result run() {
        String base = server.url("/v1").toString();
        return harness.run(Harness.contestant("m", "openai", base, null, "sk-test-123"), "hi");
    }

    @Test
    void happyPathWithUsageOnlyChunkAndDone() throws Exception {
        String body = Sse.data(
                "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}",
                Sse.openAiDelta("Hello"), Sse.openAiDelta(", world"),
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
                "{\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":3,\"total_tokens\":12}}",
                "[DONE]");
        Harness.Result r = sse(body);
        assertEquals("Hello, world", r.text.toString());
        assertEquals(ReplyState.FINISHED, r.ended.state());
        assertEquals("stop", r.ended.finishReason());
        assertEquals(3L, r.ended.metrics().outputTokens());
        assertEquals(9L, r.ended.metrics().promptTokens());

        RecordedRequest req = server.takeRequest();
        assertEquals("/v1/chat/completions", req.getPath());
        assertEquals("Bearer sk-test-123", req.getHeader("Authorization"));
        JsonNode sent = Json.MAPPER.readTree(req.getBody().readUtf8());
        assertTrue(sent.get("stream").asBoolean());
        assertTrue(sent.at("/stream_options/include_usage").asBoolean());
        assertEquals(64, sent.get("max_tokens").asInt());
        assertEquals("system", sent.at("/messages/0/role").asText());
    }

    @Test
    void llamaCppsOwnTimingGivesTheSpeedOfABurst() {
        Harness.Result r = sse(Sse.data(Sse.openAiDelta("Hello"), Sse.openAiDelta(", world"),
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                        + "\"timings\":{\"prompt_n\":9,\"predicted_n\":40,\"predicted_ms\":800.0,\"predicted_per_second\":50.0}}",
                "[DONE]"));
        assertEquals(50.0, r.ended.metrics().tokensPerSecond());
        assertEquals("server", r.ended.metrics().tokensPerSecondSource());
        assertEquals(40L, r.ended.metrics().outputTokens());
    }

    @Test
    void crlfLoneCrNoSpaceCommentsAndOddChunks() {
        String body = ": keep-alive\r\n\r\n"
                + "data:{\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\r\r"
                + "data: {\"choices\":[{\"delta\":{\"content\":null}}]}\n\n"
                + "data: {\"choices\":[{\"finish_reason\":null}]}\r\n\r\n"
                + "data: {\"choices\":null}\n\n"
                + "data: {\"id\":\"\",\"obfuscation\":\"x\",\"choices\":[{\"index\":3,\"delta\":{\"content\":\"b\"}}]}\n\n"
                + "data: {\"usage\":{\"completion_tokens\":2}}\n\n"
                + "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"length\"}]}\n\n"
                + "data: [DONE]\n\n";
        Harness.Result r = sse(body);
        assertEquals("ab", r.text.toString());
        assertEquals(ReplyState.FINISHED, r.ended.state());
        assertEquals("length", r.ended.finishReason());
    }

    @Test
    void multiLineDataEvent() {
        String body = "data: {\"choices\":[{\"delta\":\ndata: {\"content\":\"joined\"}}]}\n\ndata: [DONE]\n\n";
        assertEquals("joined", sse(body).text.toString());
    }

    @Test
    void allThreeReasoningShapesAreKeptApart() {
        String body = Sse.data(
                "{\"choices\":[{\"delta\":{\"reasoning_content\":\"one \"}}]}",
                "{\"choices\":[{\"delta\":{\"reasoning\":\"two \"}}]}",
                Sse.openAiDelta("<think>three</th"), Sse.openAiDelta("ink>Answer"),
                "{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}", "[DONE]");
        Harness.Result r = sse(body);
        assertEquals("one two three", r.reasoning.toString());
        assertEquals("Answer", r.text.toString());
    }

    @Test
    void midStreamErrorPayloadFailsWithTheMessage() {
        String body = Sse.data(Sse.openAiDelta("part"),
                "{\"error\":{\"message\":\"The model overloaded\",\"type\":\"server_error\",\"code\":503}}", "[DONE]");
        Harness.Result r = sse(body);
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("The model overloaded", r.ended.error());
        assertEquals("part", r.text.toString());
    }

    @Test
    void openRouterErrorWithFinishReasonError() {
        String body = Sse.data("{\"choices\":[{\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}],\"error\":{\"code\":502,\"message\":\"Provider returned error\"}}");
        Harness.Result r = sse(body);
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("Provider returned error", r.ended.error());
    }

    @Test
    void oldLlamaCppErrorLine() {
        Harness.Result r = sse("data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\nerror: {\"message\":\"context size exceeded\"}\n\n");
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("context size exceeded", r.ended.error());
    }

    @Test
    void streamWithoutFinishReasonOrDoneIsInterrupted() {
        Harness.Result r = sse(Sse.data(Sse.openAiDelta("half an ans")));
        assertEquals(ReplyState.INTERRUPTED, r.ended.state());
        assertEquals("half an ans", r.text.toString());
    }

    @Test
    void httpErrorShapes() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}"));
        Harness.Result r = run();
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("Incorrect API key provided", r.ended.error());
        assertTrue(r.ended.hint().contains("TEST_KEY"), r.ended.hint());

        harness.inbox.clear();
        server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":\"max_tokens must be at least 1\"}"));
        assertEquals("max_tokens must be at least 1", run2().ended.error());

        server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>"));
        String html = run3().ended.error();
        assertTrue(html.startsWith("HTTP 502 with an HTML page"), html);
        assertTrue(html.endsWith("502 Bad Gateway"), html);
    }

    private Harness.Result run2() {
        harness.engine.start("r2", Harness.contestant("m", "openai", server.url("/v1").toString(), null, null), Harness.request("m", "x"));
        return harness.await("r2");
    }

    private Harness.Result run3() {
        harness.engine.start("r3", Harness.contestant("m", "openai", server.url("/v1").toString(), null, null), Harness.request("m", "x"));
        return harness.await("r3");
    }

    @Test
    void serverIgnoringStreamAnswersWithOneJsonObject() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"<think>plan</think>Whole answer\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":4}}"));
        Harness.Result r = run();
        assertEquals("Whole answer", r.text.toString());
        assertEquals("plan", r.reasoning.toString());
        assertEquals(ReplyState.FINISHED, r.ended.state());
        assertEquals(4L, r.ended.metrics().outputTokens());
    }

    @Test
    void openAiItselfGetsMaxCompletionTokensOtherServersMaxTokens() throws Exception {
        var official = new vibecheck.protocol.openai.OpenAiProtocol("https://api.openai.com/v1", "k", "K", java.util.Map.of())
                .prepare(Harness.request("gpt-5", "hi"));
        assertEquals(64, official.parameters().get("max_completion_tokens").asInt());
        assertNull(official.parameters().get("max_tokens"));
        var local = new vibecheck.protocol.openai.OpenAiProtocol("http://localhost:8000/v1", null, null, java.util.Map.of())
                .prepare(Harness.request("qwen", "hi"));
        assertEquals(64, local.parameters().get("max_tokens").asInt());
    }

    @Test
    void anHtmlPageWithStatus200IsAFailureNotAnEmptyAnswer() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8")
                .setBody("<html><head><title>Sign in to the corporate proxy</title></head></html>"));
        Harness.Result r = run();
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertTrue(r.ended.error().endsWith("Sign in to the corporate proxy"), r.ended.error());
    }

    @Test
    void noAuthorizationHeaderWithoutKey() throws Exception {
        server.enqueue(new MockResponse().setBody(Sse.data("[DONE]")));
        run2();
        assertNull(server.takeRequest().getHeader("Authorization"));
    }
}
