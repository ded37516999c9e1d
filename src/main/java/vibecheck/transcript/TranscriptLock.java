package vibecheck.transcript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who writes a transcript: a lock file beside it ({@code .NAME.lock}) holding the writer's process id. A lock whose
 * process is gone is stale and taken over. Within one process, a transcript has one writer too.
 */
public final class TranscriptLock {
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private TranscriptLock() {}

    static Path lockFile(Path transcript) {
        Path abs = transcript.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /**
     * Makes this process the transcript's writer. Returns null when it is (or already was), or what holds it: "pid N"
     * for another live vibecheck, or "this vibecheck" when another session of this process writes it.
     */
    public static String acquire(Path transcript) throws IOException {
        Path key = transcript.toAbsolutePath().normalize();
        Path lock = lockFile(transcript);
        String self = String.valueOf(ProcessHandle.current().pid());
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.write(lock, self.getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                HELD.add(key);
                return null;
            } catch (FileAlreadyExistsException e) {
                String holder;
                try {
                    holder = Files.readString(lock, StandardCharsets.US_ASCII).strip();
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                if (holder.equals(self)) {
                    if (!HELD.add(key)) return "another session of this vibecheck";
                    return null; // left by this process earlier: its session is over
                }
                if (AtomicFile.alive(holder)) return "vibecheck pid " + holder;
                Files.deleteIfExists(lock); // stale: its process is gone
            }
        }
        return "a lock file that keeps changing (" + lock + ")";
    }

    /** Gives the transcript up (at the end of a session). */
    public static void release(Path transcript) {
        Path key = transcript.toAbsolutePath().normalize();
        if (!HELD.remove(key)) return;
        try {
            Path lock = lockFile(transcript);
            String self = String.valueOf(ProcessHandle.current().pid());
            if (Files.exists(lock) && Files.readString(lock, StandardCharsets.US_ASCII).strip().equals(self)) Files.delete(lock);
        } catch (IOException ignored) {
            // a lock left behind names a process that is gone, so the next opener takes it over
        }
    }
}
