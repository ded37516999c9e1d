package vibecheck.protocol.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import vibecheck.protocol.ChatProtocol;
import vibecheck.protocol.ChatRequest;
import vibecheck.protocol.ErrorBodies;
import vibecheck.protocol.Http;
import vibecheck.protocol.Json;
import vibecheck.protocol.Limits;
import vibecheck.protocol.LineReader;
import vibecheck.protocol.PreparedRequest;
import vibecheck.protocol.RemoteModel;
import vibecheck.protocol.ReplySink;
import vibecheck.protocol.SseReader;
import vibecheck.protocol.ThinkTagSplitter;

/**
 * OpenAI Chat Completions, as spoken by OpenAI, vLLM, llama.cpp, LM Studio, SGLang, TGI and OpenRouter:
 * {@code POST {baseUrl}/chat/completions} streamed as Server-Sent Events.
 */
public final class OpenAiProtocol implements ChatProtocol {
    public static final String TYPE = "openai";
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    private final String baseUrl;
    private final String apiKeyEnv;
    private final Map<String, String> headers;

    public OpenAiProtocol(String baseUrl, String apiKey, String apiKeyEnv, Map<String, String> configured) {
        this.baseUrl = baseUrl;
        this.apiKeyEnv = apiKeyEnv;
        Map<String, String> h = new LinkedHashMap<>();
        if (apiKey != null) h.put("Authorization", "Bearer " + apiKey);
        h.putAll(configured);
        this.headers = h;
    }

    @Override
    public PreparedRequest prepare(ChatRequest r) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", r.model());
        Http.messages(body, r, true);
        body.put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        body.put("temperature", r.temperature());
        // OpenAI itself wants max_completion_tokens (its reasoning models refuse max_tokens); other servers know max_tokens
        body.put(baseUrl.contains("://api.openai.com") ? "max_completion_tokens" : "max_tokens", r.maxTokens());
        if (r.seed() != null) body.put("seed", r.seed());
        ObjectNode parameters = body.deepCopy();
        parameters.remove("messages");
        Request http = Http.post(baseUrl + "/chat/completions", body, headers)
                .header("Accept", "text/event-stream").build();
        return new PreparedRequest(http, parameters);
    }

    @Override
    public void read(Response response, ReplySink sink) throws IOException {
        MediaType type = response.body().contentType();
        if (type != null && "html".equals(type.subtype())) { // a proxy's page with status 200, not a stream
            sink.failed(ErrorBodies.message(response.code(), type.toString(), response.body().string()));
            return;
        }
        if (type != null && "json".equals(type.subtype())) {
            okio.BufferedSource body = response.body().source();
            if (body.request(Limits.MAX_WHOLE_BODY_BYTES + 1)) {
                throw new Limits.Exceeded("the server answered with one JSON body larger than "
                        + Limits.mib(Limits.MAX_WHOLE_BODY_BYTES) + "; stopped reading");
            }
            readWhole(Json.MAPPER.readTree(body.inputStream()), sink);
            return;
        }
        ThinkTagSplitter think = new ThinkTagSplitter();
        ThinkTagSplitter.Out out = ThinkTagSplitter.Out.of(sink);
        SseReader events = new SseReader(new LineReader(response.body().source()));
        String finishReason = null;
        SseReader.Event e;
        while ((e = events.next()) != null) {
            String data = e.data().strip();
            if (data.equals("[DONE]")) {
                think.flush(out);
                sink.finished(finishReason);
                return;
            }
            if (data.isEmpty()) continue;
            JsonNode chunk = parse(data);
            String error = chunk == null ? null : ErrorBodies.fromJson(chunk);
            if (!e.event().equals("message") && e.event().contains("error") && error == null) error = data;
            if (error != null) {
                think.flush(out);
                sink.failed(error);
                return;
            }
            if (chunk == null) continue; // a payload that is not JSON and not an error: nothing to take from it
            usage(chunk, sink);
            JsonNode choices = chunk.get("choices");
            if (choices == null || !choices.isArray()) continue;
            for (JsonNode choice : choices) {
                JsonNode delta = choice.get("delta");
                String reasoning = Json.text(delta, "reasoning_content");
                if (reasoning == null) reasoning = Json.text(delta, "reasoning");
                if (reasoning != null && !reasoning.isEmpty()) sink.reasoning(reasoning);
                String content = Json.text(delta, "content");
                if (content != null && !content.isEmpty()) think.feed(content, out);
                String reason = Json.text(choice, "finish_reason");
                if (reason != null && !reason.isEmpty()) finishReason = reason;
            }
        }
        think.flush(out);
        if (finishReason != null) sink.finished(finishReason); // ended without [DONE] but with a finish reason
    }

    /** A server that ignored {@code stream: true} and answered with one completion object. */
    private void readWhole(JsonNode body, ReplySink sink) {
        String error = ErrorBodies.fromJson(body);
        if (error != null) {
            sink.failed(error);
            return;
        }
        usage(body, sink);
        JsonNode choice = body.path("choices").path(0);
        JsonNode message = choice.get("message");
        String reasoning = Json.text(message, "reasoning_content");
        if (reasoning == null) reasoning = Json.text(message, "reasoning");
        if (reasoning != null && !reasoning.isEmpty()) sink.reasoning(reasoning);
        String content = Json.text(message, "content");
        ThinkTagSplitter think = new ThinkTagSplitter();
        ThinkTagSplitter.Out out = ThinkTagSplitter.Out.of(sink);
        if (content != null) think.feed(content, out);
        think.flush(out);
        String reason = Json.text(choice, "finish_reason");
        sink.finished(reason == null || reason.isEmpty() ? "stop" : reason);
    }

    private static void usage(JsonNode chunk, ReplySink sink) {
        JsonNode timings = chunk.get("timings"); // llama.cpp's own timing of the generation
        if (timings != null && timings.isObject()) {
            JsonNode predictedMs = timings.get("predicted_ms");
            Long predicted = Json.number(timings, "predicted_n");
            if (predicted != null && predictedMs != null && predictedMs.isNumber() && predictedMs.asDouble() > 0) {
                sink.usage(Json.number(timings, "prompt_n"), predicted);
                sink.timing(null, Math.round(predictedMs.asDouble() * 1e6));
            }
        }
        JsonNode usage = chunk.get("usage");
        if (usage != null && usage.isObject()) {
            sink.usage(Json.number(usage, "prompt_tokens"), Json.number(usage, "completion_tokens"));
        }
    }

    private static JsonNode parse(String data) {
        try {
            JsonNode n = Json.MAPPER.readTree(data);
            return n != null && n.isObject() ? n : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    @Override
    public Request listModels() {
        return Http.get(baseUrl + "/models", headers).build();
    }

    @Override
    public List<RemoteModel> parseModels(String body) throws IOException {
        return RemoteModel.fromDataIds(body);
    }

    @Override
    public String hint(int status, String message, String model) {
        String m = message == null ? "" : message.toLowerCase();
        if (status == 0) return "is the server running at " + baseUrl + "?";
        if (status == 401 || status == 403) {
            return apiKeyEnv == null ? "the server wants an API key: set apiKeyEnv for this server"
                    : "check the API key in $" + apiKeyEnv;
        }
        if (status == 404 && (m.contains("model") || m.contains("does not exist"))) {
            return "model \"" + model + "\" is not served there: `vibecheck models` lists what is";
        }
        if (status == 404 || status == 405) {
            return "check baseUrl: OpenAI-compatible servers include /v1, e.g. http://localhost:8000/v1";
        }
        if (status == 429) return "rate limited or out of quota: wait, or lower maxConcurrent";
        return null;
    }
}
