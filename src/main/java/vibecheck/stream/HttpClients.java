package vibecheck.stream;

import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one shared HTTP client. Short connect timeout, no overall deadline, and a generous idle timeout between
 * bytes, so a model that takes minutes to load is waited for. TLS support is built only when an https server is
 * used: building it is most of a cleartext-only program's start-up time. Redirects are never followed.
 */
public final class HttpClients {
    private HttpClients() {}

    public static OkHttpClient create(boolean needsTls, Duration connectTimeout, Duration idleTimeout) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(256); // six models on one Ollama must not queue behind OkHttp's default of 5
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(connectTimeout)
                .readTimeout(idleTimeout)
                .writeTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ZERO)
                .followRedirects(false) // a redirect fails the reply instead: see Redirects
                .followSslRedirects(false);
        if (!needsTls) b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        return b.build();
    }

    /** Lets a client's threads end and closes its idle connections (the program does not wait for them). */
    public static void close(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
