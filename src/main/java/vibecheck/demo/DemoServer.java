package vibecheck.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import vibecheck.protocol.Json;

/**
 * Built-in offline contestants for trying the program where no model server runs: a small Ollama-speaking server
 * on loopback, so the demo goes through exactly the same streaming, cancelling and saving as a real server. Each
 * demo model has its own manner and speed; their answers are canned, and their names say so.
 */
public final class DemoServer implements AutoCloseable {
    /** A demo contestant: its name, how many tokens a second it streams, and how it answers. */
    public record DemoModel(String name, int tokensPerSecond, String thinking, DemoReplies.Style style, long loadMillis) {}

    public static final List<DemoModel> MODELS = List.of(
            new DemoModel("demo-formal", 90, null, DemoReplies.Style.FORMAL, 0),
            new DemoModel("demo-friendly", 45, null, DemoReplies.Style.FRIENDLY, 600),
            new DemoModel("demo-thinker", 25, "The user wants help. Keep it short, check what they mean, avoid preaching.",
                    DemoReplies.Style.PREACHY, 1200));

    private final HttpServer server;
    private final AtomicBoolean loadedOnce = new AtomicBoolean();

    private DemoServer(HttpServer server) {
        this.server = server;
    }

    public static DemoServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DemoServer demo = new DemoServer(http);
        http.createContext("/api/chat", demo::chat);
        http.createContext("/api/tags", demo::tags);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "demo-server");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return demo;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void tags(HttpExchange x) throws IOException {
        var root = Json.MAPPER.createObjectNode();
        var models = root.putArray("models");
        for (DemoModel m : MODELS) {
            models.addObject().put("name", m.name()).put("size", 0).putObject("details").put("family", "demo")
                    .put("parameter_size", "offline");
        }
        send(x, 200, Json.MAPPER.writeValueAsBytes(root), "application/json");
    }

    private void chat(HttpExchange x) throws IOException {
        var body = Json.MAPPER.readTree(x.getRequestBody());
        String model = body.path("model").asText();
        DemoModel m = MODELS.stream().filter(d -> d.name().equals(model)).findFirst().orElse(null);
        if (m == null) {
            send(x, 404, ("{\"error\":\"model \\\"" + model + "\\\" not found, try pulling it first\"}").getBytes(StandardCharsets.UTF_8), "application/json");
            return;
        }
        var messages = body.path("messages");
        String last = messages.isEmpty() ? "" : messages.get(messages.size() - 1).path("content").asText();
        String system = messages.isEmpty() || !"system".equals(messages.get(0).path("role").asText()) ? "" : messages.get(0).path("content").asText();
        String answer = DemoReplies.answer(m.style(), last, system);
        x.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        x.sendResponseHeaders(200, 0);
        long started = System.nanoTime();
        long load = loadedOnce.get() ? 0 : m.loadMillis();
        try (OutputStream out = x.getResponseBody()) {
            sleep(load + 150);
            if (m.thinking() != null) {
                for (String w : m.thinking().split("(?<= )")) {
                    line(out, "{\"model\":\"" + m.name() + "\",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":" + quote(w) + "},\"done\":false}");
                    sleep(1000L / (m.tokensPerSecond() * 2));
                }
            }
            String[] words = answer.split("(?<=[ \\n])");
            for (String w : words) {
                line(out, "{\"model\":\"" + m.name() + "\",\"message\":{\"role\":\"assistant\",\"content\":" + quote(w) + "},\"done\":false}");
                sleep(1000L / m.tokensPerSecond());
            }
            long total = System.nanoTime() - started;
            line(out, String.format(Locale.ROOT, "{\"model\":\"%s\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                    + "\"done_reason\":\"stop\",\"total_duration\":%d,\"load_duration\":%d,\"prompt_eval_count\":%d,\"eval_count\":%d,"
                    + "\"eval_duration\":%d}", m.name(), total, load * 1_000_000L, last.length() / 4 + 10, words.length,
                    words.length * 1_000_000_000L / m.tokensPerSecond()));
        } catch (IOException cancelled) {
            // the client cancelled: stop writing
        }
        loadedOnce.set(true);
    }

    private static void line(OutputStream out, String json) throws IOException {
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String quote(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange x, int status, byte[] body, String type) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
