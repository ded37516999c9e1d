package vibecheck.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files of killed runs, save failures in the operating system's words, and one writer per transcript. */
class LeftoversAndWritersTest {
    @TempDir
    Path dir;

    /** The id of a process that has ended. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void theNextRunRemovesTemporaryFilesOfKilledRunsButNotThoseOfALiveOne() throws Exception {
        Path dead = Files.writeString(dir.resolve(".2026-11-26T18-44-09_aaaaaa.json." + deadPid() + ".tmp"), "{\"half");
        Path live = Files.writeString(dir.resolve(".2026-11-26T18-44-09_bbbbbb.json." + ProcessHandle.current().pid() + ".tmp"), "{");
        Path transcript = Files.writeString(dir.resolve("2026-11-26T18-44-09_aaaaaa.json"), "{}");
        new TranscriptStore(dir).prepare();
        assertFalse(Files.exists(dead), "left by a run that is gone");
        assertTrue(Files.exists(live), "a live vibecheck is writing it");
        assertTrue(Files.exists(transcript));
    }

    @Test
    void aSaveThatFailsSaysWhyInTheOperatingSystemsWordsAndLeavesNoTemporaryFile() throws Exception {
        IOException missing = assertThrows(IOException.class, () -> AtomicFile.write(dir.resolve("gone/t.json"), new byte[] {1}));
        assertEquals("No such file or directory", missing.getMessage());
        assertEquals("Permission denied", AtomicFile.reason(new AccessDeniedException("/t/.t.json.1.tmp")));
        assertEquals("No space left on device", AtomicFile.reason(new FileSystemException("/t/.t.json.1.tmp", null, "No space left on device")));
        assertEquals("No space left on device", AtomicFile.reason(new IOException("No space left on device")));
        Path blocked = dir.resolve("t.json");
        Files.createDirectory(blocked.resolveSibling("." + blocked.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"));
        assertThrows(IOException.class, () -> AtomicFile.write(blocked, new byte[] {1}));
        assertFalse(Files.exists(blocked));
    }

    @Test
    void aTranscriptHasOneWriterAndAStaleLockIsTakenOver() throws Exception {
        Path t = dir.resolve("s.json");
        assertNull(TranscriptLock.acquire(t));
        assertEquals("another session of this vibecheck", TranscriptLock.acquire(t));
        TranscriptLock.release(t);
        assertNull(TranscriptLock.acquire(t), "free again once released");
        TranscriptLock.release(t);

        Files.writeString(TranscriptLock.lockFile(t), String.valueOf(deadPid()));
        assertNull(TranscriptLock.acquire(t), "the process that held it is gone");
        TranscriptLock.release(t);
        assertFalse(Files.exists(TranscriptLock.lockFile(t)));

        // a child that exits under a parent that never reaps it: a zombie, as a killed vibecheck is until reaped
        // (perl's fork leaves the child unreaped for certain; a shell may reap it before it execs, now and then)
        Process parent = new ProcessBuilder("perl", "-e", "$p = fork(); if ($p == 0) { exit 0 } $| = 1; print \"$p\\n\"; sleep 30").start();
        String zombie = new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream())).readLine().strip();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.readString(Path.of("/proc/" + zombie + "/stat")).contains(") Z") && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        try {
            Files.writeString(TranscriptLock.lockFile(t), zombie);
            assertNull(TranscriptLock.acquire(t), "a killed process its parent has not reaped yet holds nothing");
            TranscriptLock.release(t);
        } finally {
            parent.destroy();
        }

        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(TranscriptLock.lockFile(t), String.valueOf(other.pid()));
            assertEquals("vibecheck pid " + other.pid(), TranscriptLock.acquire(t));
        } finally {
            other.destroy();
        }
    }
}
