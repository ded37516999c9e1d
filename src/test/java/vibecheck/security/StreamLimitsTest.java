package vibecheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vibecheck.stream.ReplyState;
import vibecheck.support.Harness;
import vibecheck.support.RawServer;

/** A server may send without end; the reply fails at a limit, its connection is closed and the others go on. */
class StreamLimitsTest {
    private static final String CHUNK = "x".repeat(64 * 1024);

    /** Writes for at most 20 s, until the client goes away. */
    private static RawServer endless(String first, String repeated) throws IOException {
        return new RawServer((server, out) -> {
            server.write(out, first);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < end) server.write(out, repeated);
        });
    }

    @Test
    void bytesWithoutALineBreakFailTheReplyAtOneMebibyteAndCloseTheConnection() throws Exception {
        try (RawServer hostile = endless("", CHUNK); Harness h = new Harness()) {
            Harness.Result r = h.run(Harness.contestant("m", "ollama", hostile.baseUrl(), null, null), "hi");
            assertEquals(ReplyState.FAILED, r.ended.state());
            assertTrue(r.ended.error().contains("line longer than 1 MiB"), r.ended.error());
            assertTrue(hostile.clientGone.await(10, TimeUnit.SECONDS), "the connection was left open");
        }
    }

    @Test
    void anEventThatNeverEndsFailsTheReply() throws Exception {
        String line = "data: " + "y".repeat(1000) + "\n";
        try (RawServer hostile = endless("", line); Harness h = new Harness()) {
            Harness.Result r = h.run(Harness.contestant("m", "openai", hostile.baseUrl(), null, null), "hi");
            assertEquals(ReplyState.FAILED, r.ended.state());
            assertTrue(r.ended.error().contains("event longer than 1 MiB"), r.ended.error());
            assertTrue(hostile.clientGone.await(10, TimeUnit.SECONDS), "the connection was left open");
        }
    }

    @Test
    void aReplyLongerThanTheLimitFailsThereKeepingTheTextUpToIt() throws Exception {
        String line = "{\"message\":{\"content\":\"" + "z".repeat(10_000) + "\"},\"done\":false}\n";
        long limit = 1024 * 1024;
        try (RawServer hostile = endless("", line); Harness h = new Harness(Duration.ofSeconds(30), limit)) {
            Harness.Result r = h.run(Harness.contestant("m", "ollama", hostile.baseUrl(), null, null), "hi");
            assertEquals(ReplyState.FAILED, r.ended.state());
            assertTrue(r.ended.error().contains("passed 1 MiB of text"), r.ended.error());
            assertTrue(r.ended.error().contains("defaults.maxReplyMiB"), r.ended.error());
            assertEquals(limit, r.text.length());
            assertTrue(hostile.clientGone.await(10, TimeUnit.SECONDS), "the connection was left open");
        }
    }

    @Test
    void twoHostileStreamsFailWhileAnOrdinaryReplyFinishes() throws Exception {
        try (RawServer noNewline = endless("", CHUNK);
             RawServer huge = endless("", "{\"message\":{\"content\":\"" + "w".repeat(60_000) + "\"},\"done\":false}\n");
             RawServer fine = new RawServer((server, out) -> {
                 for (int i = 0; i < 20; i++) {
                     server.write(out, "{\"message\":{\"content\":\"ok \"},\"done\":false}\n");
                     Thread.sleep(20);
                 }
                 server.write(out, "{\"done\":true,\"done_reason\":\"stop\"}\n");
             });
             Harness h = new Harness()) {
            h.engine.start("a", Harness.contestant("a", "ollama", noNewline.baseUrl(), null, null), Harness.request("a", "hi"));
            h.engine.start("b", Harness.contestant("b", "ollama", huge.baseUrl(), null, null), Harness.request("b", "hi"));
            h.engine.start("c", Harness.contestant("c", "ollama", fine.baseUrl(), null, null), Harness.request("c", "hi"));
            assertEquals(ReplyState.FAILED, h.await("a").ended.state());
            Harness.Result b = h.await("b");
            assertEquals(ReplyState.FAILED, b.ended.state());
            assertTrue(b.ended.error().contains("passed 8 MiB"), b.ended.error());
            Harness.Result c = h.await("c");
            assertEquals(ReplyState.FINISHED, c.ended.state());
            assertEquals("ok ".repeat(20), c.text.toString());
        }
    }
}
