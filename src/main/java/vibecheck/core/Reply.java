package vibecheck.core;

import com.fasterxml.jackson.databind.JsonNode;
import vibecheck.stream.Contestant;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyState;
import java.util.List;
import vibecheck.transcript.Transcript;

/** One contestant's answer in one turn, as it streams in. Owned by the one thread that applies events. */
public final class Reply {
    private final String id;
    private final Contestant contestant;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private JsonNode parameters;
    private ReplyState state = ReplyState.LOADING;
    private String finishReason;
    private String error;
    private String hint;
    private Metrics metrics = Metrics.NONE;
    private final ScoreSheet scoreSheet = new ScoreSheet();
    private boolean selfIdentified;
    private String schedule;
    /** As read from a saved transcript: a recorded reply is written back as recorded, plus new scores and notes. */
    private Transcript.Reply recorded;
    private Transcript.RunTag run;

    Reply(String id, Contestant contestant) {
        this.id = id;
        this.contestant = contestant;
    }

    public String id() { return id; }
    public Contestant contestant() { return contestant; }
    public String text() { return text.toString(); }
    public int textLength() { return text.length(); }
    public String reasoning() { return reasoning.toString(); }
    public ReplyState state() { return state; }
    public String finishReason() { return finishReason; }
    public String error() { return error; }
    public String hint() { return hint; }
    public Metrics metrics() { return metrics; }
    public ScoreSheet scoreSheet() { return scoreSheet; }
    public boolean selfIdentified() { return selfIdentified; }

    void schedule(String mode) {
        schedule = mode;
    }

    /**
     * The history rule: a turn is part of this contestant's conversation only when its reply finished with text. A
     * failed, cancelled or interrupted reply (partial text included) leaves the whole turn, the user's message too, out
     * of what this model is sent later, so a model never gets two user messages in a row or words it did not finish.
     */
    public boolean entersHistory() {
        return state == ReplyState.FINISHED && text.length() > 0;
    }

    /** Whether the server had to load the model before answering (Ollama reports the load time). */
    public boolean modelLoaded() {
        return metrics.loadMs() != null && metrics.loadMs() >= 500;
    }

    /** Where this reply of a suite run comes from, or null outside a run. */
    public Transcript.RunTag run() { return run; }

    void run(Transcript.RunTag tag) {
        run = tag;
    }

    void flagSelfIdentified() {
        selfIdentified = true;
    }

    void started(JsonNode sentParameters) {
        this.parameters = sentParameters;
    }

    void state(ReplyState s) {
        if (!state.isFinal()) state = s;
    }

    void append(String chunk, boolean isReasoning) {
        if (state.isFinal()) return;
        (isReasoning ? reasoning : text).append(chunk);
    }

    void end(ReplyState s, String reason, String err, String hnt, Metrics m) {
        if (state.isFinal()) {
            // ended here first (stopped, with the reason): the stream's own end still brings what was measured
            if (metrics == Metrics.NONE && m != null) metrics = m;
            return;
        }
        state = s;
        finishReason = reason;
        error = err;
        hint = hnt;
        metrics = m;
    }

    Transcript.Reply record() {
        if (recorded != null) {
            return recorded.withJudgement(scoreSheet.scoreHistory().isEmpty() ? null : List.copyOf(scoreSheet.scoreHistory()),
                    scoreSheet.notes().isEmpty() ? null : List.copyOf(scoreSheet.notes()));
        }
        var p = contestant.server();
        var m = contestant.model();
        return new Transcript.Reply(id, m.name(), p.id(), p.type(), p.baseUrl(), m.model(), parameters,
                text.toString(), reasoning.length() == 0 ? null : reasoning.toString(), state.label(),
                finishReason, error, hint, metrics == Metrics.NONE ? null : metrics,
                scoreSheet.scoreHistory().isEmpty() ? null : List.copyOf(scoreSheet.scoreHistory()),
                scoreSheet.notes().isEmpty() ? null : List.copyOf(scoreSheet.notes()),
                selfIdentified ? Boolean.TRUE : null, schedule, metrics.loadMs() == null ? null : modelLoaded(), run);
    }

    /** A reply as a saved transcript has it, for review. */
    static Reply restore(Transcript.Reply r, Contestant c) {
        Reply reply = new Reply(r.id(), c);
        reply.recorded = r;
        reply.parameters = r.parameters();
        if (r.text() != null) reply.text.append(r.text());
        if (r.reasoning() != null) reply.reasoning.append(r.reasoning());
        ReplyState state = ReplyState.CANCELLED;
        for (ReplyState s : ReplyState.values()) if (s.label().equals(r.state())) state = s;
        reply.state = state.isFinal() ? state : ReplyState.INTERRUPTED; // a reply saved mid-stream did not finish
        reply.finishReason = r.finishReason();
        reply.error = r.error();
        reply.hint = r.hint();
        reply.metrics = r.metrics() == null ? Metrics.NONE : r.metrics();
        reply.scoreSheet.restore(r.scores(), r.notes());
        reply.selfIdentified = Boolean.TRUE.equals(r.selfIdentified());
        reply.schedule = r.schedule();
        reply.run = r.run();
        return reply;
    }
}
