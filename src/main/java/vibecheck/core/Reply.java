package vibecheck.core;

import com.fasterxml.jackson.databind.JsonNode;
import vibecheck.stream.Contestant;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyState;
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
        if (state.isFinal()) return;
        state = s;
        finishReason = reason;
        error = err;
        hint = hnt;
        metrics = m;
    }

    Transcript.Reply record() {
        var p = contestant.provider();
        var m = contestant.model();
        return new Transcript.Reply(id, m.name(), p.id(), p.type(), p.baseUrl(), m.model(), parameters,
                text.toString(), reasoning.length() == 0 ? null : reasoning.toString(), state.label(),
                finishReason, error, hint, metrics == Metrics.NONE ? null : metrics);
    }
}
