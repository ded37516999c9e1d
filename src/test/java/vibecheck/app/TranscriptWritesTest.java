package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.stream.ReplyEvent;
import vibecheck.support.UiFixture;

/**
 * Transcripts are written off the UI thread: handing one over returns at once however slow the disk is, a newer
 * transcript for a file still waiting replaces the older, and a write that failed is reported and written again.
 */
class TranscriptWritesTest {
    private static final Path FILE = Path.of("session.json");

    private static ObjectNode tree(int n) {
        return JsonNodeFactory.instance.objectNode().put("n", n);
    }

    @Test
    void handingATranscriptOverReturnsWhileTheDiskIsStillWriting() throws Exception {
        CountDownLatch disk = new CountDownLatch(1);
        List<Integer> written = new CopyOnWriteArrayList<>();
        AtomicInteger told = new AtomicInteger();
        TranscriptWrites writes = new TranscriptWrites((session, file, tree) -> {
            try {
                disk.await(); // a disk that takes its time
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            written.add(tree.get("n").asInt());
        }, told::incrementAndGet);
        Session session = UiFixture.state("a").session;
        // the frame loop must not wait for the disk: this returns without the write being done
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> writes.submit(session, FILE, tree(1)));
        assertFalse(writes.settled(), "the write is under way");
        disk.countDown();
        writes.drain();
        assertEquals(List.of(1), written);
        assertEquals(1, writes.collect().size());
        assertTrue(writes.settled());
        assertEquals(1, told.get(), "the UI thread is told once per write");
    }

    @Test
    void aNewerTranscriptForAFileStillWaitingReplacesTheOlderOne() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch disk = new CountDownLatch(1);
        List<Integer> written = new CopyOnWriteArrayList<>();
        TranscriptWrites writes = new TranscriptWrites((session, file, tree) -> {
            started.countDown();
            try {
                disk.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            written.add(tree.get("n").asInt());
        }, () -> { });
        Session session = UiFixture.state("a").session;
        writes.submit(session, FILE, tree(1));
        started.await(); // 1 is being written
        writes.submit(session, FILE, tree(2));
        writes.submit(session, FILE, tree(3));
        disk.countDown();
        writes.drain();
        assertEquals(List.of(1, 3), written, "2 was never worth writing: 3 says all it said and more");
    }

    @Test
    void aFailedWriteIsOnTheStatusLineAndTheNextSaveWritesTheWholeTranscriptAgain(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        UiState s = UiFixture.state("a");
        UiFixture.type(s, "go");
        UiFixture.key(s, "Enter");
        UiFixture.event(s, new ReplyEvent.Chunk("r1", "Hello.", false));
        Path file = dir.resolve("gone/session.json"); // no such folder
        TranscriptSaver saver = new TranscriptSaver(() -> { });
        saver.save(s, file);
        saver.finish(s);
        assertEquals("cannot save the transcript to " + file + ": No such file or directory", saver.problem());
        assertEquals(saver.problem(), s.status);
        assertNotNull(s.session.transcriptToSave(), "nothing new since, but the file lacks it all: the next save writes it");

        java.nio.file.Files.createDirectories(file.getParent()); // the folder is back
        saver.save(s, file);
        saver.finish(s);
        assertNull(saver.problem());
        assertEquals("transcript saved again", s.status);
        assertTrue(java.nio.file.Files.readString(file).contains("Hello."));
        assertNull(s.session.transcriptToSave(), "and now it is on disk");
        saver.releaseAll();
    }
}
