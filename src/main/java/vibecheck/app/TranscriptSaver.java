package vibecheck.app;

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
 * each other. A save with nothing new writes nothing. The file itself is written by {@link TranscriptWrites}, off the
 * UI thread; a failed write says why in the operating system's words once {@link #collect} sees it, and the next
 * save tries again (what the file holds is only remembered once it is written).
 */
final class TranscriptSaver {
    /** The transcripts this app is the writer of. */
    private final Set<Path> locked = new HashSet<>();
    private final TranscriptWrites writes;
    private String problem;

    /** @param written told from the writing thread when a write has finished, to have {@link #collect} called */
    TranscriptSaver(Runnable written) {
        this.writes = new TranscriptWrites((session, file, tree) -> {
            String content = TranscriptWriter.content(tree); // what it says: the one look at all of it
            if (session.saysAlready(content)) return; // nothing new since the last save
            AtomicFile.write(file, TranscriptWriter.bytes(tree));
            session.saved(content);
        }, written);
    }

    void save(UiState state, Path transcript) {
        if (state.readOnly != null) return;
        if (!lock(state, transcript)) return;
        // the session as it is now, as a tree nothing changes afterwards; whether it says anything new, and the
        // writing, are worked out on the writing thread
        writes.submit(state.session, transcript, TranscriptWriter.tree(state.session.transcript()));
    }

    /** Takes in the writes finished since the last call: a failure goes on the status line until a write succeeds. */
    void collect(UiState state) {
        for (var o : writes.collect()) {
            if (o.problem() != null) {
                problem = "cannot save the transcript to " + o.file() + ": " + o.problem(); // the OS's reason
                if (o.session() == state.session) state.status = problem;
            } else if (problem != null) {
                problem = null;
                if (o.session() == state.session) state.status = "transcript saved again";
            }
        }
    }

    /** Whether every save handed over is written and its outcome collected. */
    boolean settled() {
        return writes.settled();
    }

    /** Waits until every save handed over is on disk (or has failed), and takes in how they went. */
    void finish(UiState state) {
        try {
            writes.drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        collect(state);
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
        } catch (java.io.IOException e) {
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
