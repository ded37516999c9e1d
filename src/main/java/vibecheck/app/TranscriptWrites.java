package vibecheck.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vibecheck.core.Msg;

/**
 * Writes transcripts on a thread of their own, so the screen never waits for the disk: turning a transcript of six
 * long replies into JSON and syncing it takes tens of milliseconds, and a slow disk far more. The UI thread hands
 * over the session as a finished JSON tree (nothing changes it afterwards); when a file's write is still waiting, a
 * newer tree for it replaces the older one. What each write did comes back to the UI thread as a message, and
 * {@link #drain} waits until everything handed over is on disk.
 */
final class TranscriptWrites<J> {
    private final Function<J, Msg> writer;
    private final Consumer<Msg> answer;
    private final Map<Path, J> waiting = new LinkedHashMap<>();
    private Thread thread;
    private boolean busy;

    /**
     * @param writer writes one job on the writing thread and says what happened (null: nothing to say)
     * @param answer where that goes (the UI's inbox)
     */
    TranscriptWrites(Function<J, Msg> writer, Consumer<Msg> answer) {
        this.writer = writer;
        this.answer = answer;
    }

    /** Hands a job over to be written to {@code file}; returns at once. */
    synchronized void submit(Path file, J job) {
        waiting.put(file, job);
        if (thread == null) {
            thread = new Thread(this::run, "transcript-writer");
            thread.setDaemon(true); // the UI drains it before the program ends
            thread.start();
        }
        notifyAll();
    }

    /** Whether nothing is waiting or being written (its answer, if any, is in the inbox by then). */
    synchronized boolean settled() {
        return waiting.isEmpty() && !busy;
    }

    /** Waits until everything handed over has been written (or has failed). */
    synchronized void drain() throws InterruptedException {
        while (!waiting.isEmpty() || busy) wait();
    }

    private void run() {
        while (true) {
            J job;
            synchronized (this) {
                while (waiting.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                var first = waiting.entrySet().iterator().next();
                job = first.getValue();
                waiting.remove(first.getKey());
                busy = true;
            }
            try {
                Msg said = writer.apply(job);
                if (said != null) answer.accept(said); // before it counts as settled: an idle check then sees it
            } catch (RuntimeException e) {
                answer.accept(new Msg.EditorDone(null, "cannot save the transcript: " + e));
            } finally {
                synchronized (this) {
                    busy = false;
                    notifyAll();
                }
            }
        }
    }
}
