package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vibecheck.core.Msg;
import vibecheck.core.UiState;
import vibecheck.core.Update;
import vibecheck.stream.ReplyEvent;
import vibecheck.support.UiFixture;

/**
 * Transcripts are written off the UI thread: handing one over returns at once however slow the disk is, a newer
 * transcript for a file still waiting replaces the older, and what a write did comes back as a message that Update
 * takes in (a failure on the status line, then written again).
 */
class TranscriptWritesTest {
    private static final Path FILE = Path.of("session.json");

    @Test
    void handingATranscriptOverReturnsWhileTheDiskIsStillWriting() throws Exception {
        CountDownLatch disk = new CountDownLatch(1);
        List<Integer> written = new CopyOnWriteArrayList<>();
        List<Msg> told = new CopyOnWriteArrayList<>();
        TranscriptWrites<Integer> writes = new TranscriptWrites<>(n -> {
            try {
                disk.await(); // a disk that takes its time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(n);
            return new Msg.Saved("s", "content " + n, null);
        }, told::add);
        // the frame loop must not wait for the disk: this returns without the write being done
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> writes.submit(FILE, 1));
        assertFalse(writes.settled(), "the write is under way");
        disk.countDown();
        writes.drain();
        assertEquals(List.of(1), written);
        assertTrue(writes.settled());
        assertEquals(List.of(new Msg.Saved("s", "content 1", null)), told, "the UI thread is told once per write");
    }

    @Test
    void aNewerTranscriptForAFileStillWaitingReplacesTheOlderOne() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch disk = new CountDownLatch(1);
        List<Integer> written = new CopyOnWriteArrayList<>();
        TranscriptWrites<Integer> writes = new TranscriptWrites<>(n -> {
            started.countDown();
            try {
                disk.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(n);
            return null;
        }, m -> { });
        writes.submit(FILE, 1);
        started.await(); // 1 is being written
        writes.submit(FILE, 2);
        writes.submit(FILE, 3);
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
        List<Msg> inbox = new CopyOnWriteArrayList<>();
        TranscriptSaver saver = new TranscriptSaver(inbox::add);
        saver.save(s.session, file);
        saver.drain();
        Msg.Saved failed = assertInstanceOf(Msg.Saved.class, inbox.remove(0));
        Update.apply(s, failed);
        assertEquals("cannot save the transcript to " + file + ": No such file or directory", s.saveProblem);
        assertEquals(s.saveProblem, s.status);

        java.nio.file.Files.createDirectories(file.getParent()); // the folder is back: nothing changed, yet it is written
        saver.save(s.session, file);
        saver.drain();
        Update.apply(s, inbox.remove(0));
        assertNull(s.saveProblem);
        assertEquals("transcript saved again", s.status);
        assertTrue(java.nio.file.Files.readString(file).contains("Hello."));
        assertNull(s.session.transcriptToSave(), "and the session knows it is on disk");

        saver.save(s.session, file);
        saver.drain();
        assertEquals(List.of(), inbox, "nothing new: nothing written, nothing said");
        saver.releaseAll();
    }
}
