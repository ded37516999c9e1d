package vibecheck.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import vibecheck.protocol.ChatRequest;
import vibecheck.protocol.PreparedRequest;
import vibecheck.protocol.Redirects;
import vibecheck.text.Secrets;

/**
 * Starts and cancels replies. Every reply streams on its own thread at the same time as the others; a server's
 * {@code maxConcurrent} queues the rest. Everything that happens is posted to the inbox as {@link ReplyEvent}s,
 * ending in exactly one {@link ReplyEvent.Ended} per reply. Cancelling closes the connection at once.
 */
public final class StreamEngine implements AutoCloseable {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final java.util.function.Supplier<OkHttpClient> client;
    private final Consumer<ReplyEvent> inbox;
    private final Duration idleTimeout;
    private final long maxReplyBytes;
    private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private java.util.concurrent.CompletableFuture<Void> lastSequential = java.util.concurrent.CompletableFuture.completedFuture(null);
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reply-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public StreamEngine(OkHttpClient client, Duration idleTimeout, Consumer<ReplyEvent> inbox) {
        this(() -> client, idleTimeout, vibecheck.config.Defaults.MAX_REPLY_BYTES, inbox);
    }

    /**
     * @param client where the HTTP client comes from when the first reply starts (it may still be being built)
     * @param maxReplyBytes the most text (and reasoning) one reply may bring, in UTF-8 bytes; past it the reply fails
     */
    public StreamEngine(java.util.function.Supplier<OkHttpClient> client, Duration idleTimeout, long maxReplyBytes,
                        Consumer<ReplyEvent> inbox) {
        this.client = client;
        this.idleTimeout = idleTimeout;
        this.maxReplyBytes = maxReplyBytes;
        this.inbox = inbox;
    }

    /** Starts one reply; its first event, posted before this returns, is {@link ReplyEvent.Sent} with its parameters. */
    public void start(String replyId, Contestant contestant, ChatRequest request) {
        start(replyId, contestant, request, false);
    }

    /**
     * Starts one reply. A {@code sequential} reply waits until the sequential reply started before it has ended, so
     * such replies run one at a time in the order they were started, while their panels show them waiting.
     */
    public void start(String replyId, Contestant contestant, ChatRequest request, boolean sequential) {
        PreparedRequest prepared = contestant.protocol().prepare(request);
        Job job = new Job(replyId, contestant, prepared);
        if (sequential) {
            job.after = lastSequential;
            lastSequential = job.done;
        }
        if (jobs.putIfAbsent(replyId, job) != null) throw new IllegalArgumentException("reply id in use: " + replyId);
        inbox.accept(new ReplyEvent.Sent(replyId, prepared.parameters())); // before any event of the reply's own thread
        threads.execute(job);
    }

    public void cancel(String replyId) {
        Job job = jobs.get(replyId);
        if (job != null) job.cancel();
    }

    /**
     * After replies were cut (a stop, a quit): their streams' own ends, which bring what was measured of them, come
     * within moments. Hands {@code take} what arrives in {@code inbox} (where this engine's events go, perhaps
     * wrapped) until no reply is active and nothing is left, or {@code max} has passed.
     */
    public <T> void takeEnds(java.util.concurrent.BlockingQueue<T> inbox, Duration max, Consumer<T> take) {
        long deadline = System.nanoTime() + max.toNanos();
        while (active() > 0 || !inbox.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) break;
            T m;
            try {
                m = inbox.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (m != null) take.accept(m);
        }
    }

    /** How many replies are queued or streaming (their end not yet posted). */
    public int active() {
        return jobs.size();
    }

    public void cancelAll() {
        jobs.values().forEach(Job::cancel);
    }

    @Override
    public void close() {
        cancelAll();
        threads.shutdown();
    }

    private Semaphore slotsFor(Contestant c) {
        Integer max = c.server().maxConcurrent();
        if (max == null) return null;
        return slots.computeIfAbsent(c.server().id(), id -> new Semaphore(max, true));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private final class Job implements Runnable {
        private final String id;
        private final Contestant contestant;
        private final PreparedRequest prepared;
        private volatile boolean cancelled;
        private volatile Call call;
        private java.util.concurrent.CompletableFuture<Void> after = java.util.concurrent.CompletableFuture.completedFuture(null);
        private final java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();

        Job(String id, Contestant contestant, PreparedRequest prepared) {
            this.id = id;
            this.contestant = contestant;
            this.prepared = prepared;
        }

        void cancel() {
            cancelled = true;
            Call c = call;
            if (c != null) c.cancel();
        }

        @Override
        public void run() {
            long queuedAt = System.nanoTime();
            Semaphore slot = slotsFor(contestant);
            boolean holding = false;
            ReplyEvent.Ended end;
            try {
                if (!after.isDone()) {
                    inbox.accept(new ReplyEvent.StateChanged(id, ReplyState.WAITING));
                    while (!cancelled && !after.isDone()) {
                        try {
                            after.get(50, TimeUnit.MILLISECONDS);
                        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException waiting) {
                            // the reply before this one is still running
                        }
                    }
                }
                if (slot != null && !cancelled) {
                    holding = slot.tryAcquire();
                    if (!holding) {
                        inbox.accept(new ReplyEvent.StateChanged(id, ReplyState.WAITING));
                        while (!cancelled && !(holding = slot.tryAcquire(50, TimeUnit.MILLISECONDS))) {
                            // waiting for a free slot; a cancel ends the wait within 50 ms
                        }
                    }
                }
                end = cancelled ? ended(ReplyState.CANCELLED, null, null, null, Metrics.NONE) : stream(System.nanoTime() - queuedAt);
            } catch (InterruptedException e) {
                end = ended(ReplyState.CANCELLED, null, null, null, Metrics.NONE);
            } catch (RuntimeException e) {
                end = ended(ReplyState.FAILED, null, "internal error: " + e, null, Metrics.NONE);
            } finally {
                if (holding) slot.release();
            }
            inbox.accept(end); // posted before it stops counting as active: whoever waits for active() == 0 has it
            jobs.remove(id);
            done.complete(null);
        }

        private ReplyEvent.Ended stream(long queuedNanos) {
            String model = contestant.model().model();
            call = client.get().newCall(prepared.http());
            if (cancelled) call.cancel();
            inbox.accept(new ReplyEvent.StateChanged(id, ReplyState.LOADING));
            ReplyRecorder rec = new ReplyRecorder(id, inbox, System.nanoTime(), maxReplyBytes);
            boolean answered = false;
            try (Response response = call.execute()) {
                answered = true;
                String redirect = Redirects.refusal(response);
                if (redirect != null) {
                    return ended(ReplyState.FAILED, null, redirect, null, rec.metrics(queuedNanos));
                }
                if (!response.isSuccessful()) {
                    ResponseBody body = response.peekBody(MAX_ERROR_BODY);
                    String type = body.contentType() == null ? null : body.contentType().toString();
                    String message = contestant.protocol().errorMessage(response.code(), type, body.string());
                    return ended(ReplyState.FAILED, null, message,
                            contestant.protocol().hint(response.code(), message, model), rec.metrics(queuedNanos));
                }
                try {
                    contestant.protocol().read(response, rec);
                } finally {
                    rec.flush();
                }
                return outcome(rec, null, queuedNanos, model);
            } catch (ReplyRecorder.TooLarge | vibecheck.protocol.Limits.Exceeded e) {
                // the connection is closed as the response is: the rest is never read
                return ended(ReplyState.FAILED, null, e.getMessage(), null, rec.metrics(queuedNanos));
            } catch (IOException e) {
                if (rec.failure != null || rec.finished) return outcome(rec, null, queuedNanos, model);
                if (cancelled) return ended(ReplyState.CANCELLED, null, null, null, rec.metrics(queuedNanos));
                if (!answered) {
                    String message = connectFailure(e);
                    return ended(ReplyState.FAILED, null, message,
                            idleTimedOut(e) ? null : contestant.protocol().hint(0, message, model),
                            rec.metrics(queuedNanos));
                }
                return outcome(rec, streamFailure(e), queuedNanos, model);
            }
        }

        private ReplyEvent.Ended outcome(ReplyRecorder rec, String ioProblem, long queuedNanos, String model) {
            Metrics m = rec.metrics(queuedNanos);
            if (rec.failure != null) {
                return ended(ReplyState.FAILED, rec.finishReason, rec.failure, contestant.protocol().hint(200, rec.failure, model), m);
            }
            if (rec.finished) return ended(ReplyState.FINISHED, rec.finishReason, null, null, m);
            if (cancelled) return ended(ReplyState.CANCELLED, null, null, null, m);
            String why = ioProblem != null ? ioProblem : "the stream ended before the server said the reply was complete";
            return ended(ReplyState.INTERRUPTED, null, why, null, m);
        }

        private String connectFailure(IOException e) {
            String url = prepared.http().url().toString();
            if (idleTimedOut(e)) {
                return "no answer from " + url + " within " + seconds(idleTimeout)
                        + " (idle timeout: raise defaults.idleTimeoutSeconds if the model takes longer to load)";
            }
            if (e instanceof UnknownHostException) return "cannot connect to " + url + ": unknown host " + e.getMessage();
            if (e instanceof ConnectException || e instanceof SocketTimeoutException) {
                return "cannot connect to " + url + ": " + e.getMessage();
            }
            return "request to " + url + " failed: " + e;
        }

        private boolean idleTimedOut(IOException e) {
            return e instanceof SocketTimeoutException && !String.valueOf(e.getMessage()).toLowerCase().contains("connect");
        }

        private String streamFailure(IOException e) {
            if (e instanceof SocketTimeoutException) {
                return "no data for " + seconds(idleTimeout) + "; gave up (idle timeout)";
            }
            if (e instanceof InterruptedIOException) return "the stream was interrupted";
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
                return "the server sent malformed JSON: " + j.getOriginalMessage();
            }
            return "the connection broke: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }

        private ReplyEvent.Ended ended(ReplyState s, String reason, String error, String hint, Metrics m) {
            return new ReplyEvent.Ended(id, s, reason, Secrets.redact(error), Secrets.redact(hint), m);
        }
    }
}
