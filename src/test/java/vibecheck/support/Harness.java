package vibecheck.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.ChatMessage;
import vibecheck.protocol.ChatRequest;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.stream.HttpClients;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.StreamEngine;

/** Runs replies through the real engine against a loopback server and collects what arrives. */
public final class Harness implements AutoCloseable {
    public final BlockingQueue<ReplyEvent> inbox = new LinkedBlockingQueue<>();
    private final List<ReplyEvent> others = new ArrayList<>();
    public final StreamEngine engine;
    private final OkHttpClient client;

    public Harness() {
        this(Duration.ofSeconds(30));
    }

    public Harness(Duration idle) {
        this(idle, vibecheck.config.Defaults.MAX_REPLY_BYTES);
    }

    public Harness(Duration idle, long maxReplyBytes) {
        client = HttpClients.create(false, Duration.ofSeconds(2), idle);
        engine = new StreamEngine(() -> client, idle, maxReplyBytes, inbox::add);
    }

    public static Contestant contestant(String name, String type, String baseUrl, Integer maxConcurrent, String key) {
        ServerConfig p = new ServerConfig(type + "-p", type, baseUrl, key == null ? null : "TEST_KEY", maxConcurrent, Map.of());
        ModelConfig m = new ModelConfig(name, p.id(), "model-" + name, 0.2, 64, 7);
        return new Contestant(m, p, Protocols.create(p, key == null ? Map.of() : Map.of("TEST_KEY", key)));
    }

    public static ChatRequest request(String model, String prompt) {
        return new ChatRequest(model, "be brief", List.of(ChatMessage.user(prompt)), 0.2, 64, 7);
    }

    /** What one reply produced. */
    public static final class Result {
        public final StringBuilder text = new StringBuilder();
        public final StringBuilder reasoning = new StringBuilder();
        public final List<ReplyEvent> events = new ArrayList<>();
        public ReplyEvent.Ended ended;
    }

    public Result run(Contestant c, String prompt) {
        engine.start("r1", c, request(c.model().model(), prompt));
        return await("r1");
    }

    public Result await(String replyId) {
        Result r = new Result();
        List<ReplyEvent> earlier = new ArrayList<>(others);
        others.clear();
        for (ReplyEvent e : earlier) {
            if (e.replyId().equals(replyId)) take(r, e);
            else others.add(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (r.ended == null) {
            if (System.nanoTime() > deadline) fail("reply " + replyId + " did not end within 20 s; events so far: " + r.events.size());
            ReplyEvent e;
            try {
                e = inbox.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException ex) {
                throw new AssertionError(ex);
            }
            if (e == null) fail("reply " + replyId + " did not end within 20 s; events so far: " + r.events);
            if (e.replyId().equals(replyId)) take(r, e);
            else others.add(e);
        }
        return r;
    }

    private static void take(Result r, ReplyEvent e) {
        r.events.add(e);
        if (e instanceof ReplyEvent.Chunk c) (c.reasoning() ? r.reasoning : r.text).append(c.text());
        if (e instanceof ReplyEvent.Ended end) r.ended = end;
    }

    @Override
    public void close() {
        engine.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
