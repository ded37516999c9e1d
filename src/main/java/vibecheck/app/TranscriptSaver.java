package vibecheck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import vibecheck.core.UiState;
import vibecheck.transcript.AtomicFile;
import vibecheck.transcript.TranscriptLock;
import vibecheck.transcript.TranscriptWriter;

/**
 * Saves the session on screen into its transcript, as the file's one writer (see {@link TranscriptLock}): when
 * another vibecheck already writes it, the session goes read-only and says so, rather than two writers saving over
 * each other. A save with nothing new writes nothing; a failed one says why in the operating system's words.
 */
final class TranscriptSaver {
    /** The transcripts this app is the writer of. */
    private final Set<Path> locked = new HashSet<>();
    private String problem;

    void save(UiState state, Path transcript) {
        if (state.readOnly != null) return;
        if (!lock(state, transcript)) return;
        try {
            var tree = state.session.transcriptToSave();
            if (tree == null) return; // nothing new since the last save
            AtomicFile.write(transcript, TranscriptWriter.bytes(tree));
            state.session.saved(tree);
            if (problem != null) state.status = "transcript saved again";
            problem = null;
        } catch (IOException ex) {
            problem = "cannot save the transcript to " + transcript + ": " + ex.getMessage(); // the OS's reason
            state.status = problem;
        }
    }

    /** Makes this app the transcript's writer; false (and the session read-only) when another vibecheck is. */
    boolean lock(UiState state, Path transcript) {
        if (locked.contains(transcript)) return true;
        try {
            String holder = TranscriptLock.acquire(transcript);
            if (holder != null) {
                state.readOnly = transcript.getFileName() + " is open in " + holder;
                state.status = "read-only: " + state.readOnly + "; scores, votes and messages here would not be saved, so none are taken";
                return false;
            }
            locked.add(transcript);
        } catch (IOException e) {
            // no lock file can be written where the transcript goes: the save itself will say why
        }
        return true;
    }

    void releaseAll() {
        for (Path p : locked) TranscriptLock.release(p);
    }

    /** The last problem saving, or null. */
    String problem() {
        return problem;
    }
}
