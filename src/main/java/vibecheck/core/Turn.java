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
    /** What an LLM judge said about the turn: kept apart, never a score or vote of the person's. */
    private final List<vibecheck.transcript.LlmJudgement> judgements = new ArrayList<>();
    /** As read from a saved transcript, or null for a turn of this run. */
    private Transcript.Turn recorded;

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

    /** The replies a contestant gave this turn before regenerating, oldest first. */
    public List<Reply> earlierVersions(String contestant) {
        return regenerated.stream().filter(r -> r.contestant().name().equals(contestant)).toList();
    }

    void add(Reply r) {
        replies.add(r);
    }

    void replace(int position, Reply r) {
        regenerated.add(replies.set(position, r));
    }

    /** Adds a vote; the current vote of the same kind becomes history, marked with when it was superseded. */
    void vote(Transcript.Vote v) {
        for (int i = votes.size() - 1; i >= 0; i--) { // the current vote of this kind is the last one
            Transcript.Vote earlier = votes.get(i);
            if (!earlier.kind().equals(v.kind())) continue;
            if (earlier.supersededAt() == null) votes.set(i, earlier.supersede(v.at()));
            break; // older ones are history already, as recorded
        }
        votes.add(v);
    }

    /**
     * A reply of this turn was replaced: the votes that judged it (every best vote, and the pair votes it was in) were
     * cast on a reply nobody sees any more, so they become history. Returns how many did.
     */
    int votesOutlivedBy(String contestant, String when) {
        int n = 0;
        for (int i = 0; i < votes.size(); i++) {
            Transcript.Vote v = votes.get(i);
            if (v.supersededAt() != null || !v.judged(contestant)) continue;
            votes.set(i, v.supersede(when, contestant + "'s reply was regenerated"));
            n++;
        }
        return n;
    }

    /** The votes that count: per kind, the latest. */
    public List<Transcript.Vote> currentVotes() {
        return Transcript.Vote.current(votes);
    }

    /** The contestant names in the order their panels were shown while blind, or null. */
    public List<String> blindOrder() {
        return blindOrder;
    }

    /** The contestants in the order their panels were shown while blind, kept with the turn. */
    void blindOrder(List<String> names) {
        blindOrder = names == null ? null : List.copyOf(names);
    }

    /** An LLM judge's judgement, added as it came. */
    void judged(vibecheck.transcript.LlmJudgement j) {
        judgements.add(j);
    }

    public List<vibecheck.transcript.LlmJudgement> judgements() {
        return Collections.unmodifiableList(judgements);
    }

    /** A judge's current scores of this reply, by criterion (the latest readable one each): never the person's. */
    public java.util.Map<String, Integer> judgeScores(String judge, Reply r) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (var j : judgements) {
            if (!j.judge().equals(judge) || !vibecheck.transcript.LlmJudgement.SCORE.equals(j.kind())) continue;
            if (!r.contestant().name().equals(j.contestant()) || (j.reply() != null && !j.reply().equals(r.id()))) continue;
            if (j.ok()) out.put(j.criterion(), j.score());
        }
        return out;
    }

    public boolean done() {
        return replies.stream().allMatch(r -> r.state().isFinal());
    }

    Transcript.Turn record() {
        List<Transcript.Reply> nowReplies = replies.stream().map(Reply::record).toList();
        List<Transcript.Reply> nowRegenerated = regenerated.isEmpty() ? null : regenerated.stream().map(Reply::record).toList();
        List<Transcript.Vote> nowVotes = votes.isEmpty() ? null : List.copyOf(votes);
        Transcript.Turn t = recorded != null ? recorded.with(nowReplies, nowRegenerated, nowVotes, blindOrder)
                : new Transcript.Turn(index, startedAt.toString(), message,
                        new Transcript.Prompt(systemPrompt.name(), systemPrompt.text()), nowReplies, nowRegenerated, nowVotes, blindOrder, sweepOf);
        return judgements.isEmpty() ? t : t.withJudgements(judgements);
    }

    static Turn restore(Transcript.Turn t, List<Reply> replies, List<Reply> regenerated) {
        SystemPrompt prompt = t.systemPrompt() == null ? SystemPrompt.NONE
                : new SystemPrompt(t.systemPrompt().name(), t.systemPrompt().text() == null ? "" : t.systemPrompt().text());
        Instant at = t.startedAt() == null ? Instant.EPOCH : Instant.parse(t.startedAt()); // checked when read
        Turn turn = new Turn(t.index(), at, t.message() == null ? "" : t.message(), prompt, t.sweepOf());
        turn.replies.addAll(replies);
        turn.regenerated.addAll(regenerated);
        if (t.votes() != null) turn.votes.addAll(t.votes());
        turn.blindOrder = t.blindOrder();
        if (t.judgements() != null) turn.judgements.addAll(t.judgements());
        turn.recorded = t;
        return turn;
    }
}
