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
        this(client, idleTimeout, vibecheck.config.Defaults.MAX_REPLY_BYTES);
    }

    /** @param maxReplyBytes the most text one reply may bring (the config's {@code defaults.maxReplyMiB}) */
    public StreamRunner(OkHttpClient client, Duration idleTimeout, long maxReplyBytes) {
        this.engine = new StreamEngine(() -> client, idleTimeout, maxReplyBytes, inbox::add);
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
                engine.start(o.replyId(), o.contestant(), o.request(), sequential); // its parameters come back as its first event
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
        boolean ended = false;
        while (!session.allDone()) {
            if (stopped != null && !ended) {
                session.endUnfinished(stopped); // each unfinished reply ends now, with the reason, before its stream is cut
                ended = true;
                engine.cancelAll();
            }
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
        if (ended) awaitMeasures(session);
        file.save();
    }

    /**
     * After a stop the replies are ended with the reason at once; their streams, cut, still end with what was
     * measured (time to first token, tokens, speed): waits a moment for those so the transcript keeps them.
     */
    private void awaitMeasures(Session session) {
        engine.takeEnds(inbox, Duration.ofSeconds(2), session::apply);
    }

    /**
     * Stops: the replies running are ended with {@code why} and their streams cut (by {@link #await}, within a tenth
     * of a second, so the reason is recorded before the cancellations arrive), and nothing more is started.
     */
    public void stop(String why) {
        synchronized (lock) {
            if (stopped == null) stopped = why;
        }
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
