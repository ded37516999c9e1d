package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.core.Msg;
import vibecheck.core.UiState;
import vibecheck.discovery.Discovery;
import vibecheck.discovery.Probe;
import vibecheck.keys.Action;
import vibecheck.keys.Keymap;
import vibecheck.core.Picker;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;

/**
 * The screen never waits on a disk: files are written on the app's file thread, and what happened comes back as a
 * message that Update turns into the status. A write that hangs (a full NFS mount, a stuck disk) leaves every key
 * working.
 */
class FileThreadAppTest {
    @TempDir
    Path dir;

    @Test
    void keysAreAnsweredWhileAFileWriteHangsAndItsOutcomeArrivesAsAMessage() throws Exception {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.server.setDispatcher(PickerAppTest.tagsThen(ollama));
            List<Probe> probes = List.of(new Probe("ollama", "ollama", ollama.baseUrl(), null, "Ollama"));
            try (AppDriver d = new AppDriver(dir, List.of(), Map.of(), 120, 32, Keymap.defaults(), false, s -> {
                s.probes = probes;
                s.picker = new Picker(Discovery.run(probes, Map.of()), List.of());
                s.overlay = UiState.Overlay.PICKER;
            })) {
                CountDownLatch release = new CountDownLatch(1);
                CountDownLatch writing = new CountDownLatch(1);
                d.app.configWriter(text -> {
                    writing.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS); // the disk hangs
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Msg.ConfigWritten(dir.resolve("config.json"), null);
                });
                d.press(Action.PICK_TOGGLE).pressWhileFilesWork(Action.PICK_WRITE);
                assertTrue(writing.await(10, TimeUnit.SECONDS), "the write started");
                d.pressWhileFilesWork(Action.PICK_DOWN).pressWhileFilesWork(Action.PICK_TOGGLE); // answered while the write hangs
                assertTrue(d.screen().contains("chooses (1/6)") || d.screen().contains("chooses (2/6)"), d.screen());
                assertEquals(UiState.Overlay.PICKER, d.state().overlay);
                release.countDown();
                d.until(s -> s.contains("wrote " + dir.resolve("config.json")), "the write's outcome in the status");
            }
        }
    }
}
