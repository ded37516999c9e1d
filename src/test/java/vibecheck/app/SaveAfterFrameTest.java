package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/**
 * Saving writes the whole transcript, which takes tens of milliseconds once replies are long: the frame that shows
 * a reply's end is drawn first and the transcript is written after it, so the last token reaches the screen without
 * waiting for the disk. Nothing is lost: the transcript holds the finished reply once the frame is out.
 */
class SaveAfterFrameTest {
    @TempDir
    Path dir;

    @Test
    void theFrameShowingAReplysEndIsDrawnBeforeTheTranscriptIsWritten() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha answers.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha"), Map.of(), 100, 24)) {
            // at the first frame that shows the reply done: was the finished reply already on disk?
            AtomicReference<Boolean> savedWhenShown = new AtomicReference<>();
            d.vt.addVirtualTerminalListener(new VirtualTerminalListener() {
                @Override
                public void onFlush() {
                    if (savedWhenShown.get() == null && d.screen().contains("✓ done")) savedWhenShown.set(saysFinished(d.transcript));
                }

                @Override
                public void onBell() { }

                @Override
                public void onClose() { }

                @Override
                public void onResized(Terminal terminal, TerminalSize size) { }
            });
            d.type("hi").press(KeyType.Enter);
            d.untilShows("✓ done");
            assertNotNull(savedWhenShown.get(), "a frame showed the end");
            assertFalse(savedWhenShown.get(), "the transcript was written before the frame that shows the reply's end");
            assertEquals("finished", d.transcriptJson().at("/turns/0/replies/0/state").asText(), "and right after it");
        }
    }

    private static boolean saysFinished(Path transcript) {
        try {
            return Files.exists(transcript) && Files.readString(transcript).contains("\"finished\"");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
