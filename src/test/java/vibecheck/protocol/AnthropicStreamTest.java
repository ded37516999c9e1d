package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import vibecheck.stream.ReplyState;
import vibecheck.support.Harness;
import vibecheck.support.LoopbackTest;

class AnthropicStreamTest extends LoopbackTest {

    private Harness.Result run() {
        String base = server.url("/").toString().replaceAll("/$", "");
        return harness.run(Harness.contestant("claude", "anthropic", base, null, "ak-secret"), "hi");
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    @Test
    void fullStreamWithThinkingPingUnknownEventsAndCumulativeUsage() throws Exception {
        String body = event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"m1\",\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}")
                + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"ponder\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"abc\"}}")
                + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + event("ping", "{\"type\":\"ping\"}")
                + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi \"}}")
                + event("brand_new_event", "{\"type\":\"brand_new_event\",\"x\":1}")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":null},\"usage\":{\"output_tokens\":10}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"there\"}}")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"max_tokens\"},\"usage\":{\"output_tokens\":15}}")
                + event("message_stop", "{\"type\":\"message_stop\"}");
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body));
        Harness.Result r = run();
        assertEquals("Hi there", r.text.toString());
        assertEquals("ponder", r.reasoning.toString());
        assertEquals(ReplyState.FINISHED, r.ended.state());
        assertEquals("max_tokens", r.ended.finishReason());
        assertEquals(15L, r.ended.metrics().outputTokens()); // the last cumulative count, not the sum
        assertEquals(25L, r.ended.metrics().promptTokens());

        RecordedRequest req = server.takeRequest();
        assertEquals("/v1/messages", req.getPath());
        assertEquals("ak-secret", req.getHeader("x-api-key"));
        assertEquals("2023-06-01", req.getHeader("anthropic-version"));
        JsonNode sent = Json.MAPPER.readTree(req.getBody().readUtf8());
        assertEquals("be brief", sent.get("system").asText());
        assertEquals(64, sent.get("max_tokens").asInt());
        assertEquals("user", sent.at("/messages/0/role").asText());
        assertFalse(sent.get("messages").toString().contains("be brief"));
    }

    @Test
    void errorEventMidStream() {
        String body = event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"so\"}}")
                + event("error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
        server.enqueue(new MockResponse().setBody(body));
        Harness.Result r = run();
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("Overloaded", r.ended.error());
        assertEquals("so", r.text.toString());
    }

    @Test
    void overloadedHttpStatus() {
        server.enqueue(new MockResponse().setResponseCode(529).setBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        Harness.Result r = run();
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertEquals("Overloaded", r.ended.error());
        assertEquals("Anthropic is overloaded: try again shortly", r.ended.hint());
    }

    @Test
    void endWithoutMessageStopIsInterrupted() {
        server.enqueue(new MockResponse().setBody(event("content_block_delta",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"half\"}}")));
        assertEquals(ReplyState.INTERRUPTED, run().ended.state());
    }
}
