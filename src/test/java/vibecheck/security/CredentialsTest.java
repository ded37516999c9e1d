package vibecheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.ConfigException;
import vibecheck.config.ConfigLoader;
import vibecheck.protocol.Protocols;
import vibecheck.support.CommandRun;
import vibecheck.support.Sse;

/** Keys and passwords never show up in output, transcripts or exports, and a bad key stops before anything is sent. */
class CredentialsTest {
    private static final String KEY = "sk-ant-credentials-test-424242";
    @TempDir
    Path work;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private Path config(String baseUrl) throws Exception {
        Path c = work.resolve("c.json");
        Files.writeString(c, """
                {"servers": {"claude": {"protocol": "anthropic", "baseUrl": %s, "apiKeyEnv": "TEST_ANTHROPIC_KEY"}},
                 "models": [{"name": "claude", "server": "claude", "model": "claude-x"}]}
                """.formatted(Sse.quote(baseUrl)));
        return c;
    }

    @Test
    void aPasswordInBaseUrlIsRefusedAtLoadAndNeverShown() throws Exception {
        Path c = config("http://bob:hunter2secret@127.0.0.1:" + server.getPort() + "/v1");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Protocols.CATALOG).load(c));
        String message = String.join("\n", e.problems());
        assertFalse(message.contains("hunter2secret"), message);
        assertTrue(message.contains("\"http://bob:***@127.0.0.1:" + server.getPort() + "/v1\""), message);
        assertTrue(message.contains("$.servers.claude.baseUrl"), message);
        assertTrue(message.contains("apiKeyEnv") && message.contains("headers"), message);
        CommandRun r = CommandRun.run(work, Map.of("TEST_ANTHROPIC_KEY", KEY), "", "ask", "--config", "c.json", "hi");
        assertEquals(2, r.exit, r.toString());
        assertFalse((r.out + r.err).contains("hunter2secret"), r.toString());
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-ant\nX-Evil: 1", "sk-ant\r\nabc", "sk-ant-é-key", "sk-\u0000-key"})
    void aKeyThatCannotBeSentIsNamedNeverShownAndNothingIsSent(String badKey) throws Exception {
        config(server.url("/").toString().replaceAll("/$", ""));
        for (String command : List.of("ask", "models")) {
            CommandRun r = command.equals("ask")
                    ? CommandRun.run(work, Map.of("TEST_ANTHROPIC_KEY", badKey), "", "ask", "--config", "c.json", "hi")
                    : CommandRun.run(work, Map.of("TEST_ANTHROPIC_KEY", badKey), "", "models", "--config", "c.json");
            assertEquals(2, r.exit, command + ": " + r);
            assertEquals(1, r.err.strip().lines().count(), command + ": one line: " + r.err);
            assertTrue(r.err.contains("$TEST_ANTHROPIC_KEY contains a"), command + ": " + r.err);
            assertFalse(r.err.contains("sk-ant") || r.err.contains("sk-\u0000") || r.err.contains("at vibecheck."), command + ": " + r.err);
        }
        assertEquals(0, server.getRequestCount(), "a request was sent with a bad key");
    }

    @Test
    void theKeyIsHiddenInOutputTranscriptAndExportWhenTheServerEchoesIt() throws Exception {
        config(server.url("/").toString().replaceAll("/$", ""));
        server.enqueue(new MockResponse().setResponseCode(401).setBody(
                "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key " + KEY + "\"}}"));
        CommandRun r = CommandRun.run(work, Map.of("TEST_ANTHROPIC_KEY", KEY), "", "ask", "--config", "c.json", "hi");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.out.contains("invalid x-api-key ***") || r.err.contains("invalid x-api-key ***"), r.toString());
        assertFalse((r.out + r.err).contains(KEY), r.toString());
        String transcript = Files.readString(r.transcript());
        assertTrue(transcript.contains("invalid x-api-key ***"), transcript);
        assertFalse(transcript.contains(KEY), transcript);
        CommandRun md = CommandRun.run(work, Map.of(), "", "export", r.transcript().toString(), "--out", "-");
        assertFalse(md.out.contains(KEY), md.out);
        assertEquals(KEY, server.takeRequest().getHeader("x-api-key"), "the key itself is still sent to the server");
    }

    @Test
    void aPasswordInOpenAiBaseUrlFromTheEnvironmentIsNeitherUsedNorShown() {
        var probes = vibecheck.discovery.Probe.defaults(Map.of("OPENAI_BASE_URL", "http://alice:envsecret99@127.0.0.1:" + server.getPort() + "/v1"));
        var found = vibecheck.discovery.Discovery.run(probes.subList(probes.size() - 1, probes.size()), Map.of());
        assertTrue(found.get(0).problem().contains("user name or password"), found.get(0).problem());
        assertEquals(0, server.getRequestCount());
        CommandRun r = CommandRun.run(work, Map.of("OPENAI_BASE_URL", "http://alice:envsecret99@127.0.0.1:" + server.getPort() + "/v1"), "", "models");
        assertFalse(r.out.contains("envsecret99"), r.out);
        assertTrue(r.out.contains("http://alice:***@127.0.0.1"), r.out);
    }

    @Test
    void aHeaderValueOutsideAsciiIsAConfigErrorThatDoesNotShowIt() throws Exception {
        Files.writeString(work.resolve("h.json"), """
                {"servers": {"p": {"protocol": "openai", "baseUrl": "http://127.0.0.1:9/v1", "headers": {"X-Token": "tök-secret-value"}}},
                 "models": [{"name": "m", "server": "p", "model": "x"}]}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Protocols.CATALOG).load(work.resolve("h.json")));
        String message = String.join("\n", e.problems());
        assertTrue(message.contains("$.servers.p.headers.X-Token: header value contains a non-ASCII character"), message);
        assertFalse(message.contains("secret-value"), message);
    }
}
