package vibecheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.discovery.Discovery;
import vibecheck.discovery.Found;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.stream.ReplyState;
import vibecheck.support.Harness;

/**
 * A server that answers with a redirect to another host must not get vibecheck to send the key, the configured
 * headers or the conversation there. The other host is a second loopback address that records what reaches it.
 */
class RedirectTest {
    private static final String KEY = "sk-redirect-secret-0123456789";
    private static final String HEADER = "custom-header-secret-987654";
    private MockWebServer origin;
    private MockWebServer elsewhere;

    @BeforeEach
    void start() throws Exception {
        origin = new MockWebServer();
        origin.start(InetAddress.getByName("127.0.0.1"), 0);
        elsewhere = new MockWebServer();
        elsewhere.start(InetAddress.getByName("127.0.0.2"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        origin.shutdown();
        elsewhere.shutdown();
    }

    private Contestant contestant(String type, String baseUrl) {
        ServerConfig p = new ServerConfig("p", type, baseUrl, "REDIRECT_TEST_KEY", null, Map.of("X-Team-Token", HEADER));
        ModelConfig m = new ModelConfig("m", "p", "model-m", 0.2, 64, null);
        return new Contestant(m, p, Protocols.create(p, Map.of("REDIRECT_TEST_KEY", KEY)));
    }

    private String elsewhereUrl(String path) {
        return elsewhere.url(path).toString();
    }

    @ParameterizedTest
    @CsvSource({"ollama,,302", "ollama,,307", "openai,/v1,308", "openai,/v1,307", "anthropic,,302", "anthropic,,307"})
    void aRedirectToAnotherHostFailsTheReplyAndNothingReachesIt(String type, String basePath, int status) throws Exception {
        String base = origin.url(basePath == null ? "/" : basePath).toString().replaceAll("/$", "");
        origin.enqueue(new MockResponse().setResponseCode(status).setHeader("Location", elsewhereUrl("/stolen")));
        elsewhere.enqueue(new MockResponse().setBody("{\"done\":true}\n"));
        try (Harness h = new Harness()) {
            Harness.Result r = h.run(contestant(type, base), "my private message");
            assertEquals(ReplyState.FAILED, r.ended.state(), r.ended.toString());
            assertTrue(r.ended.error().contains("redirected to " + elsewhereUrl("/stolen")), r.ended.error());
            assertTrue(r.ended.error().contains("baseUrl"), r.ended.error());
        }
        assertEquals(1, origin.getRequestCount());
        assertEquals(0, elsewhere.getRequestCount(), "the other host got a request");
    }

    @ParameterizedTest
    @CsvSource({"ollama,", "openai,/v1", "anthropic,"})
    void listingModelsDoesNotFollowARedirectEither(String type, String basePath) {
        String base = origin.url(basePath == null ? "/" : basePath).toString().replaceAll("/$", "");
        origin.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", elsewhereUrl("/models")));
        ServerConfig p = new ServerConfig("p", type, base, "REDIRECT_TEST_KEY", null, Map.of("X-Team-Token", HEADER));
        List<Found> found = Discovery.listConfigured(List.of(p), Map.of("REDIRECT_TEST_KEY", KEY), Duration.ofSeconds(2), Duration.ofSeconds(5));
        assertFalse(found.get(0).answered());
        assertTrue(found.get(0).problem().contains("redirected to " + elsewhereUrl("/models")), found.get(0).problem());
        assertEquals(0, elsewhere.getRequestCount(), "the other host got a request");
    }

    @ParameterizedTest
    @CsvSource({"302", "308"})
    void anUpgradeToHttpsOnTheSameHostIsNotFollowedButNamed(int status) {
        String target = "https://127.0.0.1:" + origin.getPort() + "/api/chat";
        origin.enqueue(new MockResponse().setResponseCode(status).setHeader("Location", target));
        try (Harness h = new Harness()) {
            Harness.Result r = h.run(contestant("ollama", origin.url("/").toString().replaceAll("/$", "")), "hi");
            assertEquals(ReplyState.FAILED, r.ended.state());
            assertTrue(r.ended.error().contains("redirected to " + target), r.ended.error());
        }
        assertEquals(1, origin.getRequestCount());
    }
}
