package vibecheck.protocol.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import vibecheck.protocol.ChatProtocol;
import vibecheck.protocol.ChatRequest;
import vibecheck.protocol.ErrorBodies;
import vibecheck.protocol.Http;
import vibecheck.protocol.Json;
import vibecheck.protocol.LineReader;
import vibecheck.protocol.PreparedRequest;
import vibecheck.protocol.RemoteModel;
import vibecheck.protocol.ReplySink;
import vibecheck.protocol.SseReader;

/** Anthropic's Messages API: {@code POST {baseUrl}/v1/messages}, streamed as typed Server-Sent Events. */
public final class AnthropicProtocol implements ChatProtocol {
    public static final String TYPE = "anthropic";
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    public static final String API_VERSION = "2023-06-01";

    private final String baseUrl;
    private final String apiKeyEnv;
    private final Map<String, String> headers;

    public AnthropicProtocol(String baseUrl, String apiKey, String apiKeyEnv, Map<String, String> configured) {
        this.baseUrl = baseUrl;
        this.apiKeyEnv = apiKeyEnv;
        Map<String, String> h = new LinkedHashMap<>();
        if (apiKey != null) h.put("x-api-key", apiKey);
        h.put("anthropic-version", API_VERSION);
        h.putAll(configured);
        this.headers = h;
    }

    @Override
    public PreparedRequest prepare(ChatRequest r) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", r.model());
        body.put("max_tokens", r.maxTokens());
        if (r.hasSystem()) body.put("system", r.system());
        Http.messages(body, r, false);
        body.put("stream", true);
        body.put("temperature", r.temperature());
        ObjectNode parameters = body.deepCopy();
        parameters.remove("messages");
        parameters.remove("system");
        Request http = Http.post(baseUrl + "/v1/messages", body, headers).header("Accept", "text/event-stream").build();
        return new PreparedRequest(http, parameters);
    }

    @Override
    public void read(Response response, ReplySink sink) throws IOException {
        SseReader events = new SseReader(new LineReader(response.body().source()));
        Long inputTokens = null;
        String stopReason = null;
        SseReader.Event e;
        while ((e = events.next()) != null) {
            JsonNode data;
            try {
                data = Json.MAPPER.readTree(e.data());
            } catch (IOException notJson) {
                if (e.event().equals("error")) {
                    sink.failed(e.data());
                    return;
                }
                continue;
            }
            if (data == null || !data.isObject()) continue;
            String type = Json.text(data, "type");
            if (type == null) type = e.event();
            switch (type) {
                case "message_start" -> {
                    JsonNode usage = data.path("message").get("usage");
                    inputTokens = Json.number(usage, "input_tokens");
                    Long output = Json.number(usage, "output_tokens");
                    sink.usage(inputTokens, output);
                }
                case "content_block_start" -> {
                    JsonNode block = data.get("content_block");
                    String text = Json.text(block, "text");
                    if (text != null && !text.isEmpty()) sink.text(text);
                    String thinking = Json.text(block, "thinking");
                    if (thinking != null && !thinking.isEmpty()) sink.reasoning(thinking);
                }
                case "content_block_delta" -> {
                    JsonNode delta = data.get("delta");
                    String deltaType = Json.text(delta, "type");
                    if ("text_delta".equals(deltaType)) {
                        String text = Json.text(delta, "text");
                        if (text != null && !text.isEmpty()) sink.text(text);
                    } else if ("thinking_delta".equals(deltaType)) {
                        String thinking = Json.text(delta, "thinking");
                        if (thinking != null && !thinking.isEmpty()) sink.reasoning(thinking);
                    }
                }
                case "message_delta" -> {
                    String reason = Json.text(data.get("delta"), "stop_reason");
                    if (reason != null) stopReason = reason;
                    JsonNode usage = data.get("usage");
                    Long input = Json.number(usage, "input_tokens");
                    if (input != null) inputTokens = input;
                    sink.usage(inputTokens, Json.number(usage, "output_tokens")); // cumulative: the last one counts
                }
                case "message_stop" -> {
                    sink.finished(stopReason == null ? "end_turn" : stopReason);
                    return;
                }
                case "error" -> {
                    String message = ErrorBodies.fromJson(data);
                    sink.failed(message == null ? data.toString() : message);
                    return;
                }
                default -> { } // ping, content_block_stop, and event types added later
            }
        }
    }

    @Override
    public Request listModels() {
        return Http.get(baseUrl + "/v1/models", headers).build();
    }

    @Override
    public List<RemoteModel> parseModels(String body) throws IOException {
        return RemoteModel.fromDataIds(body);
    }

    @Override
    public String hint(int status, String message, String model) {
        if (status == 0) return "cannot reach " + baseUrl + ": check the network and baseUrl";
        if (status == 401 || status == 403) return "check the API key in $" + (apiKeyEnv == null ? "ANTHROPIC_API_KEY" : apiKeyEnv);
        if (status == 404) return "model \"" + model + "\" not found: check the model id, or baseUrl (without /v1)";
        if (status == 429) return "rate limited: wait, or lower maxConcurrent";
        if (status == 529) return "Anthropic is overloaded: try again shortly";
        return null;
    }
}
