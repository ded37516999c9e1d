package vibecheck.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.app.App;
import vibecheck.app.FrameOutput;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.keys.Keymap;
import vibecheck.stream.HttpClients;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.stream.StreamEngine;
import vibecheck.support.UiFixture;
import vibecheck.ui.Theme;

/**
 * How the UI copes with the design envelope: six panels at 2,000 tokens a second each, drawn through the real
 * frame path (Lanterna's ANSI output into {@link FrameOutput}). Not part of the normal test run; run with
 * {@code mvn -q test -Dtest=UiBenchmark -Dbenchmark=true} and compare its numbers within one run.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class UiBenchmark {
    private static final String[] WORDS = "the model answers with many small tokens like these, some longer ones, 日本語 and 🙂 too\n".split("(?<= )");

    @TempDir
    Path dir;

    /** Counts what reaches the "terminal". */
    static final class Counting extends OutputStream {
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(int b) {
            bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }
    }

    @Test
    void sixPanelsAtTwoThousandTokensPerSecondEach() throws Exception {
        Counting sink = new Counting();
        FrameOutput out = new FrameOutput(sink);
        ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(240, 60);
            }
        };
        Session session = new Session(UiFixture.contestants("http://127.0.0.1:9", "a", "b", "c", "d", "e", "f"),
                "bench", Clock.systemUTC(), "bench1");
        session.addTurn("go", UiFixture.PROMPTS.get(0), null);
        UiState state = new UiState(session, UiFixture.PROMPTS, 0, Keymap.defaults(), null, 0.2);
        var client = HttpClients.create(false, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1));
        java.util.concurrent.BlockingQueue<com.googlecode.lanterna.input.KeyStroke> keys = new java.util.concurrent.LinkedBlockingQueue<>();
        App app;
        try (StreamEngine engine = new StreamEngine(client, java.time.Duration.ofSeconds(1), e -> { })) {
            app = new App(state, terminal, keys::take, engine, dir.resolve("t.json"), Map.of(), Theme.colored());
            app.frameOutput(out);
            Thread t = new Thread(() -> {
                try {
                    app.run();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }, "ui");
            t.start();
            for (int i = 1; i <= 6; i++) app.post(new ReplyEvent.StateChanged("r" + i, ReplyState.STREAMING));
            app.awaitIdle(5000);
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long writes0 = out.writes();
            long bytes0 = sink.bytes.get();
            long cpu0 = mx.getThreadCpuTime(t.getId());
            long start = System.nanoTime();
            int seconds = Integer.getInteger("bench.seconds", 5);
            long tokens = 0;
            // tokens a second per panel: 2,000 by default (hosted speed), -Dbench.rate=150 for a GPU box's real speeds
            int ratePerPanel = Integer.getInteger("bench.rate", 2000);
            long tokenBytes = 0;
            List<Long> keyLatencies = new java.util.ArrayList<>();
            long nextKey = start + 300_000_000L;
            long keyPressedAt = 0;
            long keysBefore = 0;
            long writesAtKey = 0;
            while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                long now = System.nanoTime();
                if (keyPressedAt == 0 && now >= nextKey) {
                    keysBefore = app.keysHandled();
                    writesAtKey = Long.MAX_VALUE;
                    keyPressedAt = now;
                    keys.add(new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Tab));
                } else if (keyPressedAt != 0 && writesAtKey == Long.MAX_VALUE && app.keysHandled() > keysBefore) {
                    writesAtKey = out.writes();
                } else if (keyPressedAt != 0 && writesAtKey != Long.MAX_VALUE && out.writes() > writesAtKey) {
                    keyLatencies.add(now - keyPressedAt);
                    keyPressedAt = 0;
                    nextKey = now + 200_000_000L;
                }
                long due = (System.nanoTime() - start) * 6L * ratePerPanel / 1_000_000_000L;
                while (tokens < due) {
                    String word = WORDS[(int) (tokens % WORDS.length)];
                    tokenBytes += word.getBytes(StandardCharsets.UTF_8).length;
                    app.post(new ReplyEvent.Chunk("r" + (tokens % 6 + 1), word, false));
                    tokens++;
                }
                Thread.sleep(0, 200_000);
            }
            app.awaitIdle(10_000);
            keyLatencies.sort(null);
            long elapsed = System.nanoTime() - start;
            long cpu = mx.getThreadCpuTime(t.getId()) - cpu0;
            long frames = out.writes() - writes0;
            long bytes = sink.bytes.get() - bytes0;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap = rt.totalMemory() - rt.freeMemory();

            for (int i = 1; i <= 6; i++) app.post(new ReplyEvent.Ended("r" + i, ReplyState.FINISHED, "stop", null, null, Metrics.NONE));
            app.awaitIdle(5000);
            long idleCpu0 = mx.getThreadCpuTime(t.getId());
            Thread.sleep(2000);
            long idleCpu = mx.getThreadCpuTime(t.getId()) - idleCpu0;
            app.post(new vibecheck.core.Msg.Shutdown("benchmark over"));
            t.join(5000);

            double secs = elapsed / 1e9;
            System.out.println(String.format(Locale.ROOT, """
                    UiBenchmark: 6 panels, 240x60, %d tokens in %.1f s (%.0f tok/s)
                      frames: %d (%.1f per second), one write each (Lanterna's own per-character encoder here; the real terminal writes ASCII directly)
                      bytes: %.0f per frame, %.0f KB/s, %.1f per byte of token text
                      UI thread CPU: %.1f%% of one core while streaming, %.2f%% idle
                      heap after GC: %.1f MB
                      key press to frame written: median %.1f ms, worst %.1f ms (%d presses, Tab moving the focus)
                    """, tokens, secs, tokens / secs, frames, frames / secs, bytes / (double) Math.max(1, frames),
                    bytes / secs / 1024, bytes / (double) Math.max(1, tokenBytes), 100.0 * cpu / elapsed, 100.0 * idleCpu / 2e9, heap / 1e6,
                    keyLatencies.isEmpty() ? 0 : keyLatencies.get(keyLatencies.size() / 2) / 1e6,
                    keyLatencies.isEmpty() ? 0 : keyLatencies.get(keyLatencies.size() - 1) / 1e6, keyLatencies.size()));
        } finally {
            client.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void sixConversationsOfAHundredThousandTokens() throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        UiState s = UiFixture.state("a", "b", "c", "d", "e", "f");
        UiFixture.type(s, "go");
        UiFixture.key(s, "Enter");
        for (int i = 0; i < 100_000; i++) {
            for (int p = 1; p <= 6; p++) UiFixture.event(s, new ReplyEvent.Chunk("r" + p, WORDS[i % WORDS.length], false));
        }
        long drawStart = System.nanoTime();
        String screen = UiFixture.draw(s, 240, 60, Theme.colored());
        long drawNanos = System.nanoTime() - drawStart;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.println(String.format(Locale.ROOT,
                "UiBenchmark: six 100k-token conversations: %.1f MB of heap (raw text, screen text and wrapped lines); first draw %.0f ms; %d chars on screen",
                (after - before) / 1e6, drawNanos / 1e6, screen.length()));
        List.of(s).forEach(x -> { });
    }
}
