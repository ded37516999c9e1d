package vibecheck.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Tokens per second: the server's own timing, or the span from the first token to the last, or nothing. */
class SpeedTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ReplyRecorder rec = new ReplyRecorder("r1", e -> { }, now.get(), 1 << 20, now::get);

    @Test
    void aReplyThatArrivesInOneBurstHasNoSpeed() {
        now.addAndGet(400_000_000L);
        for (int i = 0; i < 300; i++) {
            rec.text("word ");
            now.addAndGet(20_000L); // 300 chunks within 6 ms
        }
        rec.usage(12L, 300L);
        Metrics m = rec.metrics(0);
        assertNull(m.tokensPerSecond(), "not 52518.3 tok/s");
        assertNull(m.tokensPerSecondSource());
        assertEquals(300L, m.outputTokens());
    }

    @Test
    void aLongEnoughSpanGivesTheSpeedOverIt() {
        for (int i = 0; i < 51; i++) {
            rec.text("w ");
            if (i < 50) now.addAndGet(20_000_000L); // 50 tokens after the first, over one second
        }
        Metrics m = rec.metrics(0);
        assertEquals(50.0, m.tokensPerSecond());
        assertEquals("span", m.tokensPerSecondSource());
        assertEquals(true, vibecheck.protocol.Json.MAPPER.valueToTree(m).toString().contains("\"tokensPerSecondSource\":\"span\""),
                "the transcript's metrics say where the speed came from");
    }

    @Test
    void theServersOwnTimingWinsWhenItReportsOne() {
        rec.text("all at once");
        rec.usage(10L, 120L);
        rec.timing(null, 2_000_000_000L); // Ollama eval_duration, or llama.cpp timings.predicted_ms
        Metrics m = rec.metrics(0);
        assertEquals(60.0, m.tokensPerSecond());
        assertEquals("server", m.tokensPerSecondSource());
    }
}
