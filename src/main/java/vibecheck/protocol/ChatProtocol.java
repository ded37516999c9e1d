package vibecheck.protocol;

import java.io.IOException;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One wire format. An adapter builds requests and parses responses; it never starts calls, owns threads or
 * holds state between replies, so the streaming engine treats every format alike.
 */
public interface ChatProtocol {
    /** The request that streams one reply. */
    PreparedRequest prepare(ChatRequest request);

    /** Reads a successful (2xx) response to the end, reporting what arrives. Returns when the body ends. */
    void read(Response response, ReplySink sink) throws IOException;

    /**
     * The settings a request carried, read back from the parameters this protocol recorded for it (a transcript's
     * {@code parameters}): each null when the request did not say it.
     */
    SentSettings sentSettings(com.fasterxml.jackson.databind.JsonNode parameters);

    /** A request's temperature, most tokens and seed, as sent. */
    record SentSettings(Double temperature, Integer maxTokens, Integer seed) {
        public static SentSettings read(com.fasterxml.jackson.databind.JsonNode at, String temperature, List<String> maxTokens, String seed) {
            if (at == null || !at.isObject()) return new SentSettings(null, null, null);
            Double t = at.path(temperature).isNumber() ? at.path(temperature).asDouble() : null;
            Integer max = null;
            for (String k : maxTokens) if (max == null && at.path(k).isIntegralNumber()) max = at.path(k).asInt();
            Integer s = seed != null && at.path(seed).isIntegralNumber() ? at.path(seed).asInt() : null;
            return new SentSettings(t, max, s);
        }
    }

    /** A model loaded in the server's memory now: its size and the part of it in GPU memory, in bytes. */
    record LoadedModel(String name, long size, long sizeVram) {}

    /** The request that lists the models loaded now, or null when the protocol has none (only Ollama's has). */
    default Request loadedModels() {
        return null;
    }

    /** The answer to {@link #loadedModels()}. */
    default List<LoadedModel> parseLoaded(String body) throws IOException {
        return List.of();
    }

    /** The request that lists the models this server serves. */
    Request listModels();

    List<RemoteModel> parseModels(String body) throws IOException;

    /** The server's own error message from a failed response; the default understands the common JSON shapes. */
    default String errorMessage(int status, String contentType, String body) {
        return ErrorBodies.message(status, contentType, body);
    }

    /** A hint a person can act on for a failure, or null. {@code status} is 0 when no HTTP answer came at all. */
    String hint(int status, String message, String model);
}
