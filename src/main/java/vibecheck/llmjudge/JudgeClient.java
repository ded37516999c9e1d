package vibecheck.llmjudge;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import vibecheck.config.Config;
import vibecheck.config.JudgeConfig;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.ChatMessage;
import vibecheck.protocol.ChatRequest;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.stream.HttpClients;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.stream.StreamEngine;

/**
 * Asks a judge, one question at a time, through the same adapter and streaming engine as the contestants: the
 * judge's server entry decides the wire format, the key and the headers. Only the reply's text is the answer (a
 * reasoning model's thinking is not). {@link #stop} cuts the question being asked.
 */
public final class JudgeClient implements Asker {
    private static final long POLL_MILLIS = 100;

    private final JudgeConfig judge;
    private final Contestant contestant;
    private final OkHttpClient http;
    private final StreamEngine engine;
    private final BlockingQueue<ReplyEvent> inbox = new LinkedBlockingQueue<>();
    private final AtomicInteger asked = new AtomicInteger();
    private volatile String stopped;
    private volatile Runnable waiting = () -> { };

    public JudgeClient(JudgeConfig judge, Config config, Map<String, String> env) {
        this.judge = judge;
        ServerConfig server = config.servers().get(judge.server());
        this.contestant = new Contestant(judge.asModel(), server, Protocols.create(server, env));
        Duration idle = Duration.ofSeconds(config.defaults().idleTimeoutSeconds());
        this.http = HttpClients.create(server.usesTls(), Duration.ofSeconds(config.defaults().connectTimeoutSeconds()), idle);
        this.engine = new StreamEngine(() -> http, idle, config.defaults().maxReplyBytes(), inbox::add);
    }

    /** Runs on the asking thread about ten times a second while an answer is awaited (a live progress line turns). */
    public void whileWaiting(Runnable r) {
        waiting = r == null ? () -> { } : r;
    }

    @Override
    public Answer ask(String system, List<ChatMessage> messages) {
        if (stopped != null) return new Answer(null, stopped);
        String id = "judge-" + asked.incrementAndGet();
        engine.start(id, contestant, new ChatRequest(judge.model(), system, messages, judge.temperature(), judge.maxTokens(), judge.seed()));
        StringBuilder text = new StringBuilder();
        boolean cancelled = false;
        while (true) {
            ReplyEvent e;
            try {
                e = inbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                stop("interrupted");
                e = null;
            }
            if (stopped != null && !cancelled) {
                engine.cancel(id);
                cancelled = true;
            }
            if (e == null) waiting.run();
            if (e == null || !e.replyId().equals(id)) continue;
            if (e instanceof ReplyEvent.Chunk c && !c.reasoning()) text.append(c.text());
            if (e instanceof ReplyEvent.Ended end) {
                if (end.state() == ReplyState.FINISHED) return new Answer(text.toString(), null);
                if (stopped != null) return new Answer(null, stopped);
                String why = end.error() != null ? end.error() : end.state().label();
                return new Answer(null, why + (end.hint() != null ? " (" + end.hint() + ")" : ""));
            }
        }
    }

    @Override
    public void stop(String why) {
        if (stopped == null) stopped = why;
    }

    @Override
    public void close() {
        engine.close();
        HttpClients.close(http);
    }
}
