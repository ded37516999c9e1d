package vibecheck.runner;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import vibecheck.core.Session;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.StreamEngine;

/**
 * Runs replies for the headless commands: starts them, applies their events to the session on the calling thread,
 * saves the session as they stream (see {@link SaveThrottle}) and once more at the end, and stops everything on a
 * signal. Commands differ only in what they show while it runs.
 */
public final class StreamRunner implements AutoCloseable {
    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<ReplyEvent> inbox = new LinkedBlockingQueue<>();
    private final StreamEngine engine;
    private final Object lock = new Object();
    private volatile String stopped;

    public StreamRunner(OkHttpClient client, Duration idleTimeout) {
        this.engine = new StreamEngine(client, idleTimeout, inbox::add);
    }

    /**
     * Starts the replies and records the parameters each sends. After {@link #stop} nothing more is sent: the replies
     * end at once as cancelled, with the reason.
     */
    public void start(Session session, List<Session.Outgoing> replies, boolean sequential) {
        synchronized (lock) {
            for (Session.Outgoing o : replies) {
                if (stopped != null) {
                    session.cancel(o.replyId(), "not sent: " + stopped);
                    continue;
                }
                session.started(o.replyId(), engine.start(o.replyId(), o.contestant(), o.request(), sequential));
            }
        }
    }

    /**
     * Applies events until every reply of the file's session has ended, saving as it goes and at the end.
     * {@code progress} runs after each batch of events and at least ten times a second.
     */
    public void await(SessionFile file, Runnable progress) {
        Session session = file.session();
        SaveThrottle throttle = new SaveThrottle(System.nanoTime());
        file.save();
        while (!session.allDone()) {
            ReplyEvent e = poll();
            while (e != null) {
                session.apply(e);
                if (e instanceof ReplyEvent.Chunk) throttle.text();
                else throttle.state();
                e = inbox.poll();
            }
            long now = System.nanoTime();
            if (throttle.due(now)) {
                file.save();
                throttle.saved(now);
            }
            progress.run();
        }
        file.save();
    }

    /** Cancels every running reply and refuses to start more; {@code why} is recorded with what was not sent. */
    public void stop(String why) {
        synchronized (lock) {
            if (stopped == null) stopped = why;
        }
        engine.cancelAll();
    }

    /** Why the runner was stopped, or null while it runs. */
    public String stopped() {
        return stopped;
    }

    private ReplyEvent poll() {
        try {
            return inbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop("interrupted");
            return null;
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
