package vibecheck.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import vibecheck.core.Session;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptStore;

/**
 * Where one session is saved. A failure is reported once (to {@code err}) and remembered; the run goes on, since
 * the replies still reach the screen, and the command's exit status says so.
 */
public final class SessionFile {
    private final Session session;
    private final Path file;
    private final PrintStream err;
    private boolean failed;

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

    public boolean failed() {
        return failed;
    }

    public void save() {
        Transcript t = session.transcript();
        try {
            TranscriptStore.save(file, t);
        } catch (IOException e) {
            if (!failed) err.println("error: cannot save the transcript to " + file + ": " + e.getMessage());
            failed = true;
        }
    }
}
