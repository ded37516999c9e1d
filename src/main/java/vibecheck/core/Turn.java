package vibecheck.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vibecheck.config.SystemPrompt;
import vibecheck.transcript.Transcript;

/** One user message, the system prompt it was sent with, every contestant's reply, and the judge's votes. */
public final class Turn {
    private final int index;
    private final Instant startedAt;
    private final String message;
    private final SystemPrompt systemPrompt;
    private final Integer sweepOf;
    private final List<Reply> replies = new ArrayList<>();
    private final List<Reply> regenerated = new ArrayList<>();
    private final List<Transcript.Vote> votes = new ArrayList<>();
    private List<String> blindOrder;

    Turn(int index, Instant startedAt, String message, SystemPrompt systemPrompt, Integer sweepOf) {
        this.index = index;
        this.startedAt = startedAt;
        this.message = message;
        this.systemPrompt = systemPrompt;
        this.sweepOf = sweepOf;
    }

    public int index() { return index; }
    public String message() { return message; }
    public SystemPrompt systemPrompt() { return systemPrompt; }
    public List<Reply> replies() { return Collections.unmodifiableList(replies); }
    public List<Transcript.Vote> votes() { return Collections.unmodifiableList(votes); }
    /** The turn this one re-sent under another system prompt, or null for an ordinary turn. */
    public Integer sweepOf() { return sweepOf; }

    void add(Reply r) {
        replies.add(r);
    }

    void replace(int position, Reply r) {
        regenerated.add(replies.set(position, r));
    }

    void vote(Transcript.Vote v) {
        votes.add(v);
    }

    /** The contestant names in the order their panels were shown while blind, or null. */
    public List<String> blindOrder() {
        return blindOrder;
    }

    /** The contestants in the order their panels were shown while blind, kept with the turn. */
    void blindOrder(List<String> names) {
        blindOrder = names == null ? null : List.copyOf(names);
    }

    public boolean done() {
        return replies.stream().allMatch(r -> r.state().isFinal());
    }

    Transcript.Turn record() {
        return new Transcript.Turn(index, startedAt.toString(), message,
                new Transcript.Prompt(systemPrompt.name(), systemPrompt.text()),
                replies.stream().map(Reply::record).toList(),
                regenerated.isEmpty() ? null : regenerated.stream().map(Reply::record).toList(),
                votes.isEmpty() ? null : List.copyOf(votes), blindOrder, sweepOf);
    }

    static Turn restore(Transcript.Turn t, List<Reply> replies, List<Reply> regenerated) {
        SystemPrompt prompt = t.systemPrompt() == null ? SystemPrompt.NONE
                : new SystemPrompt(t.systemPrompt().name(), t.systemPrompt().text() == null ? "" : t.systemPrompt().text());
        Instant at;
        try {
            at = Instant.parse(t.startedAt());
        } catch (Exception e) {
            at = Instant.EPOCH;
        }
        Turn turn = new Turn(t.index(), at, t.message() == null ? "" : t.message(), prompt, t.sweepOf());
        turn.replies.addAll(replies);
        turn.regenerated.addAll(regenerated);
        if (t.votes() != null) turn.votes.addAll(t.votes());
        turn.blindOrder = t.blindOrder();
        return turn;
    }
}
