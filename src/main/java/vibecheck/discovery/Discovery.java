package vibecheck.discovery;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.ChatProtocol;
import vibecheck.protocol.Protocols;
import vibecheck.text.Secrets;

/**
 * Finds the model servers on this machine: asks every probe at once for its models, with short timeouts, so that
 * when nothing is listening the answer comes well under a second.
 */
public final class Discovery {
    public static final Duration CONNECT = Duration.ofMillis(300);
    public static final Duration DEADLINE = Duration.ofMillis(800);

    private Discovery() {}

    public static List<Found> run(List<Probe> probes, Map<String, String> env) {
        List<ServerConfig> servers = new ArrayList<>();
        for (Probe p : probes) servers.add(serverOf(p));
        return list(probes, servers, env, CONNECT, DEADLINE);
    }

    /**
     * Asks configured servers for their models (with their own headers and keys), with the given patience:
     * {@code vibecheck models} waits longer than the look at start-up.
     */
    public static List<Found> listConfigured(List<ServerConfig> servers, Map<String, String> env, Duration connect, Duration deadline) {
        List<Probe> probes = new ArrayList<>();
        for (ServerConfig c : servers) probes.add(new Probe(c.id(), c.type(), c.baseUrl(), c.apiKeyEnv(), c.id()));
        return list(probes, servers, env, connect, deadline);
    }

    private static List<Found> list(List<Probe> probes, List<ServerConfig> servers, Map<String, String> env,
                                    Duration connect, Duration deadline) {
        boolean tls = probes.stream().anyMatch(p -> p.baseUrl().startsWith("https:"));
        OkHttpClient.Builder b = new OkHttpClient.Builder().connectTimeout(connect).readTimeout(deadline).callTimeout(deadline)
                .retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false);
        if (!tls) b.connectionSpecs(List.of(okhttp3.ConnectionSpec.CLEARTEXT));
        OkHttpClient client = b.build();
        // one thread per server: the shared pool has a single thread on a two-core machine, which would ask in turn
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, probes.size()), r -> {
            Thread t = new Thread(r, "discovery");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<Found>> pending = new ArrayList<>();
            for (int i = 0; i < probes.size(); i++) {
                Probe p = probes.get(i);
                ServerConfig c = servers.get(i);
                pending.add(CompletableFuture.supplyAsync(() -> ask(client, p, c, env, deadline), threads));
            }
            List<Found> out = new ArrayList<>();
            for (CompletableFuture<Found> f : pending) out.add(f.join());
            return out;
        } finally {
            threads.shutdown();
            vibecheck.stream.HttpClients.close(client);
        }
    }

    public static ServerConfig serverOf(Probe p) {
        return new ServerConfig(p.name(), p.type(), p.baseUrl(), p.apiKeyEnv(), null, Map.of());
    }

    /** The models the server has loaded now (Ollama says, with how much of each is in GPU memory), by name. */
    static Map<String, Found.Loaded> loaded(OkHttpClient client, ChatProtocol adapter) {
        Map<String, Found.Loaded> out = new java.util.LinkedHashMap<>();
        okhttp3.Request request = adapter.loadedModels();
        if (request == null) return out;
        try (Response r = client.newCall(request).execute()) {
            if (!r.isSuccessful() || vibecheck.protocol.Redirects.refusal(r) != null) return out;
            for (var m : adapter.parseLoaded(r.body().string())) out.put(m.name(), new Found.Loaded(m.size(), m.sizeVram()));
        } catch (IOException | RuntimeException ignored) {
            // an older Ollama without /api/ps: nothing known about what is loaded
        }
        return out;
    }

    private static Found ask(OkHttpClient client, Probe p, ServerConfig server, Map<String, String> env, Duration deadline) {
        if (vibecheck.text.Urls.hasUserInfo(p.baseUrl())) {
            return new Found(p, List.of(), "the address has a user name or password in it, which vibecheck would show "
                    + "and never sends; remove it and pass credentials with apiKeyEnv or headers in a config");
        }
        ChatProtocol adapter;
        try {
            adapter = Protocols.create(server, env);
        } catch (IllegalArgumentException badKey) {
            return new Found(p, List.of(), badKey.getMessage());
        }
        try (Response r = client.newCall(adapter.listModels()).execute()) {
            String redirect = vibecheck.protocol.Redirects.refusal(r);
            if (redirect != null) return new Found(p, List.of(), redirect);
            String body = r.body().string();
            if (!r.isSuccessful()) {
                String type = r.body().contentType() == null ? null : r.body().contentType().toString();
                return new Found(p, List.of(), "HTTP " + r.code() + ": " + Secrets.redact(adapter.errorMessage(r.code(), type, body)));
            }
            return new Found(p, adapter.parseModels(body), null, loaded(client, adapter));
        } catch (ConnectException e) {
            return new Found(p, List.of(), "nothing listening");
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Found(p, List.of(), m.toLowerCase().contains("timeout") || m.toLowerCase().contains("timed out")
                    ? "no answer within " + deadline.toMillis() + " ms" : Secrets.redact(m));
        } catch (RuntimeException e) {
            return new Found(p, List.of(), "unexpected answer: " + Secrets.redact(e.getMessage()));
        }
    }
}
