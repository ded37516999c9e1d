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
