package vibecheck.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import vibecheck.protocol.Json;

/** An Ollama-shaped loopback server: each model answers with its own scripted text; every request is kept. */
public final class FakeOllama implements AutoCloseable {
    public final MockWebServer server = new MockWebServer();
    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> cutOff = new ConcurrentHashMap<>();

    public FakeOllama() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                JsonNode body;
                try {
                    body = Json.MAPPER.readTree(request.getBody().readUtf8());
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(400).setBody("{\"error\":\"bad json\"}");
                }
                requests.add(body);
                String model = body.path("model").asText();
                String partial = cutOff.remove(model);
                if (partial != null) { // the stream ends before Ollama's done marker
                    return new MockResponse().setHeader("Content-Type", "application/x-ndjson")
                            .setBody("{\"message\":{\"role\":\"assistant\",\"content\":" + Sse.quote(partial) + "},\"done\":false}\n");
                }
                String answer = answers.get(model);
                if (answer == null) {
                    return new MockResponse().setResponseCode(404).setBody("{\"error\":\"model '" + model + "' not found\"}");
                }
                int turn = (int) body.path("messages").findValues("role").stream().filter(r -> r.asText().equals("user")).count();
                String text = answer + " (turn " + turn + ")";
                StringBuilder nd = new StringBuilder();
                for (String word : text.split("(?<= )")) {
                    nd.append("{\"message\":{\"role\":\"assistant\",\"content\":").append(Sse.quote(word)).append("},\"done\":false}\n");
                }
                nd.append("{\"done\":true,\"done_reason\":\"stop\",\"eval_count\":").append(text.split(" ").length)
                        .append(",\"eval_duration\":500000000}\n");
                return new MockResponse().setHeader("Content-Type", "application/x-ndjson").setBody(nd.toString());
            }
        });
        server.start();
    }

    public FakeOllama answer(String model, String text) {
        answers.put(model, text);
        return this;
    }

    /** The model's next answer streams {@code partial} and then stops without finishing. */
    public FakeOllama cutOffOnce(String model, String partial) {
        cutOff.put(model, partial);
        return this;
    }

    public String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    /** The requests that asked this model, in order. */
    public List<JsonNode> requestsFor(String model) {
        return requests.stream().filter(r -> r.path("model").asText().equals(model)).toList();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
