package vibecheck.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vibecheck.config.Defaults;
import vibecheck.support.RawServer;
import vibecheck.support.Harness;

class StreamEngineTest {
    private static final String DONE = "{\"message\":{\"content\":\"ok\"},\"done\":false}\n{\"done\":true,\"done_reason\":\"stop\"}\n";
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private String base() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    @Test
    void sixStreamsToOneHostRunAtTheSameTime() {
        CountDownLatch allArrived = new CountDownLatch(6);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                allArrived.countDown();
                // answer only once all six requests are in: a client that queues the sixth would never get here
                if (!allArrived.await(10, TimeUnit.SECONDS)) return new MockResponse().setResponseCode(500).setBody("{\"error\":\"only some requests arrived\"}");
                return new MockResponse().setBody(DONE);
            }
        });
        try (Harness h = new Harness()) {
            for (int i = 1; i <= 6; i++) h.engine.start("r" + i, Harness.contestant("m" + i, "ollama", base(), null, null), Harness.request("m" + i, "hi"));
            for (int i = 1; i <= 6; i++) {
                Harness.Result r = h.await("r" + i);
                assertEquals(ReplyState.FINISHED, r.ended.state(), "reply " + i + ": " + r.ended.error());
            }
        }
    }

    @Test
    void maxConcurrentQueuesTheRest() {
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrivals.add(System.nanoTime());
                return new MockResponse().setBody(DONE).setBodyDelay(300, TimeUnit.MILLISECONDS);
            }
        });
        try (Harness h = new Harness()) {
            for (int i = 1; i <= 3; i++) h.engine.start("r" + i, Harness.contestant("m", "ollama", base(), 1, null), Harness.request("m", "hi"));
            List<Harness.Result> results = new ArrayList<>();
            for (int i = 1; i <= 3; i++) results.add(h.await("r" + i));
            results.forEach(r -> assertEquals(ReplyState.FINISHED, r.ended.state()));
            long waited = results.stream().filter(r -> r.events.contains(new ReplyEvent.StateChanged(r.ended.replyId(), ReplyState.WAITING))).count();
            assertEquals(2, waited, "two of three replies wait for the one slot");
        }
        assertEquals(3, arrivals.size());
        for (int i = 1; i < 3; i++) {
            long gapMs = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
            assertTrue(gapMs >= 250, "request " + (i + 1) + " came " + gapMs + " ms after the previous one; with one slot it must wait for it to end");
        }
    }

    @Test
    void sequentialRepliesRunOneAtATimeInTheOrderStarted() {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                order.add(request.getBody().readUtf8().replaceAll(".*\"model\":\"([^\"]+)\".*", "$1"));
                arrivals.add(System.nanoTime());
                return new MockResponse().setBody(DONE).setBodyDelay(250, TimeUnit.MILLISECONDS);
            }
        });
        try (Harness h = new Harness()) {
            for (int i = 1; i <= 3; i++) {
                h.engine.start("r" + i, Harness.contestant("m" + i, "ollama", base(), null, null), Harness.request("model-m" + i, "hi"), true);
            }
            for (int i = 1; i <= 3; i++) assertEquals(ReplyState.FINISHED, h.await("r" + i).ended.state());
        }
        assertEquals(List.of("model-m1", "model-m2", "model-m3"), order);
        for (int i = 1; i < 3; i++) {
            long gapMs = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
            assertTrue(gapMs >= 200, "reply " + (i + 1) + " started " + gapMs + " ms after the one before; it must wait for it to end");
        }
    }

    @Test
    void cancellingClosesTheConnectionAndTheServerSeesIt() throws Exception {
        try (RawServer drip = RawServer.dripping(); Harness h = new Harness()) {
            h.engine.start("r1", Harness.contestant("m", "ollama", drip.baseUrl(), null, null), Harness.request("m", "hi"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (drip.linesWritten.get() < 10 && System.nanoTime() < deadline) Thread.sleep(5);
            h.engine.cancel("r1");
            Harness.Result r = h.await("r1");
            assertEquals(ReplyState.CANCELLED, r.ended.state());
            assertTrue(r.text.toString().startsWith("tok tok"), "partial text is kept: " + r.text);
            assertTrue(drip.clientGone.await(5, TimeUnit.SECONDS), "the server saw the connection close");
        }
    }

    @Test
    void cancellingAReplyStillWaitingForItsSlot() throws Exception {
        try (RawServer drip = RawServer.dripping(); Harness h = new Harness()) {
            h.engine.start("r1", Harness.contestant("m", "ollama", drip.baseUrl(), 1, null), Harness.request("m", "hi"));
            h.engine.start("r2", Harness.contestant("m", "ollama", drip.baseUrl(), 1, null), Harness.request("m", "hi"));
            h.engine.cancel("r2");
            var r2 = h.await("r2").ended;
            assertEquals(ReplyState.CANCELLED, r2.state(), r2.toString());
            h.engine.cancelAll();
            var r1 = h.await("r1").ended;
            assertEquals(ReplyState.CANCELLED, r1.state(), r1.toString());
        }
    }

    @Test
    void slowFirstByteAndPausesShorterThanTheIdleTimeoutAreWaitedFor() {
        server.enqueue(new MockResponse().setHeadersDelay(1500, TimeUnit.MILLISECONDS).setBody(DONE));
        try (Harness h = new Harness(Duration.ofMillis(2500))) {
            Harness.Result r = h.run(Harness.contestant("m", "ollama", base(), null, null), "hi");
            assertEquals(ReplyState.FINISHED, r.ended.state(), String.valueOf(r.ended.error()));
            assertTrue(r.ended.metrics().ttftMs() >= 1400, "ttft " + r.ended.metrics().ttftMs());
        }
    }

    @Test
    void silenceLongerThanTheIdleTimeoutInterruptsAndKeepsText() throws Exception {
        try (RawServer silent = new RawServer((server, out) -> {
                    server.write(out, "{\"message\":{\"content\":\"first\"},\"done\":false}\n");
                    Thread.sleep(3000);
                });
             Harness h = new Harness(Duration.ofMillis(700))) {
            Harness.Result r = h.run(Harness.contestant("m", "ollama", silent.baseUrl(), null, null), "hi");
            assertEquals(ReplyState.INTERRUPTED, r.ended.state(), r.ended.toString());
            assertEquals("first", r.text.toString());
            assertTrue(r.ended.error().contains("no data for 0.7 s"), r.ended.error());
        }
    }

    @Test
    void utf8SplitAcrossNetworkReadsComesOutWhole() {
        String text = "naïve 日本語 🙂👍🏽 ok";
        server.enqueue(new MockResponse().setBody("{\"message\":{\"content\":\"" + text + "\"},\"done\":false}\n{\"done\":true}\n")
                .throttleBody(1, 2, TimeUnit.MILLISECONDS));
        try (Harness h = new Harness()) {
            Harness.Result r = h.run(Harness.contestant("m", "ollama", base(), null, null), "hi");
            assertEquals(text, r.text.toString());
        }
    }

    @Test
    void aSingleLineOfAlmostAMebibyte() {
        String big = "y".repeat(1000 * 1024);
        server.enqueue(new MockResponse().setBody("{\"message\":{\"content\":\"" + big + "\"},\"done\":false}\n{\"done\":true}\n"));
        try (Harness h = new Harness()) {
            Harness.Result r = h.run(Harness.contestant("m", "ollama", base(), null, null), "hi");
            assertEquals(ReplyState.FINISHED, r.ended.state());
            assertEquals(big.length(), r.text.length());
        }
    }

    @Test
    void everyReplyEndsExactlyOnceAndTimesItsFirstToken() {
        server.enqueue(new MockResponse().setBody(DONE).setBodyDelay(200, TimeUnit.MILLISECONDS));
        try (Harness h = new Harness()) {
            Harness.Result r = h.run(Harness.contestant("m", "ollama", base(), null, null), "hi");
            assertEquals(1, r.events.stream().filter(e -> e instanceof ReplyEvent.Ended).count());
            assertTrue(r.ended.metrics().ttftMs() >= 150, "ttft " + r.ended.metrics().ttftMs());
            assertTrue(r.ended.metrics().totalMs() >= r.ended.metrics().ttftMs());
            assertEquals(List.of(ReplyState.LOADING, ReplyState.STREAMING), r.events.stream()
                    .filter(e -> e instanceof ReplyEvent.StateChanged).map(e -> ((ReplyEvent.StateChanged) e).state()).toList());
        }
    }

    @Test
    void theClientWaitsForSlowModelsAndHasNoOverallDeadline() {
        OkHttpClient c = HttpClients.create(false, Duration.ofSeconds(5), Duration.ofSeconds(Defaults.IDLE_TIMEOUT_SECONDS));
        assertTrue(Defaults.IDLE_TIMEOUT_SECONDS >= 300);
        assertEquals(Defaults.IDLE_TIMEOUT_SECONDS * 1000L, c.readTimeoutMillis());
        assertEquals(0, c.callTimeoutMillis());
        assertEquals(5000, c.connectTimeoutMillis());
        assertTrue(c.dispatcher().getMaxRequestsPerHost() >= 6);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, c::sslSocketFactory,
                "no TLS is built for a cleartext-only client");
    }
}
