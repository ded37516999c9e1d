package vibecheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.stream.ReplyState;
import vibecheck.support.LoopbackTest;
import vibecheck.support.Sse;
import vibecheck.text.Secrets;

/** A server that echoes the key or a configured header value back gets *** shown instead. */
class SecretsInOutputTest extends LoopbackTest {
    private static final String KEY = "sk-echoed-secret-5566778899";
    private static final String HEADER = "hdr-echoed-secret-1122334455";

    private Contestant contestant(String type, String basePath) {
        ServerConfig p = new ServerConfig("p", type, server.url(basePath).toString().replaceAll("/$", ""),
                "ECHO_TEST_KEY", null, Map.of("X-Org", HEADER));
        return new Contestant(new ModelConfig("m", "p", "gpt-x", 0.2, 64, null), p,
                Protocols.create(p, Map.of("ECHO_TEST_KEY", KEY)));
    }

    @Test
    void aKeyEchoedInAn401BodyIsHiddenInTheError() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody(
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + " (org " + HEADER + ")\"}}"));
        var r = harness.run(contestant("openai", "/v1"), "hi");
        assertEquals(ReplyState.FAILED, r.ended.state());
        assertFalse(r.ended.error().contains(KEY), r.ended.error());
        assertFalse(r.ended.error().contains(HEADER), r.ended.error());
        assertTrue(r.ended.error().contains("Incorrect API key provided: *** (org ***)"), r.ended.error());
    }

    @Test
    void aKeyStreamedBackAsTextIsHiddenEvenWhenSplitAcrossChunks() {
        String half = KEY.substring(0, 9);
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(Sse.data(
                Sse.openAiDelta("your key is " + half), Sse.openAiDelta(KEY.substring(9) + ", and"),
                Sse.openAiDelta(" the header was " + HEADER.substring(0, 3)), Sse.openAiDelta(HEADER.substring(3)),
                "{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}", "[DONE]")));
        var r = harness.run(contestant("openai", "/v1"), "hi");
        assertEquals(ReplyState.FINISHED, r.ended.state());
        assertEquals("your key is ***, and the header was ***", r.text.toString());
    }

    @Test
    void textThatOnlyStartsLikeAKeyComesThroughWhole() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(Sse.data(
                Sse.openAiDelta("prefix sk-echoed"), Sse.openAiDelta(" is not the key"),
                Sse.openAiDelta(" and ends sk-ech"), "{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}", "[DONE]")));
        var r = harness.run(contestant("openai", "/v1"), "hi");
        assertEquals("prefix sk-echoed is not the key and ends sk-ech", r.text.toString());
    }

    @Test
    void shortHeaderValuesAreNotTreatedAsSecrets() {
        Secrets.register("yes");
        assertEquals("yes please", Secrets.redact("yes please"));
    }
}
