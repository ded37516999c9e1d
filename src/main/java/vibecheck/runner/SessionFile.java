package vibecheck.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import vibecheck.core.Session;
import vibecheck.transcript.AtomicFile;
import vibecheck.transcript.TranscriptLock;
import vibecheck.transcript.TranscriptWriter;

/**
 * Where one session is saved, by its one writer (see {@link TranscriptLock}: taken at the first save, given back
 * with {@link #release}). A save with nothing new writes nothing. A failure is reported once (to {@code err}) with
 * the operating system's reason and remembered; the run goes on, since the replies still reach the screen, and
 * the command's exit status says so.
 */
public final class SessionFile {
    private final Session session;
    private final Path file;
    private final PrintStream err;
    private boolean failed;
    private boolean reported;
    private boolean locked;
    private String problem;

    public SessionFile(Session session, Path file, PrintStream err) {
        this.session = session;
        this.file = file;
        this.err = err;
    }

    public Path path() {
        return file;
    }

    public Session session() {
        return session;
    }

    /** Whether the last save failed (the file on disk then lacks what came after). */
    public boolean failed() {
        return failed;
    }

    /** Why the last save failed, in the operating system's words, or null. */
    public String problem() {
        return problem;
    }

    public void save() {
        try {
            if (!locked) {
                String holder = TranscriptLock.acquire(file);
                if (holder != null) throw new IOException(file.getFileName() + " is being written by " + holder);
                locked = true;
            }
            var tree = TranscriptWriter.tree(session.transcript());
            String content = TranscriptWriter.content(tree);
            if (content.equals(session.savedContent())) return;
            AtomicFile.write(file, TranscriptWriter.bytes(tree));
            session.saved(content);
            failed = false;
            problem = null;
        } catch (IOException e) {
            if (!reported) err.println("error: cannot save the transcript to " + file + ": " + e.getMessage());
            reported = true;
            failed = true;
            problem = e.getMessage();
        }
    }

    /** Gives the file up to other writers. */
    public void release() {
        if (locked) TranscriptLock.release(file);
        locked = false;
    }
}
