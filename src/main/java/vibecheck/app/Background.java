package vibecheck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vibecheck.core.Msg;

/**
 * The work the UI thread hands off and hears back from by message: file writes other than transcripts (exports, a
 * config from the picker, a transcript's lock) on one named thread, in order; and one-off jobs (discovery, server
 * checks, reading the transcripts folder, opening a session, the LLM judge) on threads of their own.
 */
final class Background {
    private final Consumer<Msg> inbox;
    private final ExecutorService files = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "files");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger filesPending = new AtomicInteger();

    Background(Consumer<Msg> inbox) {
        this.inbox = inbox;
    }

    /** Runs file work on the file thread, in the order given; what it returns (if anything) goes to the inbox. */
    void onFiles(Supplier<Msg> work) {
        filesPending.incrementAndGet();
        files.execute(() -> {
            try {
                Msg answer = work.get();
                if (answer != null) inbox.accept(answer);
            } finally {
                filesPending.decrementAndGet();
            }
        });
    }

    /** Writes {@code bytes} to {@code file} whole (or not at all) on the file thread; the outcome comes back as a message. */
    void export(Path file, byte[] bytes) {
        onFiles(() -> {
            try {
                vibecheck.transcript.AtomicFile.write(file, bytes);
                return new Msg.Exported(file, null);
            } catch (IOException ex) {
                return new Msg.Exported(file, ex.getMessage());
            }
        });
    }

    /** A one-off job on a thread of its own, named for what it does; it posts its own answer. */
    static void job(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    /** Whether no file work is waiting or under way. */
    boolean filesSettled() {
        return filesPending.get() == 0;
    }

    /** On the way out: lets every file write finish. */
    void finish() throws InterruptedException {
        files.shutdown();
        files.awaitTermination(60, TimeUnit.SECONDS);
    }
}
