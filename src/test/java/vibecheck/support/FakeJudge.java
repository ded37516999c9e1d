package vibecheck.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import vibecheck.protocol.Json;

/**
 * An Ollama-shaped loopback server answering as an LLM judge would: {@code answers} gets each request (the chat
 * request as sent) and says what the judge writes back, or null for a server error (HTTP 500). Every request is kept.
 */
public final class FakeJudge implements AutoCloseable {
    public final MockWebServer server = new MockWebServer();
    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, String> answers;
    /** How long each answer waits before its first byte (a judge thinking). */
    public volatile long delayMillis;

    public FakeJudge(Function<JsonNode, String> answers) throws IOException {
        this.answers = answers;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!request.getPath().startsWith("/api/chat")) return new MockResponse().setResponseCode(404).setBody("{\"error\":\"no\"}");
                JsonNode body;
                try {
                    body = Json.MAPPER.readTree(request.getBody().readUtf8());
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(400).setBody("{\"error\":\"bad json\"}");
                }
                requests.add(body);
                String text = FakeJudge.this.answers.apply(body);
                if (text == null) return new MockResponse().setResponseCode(500).setBody("{\"error\":\"the judge fell over\"}");
                return new MockResponse().setHeadersDelay(delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS)
                        .setHeader("Content-Type", "application/x-ndjson")
                        .setBody("{\"message\":{\"role\":\"assistant\",\"content\":" + Sse.quote(text) + "},\"done\":false}\n"
                                + "{\"done\":true,\"done_reason\":\"stop\",\"eval_count\":9,\"eval_duration\":500000000}\n");
            }
        });
        server.start();
    }

    public void answers(Function<JsonNode, String> now) {
        this.answers = now;
    }

    public String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    /** The last user message of a request: what the judge was asked. */
    public static String asked(JsonNode request) {
        JsonNode messages = request.path("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).path("role").asText().equals("user")) return messages.get(i).path("content").asText();
        }
        return "";
    }

    /** The first user message: the question itself (a retry adds the judge's answer and a follow-up after it). */
    public static String question(JsonNode request) {
        for (JsonNode m : request.path("messages")) if (m.path("role").asText().equals("user")) return m.path("content").asText();
        return "";
    }

    /** Whether a request compares two replies (rather than scoring one). */
    public static boolean isPair(JsonNode request) {
        return question(request).contains("<reply_a>");
    }

    /** The text between {@code <tag>} and {@code </tag>} in the question. */
    public static String between(JsonNode request, String tag) {
        String q = question(request);
        int s = q.indexOf("<" + tag + ">");
        int e = q.indexOf("</" + tag + ">");
        return s < 0 || e < 0 ? "" : q.substring(s + tag.length() + 2, e).strip();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
