package vibecheck.protocol.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
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
import vibecheck.protocol.ThinkTagSplitter;

/** Ollama's native API: {@code POST /api/chat}, streamed as one JSON object per line. */
public final class OllamaProtocol implements ChatProtocol {
    public static final String TYPE = "ollama";
    public static final String DEFAULT_BASE_URL = "http://localhost:11434";

    private final String baseUrl;
    private final Map<String, String> headers;

    public OllamaProtocol(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    @Override
    public PreparedRequest prepare(ChatRequest r) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", r.model());
        Http.messages(body, r, true);
        body.put("stream", true);
        ObjectNode options = body.putObject("options");
        options.put("temperature", r.temperature());
        options.put("num_predict", r.maxTokens());
        if (r.seed() != null) options.put("seed", r.seed());
        ObjectNode parameters = body.deepCopy();
        parameters.remove("messages");
        return new PreparedRequest(Http.post(baseUrl + "/api/chat", body, headers).build(), parameters);
    }

    @Override
    public void read(Response response, ReplySink sink) throws IOException {
        LineReader lines = new LineReader(response.body().source());
        ThinkTagSplitter think = new ThinkTagSplitter(); // models that write <think>…</think> into the content
        ThinkTagSplitter.Out out = ThinkTagSplitter.Out.of(sink);
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) continue;
            JsonNode node = Json.MAPPER.readTree(line);
            String error = node.isObject() && node.has("error") ? ErrorBodies.fromJson(node) : null;
            if (error != null) {
                think.flush(out);
                sink.failed(error);
                return;
            }
            JsonNode message = node.get("message");
            String thinking = Json.text(message, "thinking");
            if (thinking != null && !thinking.isEmpty()) sink.reasoning(thinking);
            String content = Json.text(message, "content");
            if (content != null && !content.isEmpty()) think.feed(content, out);
            JsonNode done = node.get("done");
            if (done != null && done.asBoolean(false)) {
                think.flush(out);
                sink.usage(Json.number(node, "prompt_eval_count"), Json.number(node, "eval_count"));
                sink.timing(Json.number(node, "load_duration"), Json.number(node, "eval_duration"));
                String reason = Json.text(node, "done_reason");
                sink.finished(reason == null || reason.isEmpty() ? "stop" : reason);
                return;
            }
        }
        think.flush(out);
    }

    @Override
    public Request listModels() {
        return Http.get(baseUrl + "/api/tags", headers).build();
    }

    @Override
    public List<RemoteModel> parseModels(String body) throws IOException {
        List<RemoteModel> out = new ArrayList<>();
        for (JsonNode m : Json.MAPPER.readTree(body).path("models")) {
            String id = Json.text(m, "name");
            if (id == null) id = Json.text(m, "model");
            if (id == null) continue;
            JsonNode d = m.path("details");
            out.add(new RemoteModel(id, Json.number(m, "size"), Json.text(d, "family"),
                    Json.text(d, "parameter_size"), Json.text(d, "quantization_level")));
        }
        return out;
    }

    @Override
    public String hint(int status, String message, String model) {
        String m = message == null ? "" : message.toLowerCase();
        if (status == 0) return "is Ollama running? start it with `ollama serve` (looked at " + baseUrl + ")";
        if (m.contains("page not found")) return "check baseUrl: Ollama's is the server root without /api, e.g. " + DEFAULT_BASE_URL;
        if (status == 404 || m.contains("not found") || m.contains("try pulling")) return "`ollama pull " + model + "`";
        if (m.contains("does not support thinking")) return "this model cannot think; leave reasoning off for it";
        return null;
    }
}
