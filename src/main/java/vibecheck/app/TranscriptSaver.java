package vibecheck.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vibecheck.core.Msg;
import vibecheck.core.Session;
import vibecheck.transcript.AtomicFile;
import vibecheck.transcript.TranscriptLock;
import vibecheck.transcript.TranscriptWriter;

/**
 * Saves the session on screen into its transcript, as the file's one writer (see {@link TranscriptLock}). The UI
 * thread only takes the session as a tree; whether it says anything new, and the writing, happen on the transcript's
 * writing thread ({@link TranscriptWrites}), and the outcome comes back as a message: {@code Msg.Saved} (with the OS's
 * reason when it failed; the next save writes it all again) or {@code Msg.WrittenElsewhere} when another vibecheck
 * already writes the file, rather than two writers saving over each other.
 */
final class TranscriptSaver {
    private record Job(String sessionId, Path file, ObjectNode tree, String known) {}

    /** The transcripts this app is the writer of. */
    private final Set<Path> locked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** What each file says as this app last wrote it (writing thread only). */
    private final Map<Path, String> written = new HashMap<>();
    private final TranscriptWrites<Job> writes;

    /** @param answer where each write's outcome goes (the UI's inbox) */
    TranscriptSaver(Consumer<Msg> answer) {
        this.writes = new TranscriptWrites<>(this::write, answer);
    }

    /** On the UI thread: hands the session over, as it is now, with what its file is known to say. */
    void save(Session session, Path file) {
        writes.submit(file, new Job(session.id(), file, TranscriptWriter.tree(session.transcript()), session.savedContent()));
    }

    private Msg write(Job job) {
        Msg elsewhere = lock(job.file());
        if (elsewhere != null) return elsewhere;
        String content = TranscriptWriter.content(job.tree()); // what it says: the one look at all of it
        if (content.equals(written.getOrDefault(job.file(), job.known()))) return null; // nothing new
        try {
            AtomicFile.write(job.file(), TranscriptWriter.bytes(job.tree()));
            written.put(job.file(), content);
            return new Msg.Saved(job.sessionId(), content, null);
        } catch (IOException ex) {
            return new Msg.Saved(job.sessionId(), content, "cannot save the transcript to " + job.file() + ": " + ex.getMessage());
        }
    }

    /** Makes this app the transcript's writer; a message when another vibecheck is, else null. */
    Msg lock(Path transcript) {
        if (locked.contains(transcript)) return null;
        try {
            String holder = TranscriptLock.acquire(transcript);
            if (holder != null) return new Msg.WrittenElsewhere(transcript.getFileName() + " is open in " + holder);
            locked.add(transcript);
        } catch (IOException e) {
            // no lock file can be written where the transcript goes: the save itself will say why
        }
        return null;
    }

    boolean settled() {
        return writes.settled();
    }

    void drain() throws InterruptedException {
        writes.drain();
    }

    void releaseAll() {
        for (Path p : locked) TranscriptLock.release(p);
    }
}
