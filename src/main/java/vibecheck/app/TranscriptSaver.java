package vibecheck.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import vibecheck.core.Msg;
import vibecheck.transcript.AtomicFile;
import vibecheck.transcript.TranscriptLock;
import vibecheck.transcript.TranscriptWriter;

/**
 * Writes the session on screen into its transcript, as the file's one writer (see {@link TranscriptLock}), on the
 * app's file thread: each write answers with a message for the UI thread. When another vibecheck already writes the
 * file, the answer says so and the session goes read-only, rather than two writers saving over each other.
 */
final class TranscriptSaver {
    /** The transcripts this app is the writer of. */
    private final Set<Path> locked = new HashSet<>();

    /** Writes {@code tree} (already built on the UI thread) and says how it went. */
    Msg write(String sessionId, ObjectNode tree, Path transcript) {
        Msg elsewhere = lock(transcript);
        if (elsewhere != null) return elsewhere;
        try {
            AtomicFile.write(transcript, TranscriptWriter.bytes(tree));
            return new Msg.Saved(sessionId, tree, null);
        } catch (IOException ex) {
            return new Msg.Saved(sessionId, tree, "cannot save the transcript to " + transcript + ": " + ex.getMessage()); // the OS's reason
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

    void releaseAll() {
        for (Path p : locked) TranscriptLock.release(p);
    }
}
