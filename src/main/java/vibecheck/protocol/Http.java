package vibecheck.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Small helpers adapters share for building requests. */
public final class Http {
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private Http() {}

    public static Request.Builder post(String url, JsonNode body, Map<String, String> headers) {
        Request.Builder b = new Request.Builder().url(url).post(RequestBody.create(write(body), JSON));
        headers.forEach(b::header);
        return b;
    }

    /** The conversation as a {@code messages} array, with the system prompt first when {@code withSystem}. */
    public static void messages(com.fasterxml.jackson.databind.node.ObjectNode body, ChatRequest r, boolean withSystem) {
        var messages = body.putArray("messages");
        if (withSystem && r.hasSystem()) messages.addObject().put("role", "system").put("content", r.system());
        for (ChatMessage m : r.messages()) messages.addObject().put("role", m.role()).put("content", m.content());
    }

    public static Request.Builder get(String url, Map<String, String> headers) {
        Request.Builder b = new Request.Builder().url(url).get();
        headers.forEach(b::header);
        return b;
    }

    private static byte[] write(JsonNode body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
