package vibecheck.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vibecheck.core.Session;

/**
 * Writes transcripts on a thread of their own, so the screen never waits for the disk: turning a transcript of six
 * long replies into JSON and syncing it takes tens of milliseconds, and a slow disk far more. The UI thread hands
 * over the transcript as a finished JSON tree (nothing changes it afterwards); when a file's write is still
 * waiting, a newer tree for it replaces the older one. Each write's outcome is kept until the UI thread collects it,
 * and {@link #drain} waits until everything handed over is on disk.
 */
final class TranscriptWrites {
    /** How a session's tree reaches its file (for the app: JSON bytes, written atomically and synced). */
    interface Writer {
        void write(Session session, Path file, ObjectNode tree) throws IOException;
    }

    /** What became of one write: {@code problem} is null when the file holds the tree. */
    record Outcome(Session session, Path file, String problem) {}

    private record Job(Session session, ObjectNode tree) {}

    private final Writer writer;
    private final Runnable written;
    private final Map<Path, Job> waiting = new LinkedHashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private Thread thread;
    private boolean busy;

    /** @param written told after each write (from the writing thread), so the UI thread comes to collect it */
    TranscriptWrites(Writer writer, Runnable written) {
        this.writer = writer;
        this.written = written;
    }

    /** Hands a tree over to be written to {@code file}; returns at once. */
    synchronized void submit(Session session, Path file, ObjectNode tree) {
        waiting.put(file, new Job(session, tree));
        if (thread == null) {
            thread = new Thread(this::run, "transcript-writer");
            thread.setDaemon(true); // the UI drains it before the program ends
            thread.start();
        }
        notifyAll();
    }

    /** The outcomes of the writes finished since the last call, oldest first. */
    synchronized List<Outcome> collect() {
        List<Outcome> out = List.copyOf(outcomes);
        outcomes.clear();
        return out;
    }

    /** Whether nothing is waiting, being written or uncollected. */
    synchronized boolean settled() {
        return waiting.isEmpty() && !busy && outcomes.isEmpty();
    }

    /** Waits until everything handed over has been written (or has failed). */
    synchronized void drain() throws InterruptedException {
        while (!waiting.isEmpty() || busy) wait();
    }

    private void run() {
        while (true) {
            Path file;
            Job job;
            synchronized (this) {
                while (waiting.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                var first = waiting.entrySet().iterator().next();
                file = first.getKey();
                job = first.getValue();
                waiting.remove(file);
                busy = true;
            }
            String problem = null;
            try {
                writer.write(job.session(), file, job.tree());
            } catch (IOException | RuntimeException e) {
                problem = e.getMessage() != null ? e.getMessage() : e.toString();
            }
            synchronized (this) {
                outcomes.add(new Outcome(job.session(), file, problem));
                busy = false;
                notifyAll();
            }
            written.run();
        }
    }
}
