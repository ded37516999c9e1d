package vibecheck.core;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.SystemPrompt;
import vibecheck.protocol.ChatMessage;
import vibecheck.protocol.ChatRequest;
import vibecheck.stream.Contestant;
import vibecheck.stream.ReplyEvent;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptWriter;

/**
 * A conversation with several contestants at once. Each contestant keeps its own history: a later turn sends each
 * model its own earlier replies, never another's. Owned by one thread; network threads reach it only through
 * {@link ReplyEvent}s applied here.
 */
public final class Session {
    private final String id;
    private final Instant startedAt;
    private final String program;
    private final Clock clock;
    private final List<Contestant> contestants;
    private final List<Turn> turns = new ArrayList<>();
    private final Map<String, Reply> replies = new HashMap<>();
    private int nextReply = 1;
    private vibecheck.config.Schedule schedule = vibecheck.config.Schedule.PARALLEL;
    /** The transcript this session was restored from, or null for a new one. */
    private Transcript recorded;
    /** Per contestant name, what a failed reply's panel adds (review: how to reach the config's server instead). */
    private Map<String, String> failureHints = Map.of();
    /** What the file holds (less savedAt), as last written or read. */
    private String savedContent;

    /** Who judges in this session (see {@link Rater}), fixed when it starts. */
    private final String rater = Rater.current();

    public Session(List<Contestant> contestants, String program, Clock clock) {
        this(contestants, program, clock, shortId());
    }

    public Session(List<Contestant> contestants, String program, Clock clock, String id) {
        this(contestants, program, clock, id, clock.instant());
    }

    private Session(List<Contestant> contestants, String program, Clock clock, String id, Instant startedAt) {
        this.id = id;
        this.clock = clock;
        this.startedAt = startedAt;
        this.program = program;
        this.contestants = List.copyOf(contestants);
    }

    public String id() { return id; }
    public Clock clock() { return clock; }
    public String program() { return program; }

    /** How the next replies are scheduled, recorded with each. */
    public void schedule(vibecheck.config.Schedule mode) {
        schedule = mode;
    }
    public Instant startedAt() { return startedAt; }

    /** What to add to a failed reply's hint, per contestant name. */
    public void failureHints(Map<String, String> hints) {
        failureHints = Map.copyOf(hints);
    }
    public List<Contestant> contestants() { return contestants; }
    public List<Turn> turns() { return Collections.unmodifiableList(turns); }

    /** A request to send for one started reply: the reply's id, who answers, and what they are asked. */
    public record Outgoing(String replyId, Contestant contestant, ChatRequest request) {}

    /** Adds a turn and returns one request per contestant, each carrying that contestant's own history. */
    public List<Outgoing> addTurn(String message, SystemPrompt prompt, Double temperatureOverride) {
        return addTurn(message, prompt, temperatureOverride, null);
    }

    /**
     * Re-sends turn {@code original}'s message under each of {@code prompts}, as new turns that see the same history
     * the original did. Later turns' histories leave these out: the conversation goes on from the original.
     */
    public List<Outgoing> sweep(int original, List<SystemPrompt> prompts, Double temperatureOverride) {
        List<Outgoing> out = new ArrayList<>();
        Turn from = turns.get(original);
        for (SystemPrompt p : prompts) out.addAll(addTurn(from.message(), p, temperatureOverride, original));
        return out;
    }

    private List<Outgoing> addTurn(String message, SystemPrompt prompt, Double temperatureOverride, Integer sweepOf) {
        Turn turn = new Turn(turns.size() + 1, clock.instant(), message, prompt, sweepOf);
        int historyTurns = sweepOf != null ? sweepOf : turns.size();
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < contestants.size(); i++) {
            Reply r = newReply(contestants.get(i));
            turn.add(r);
            out.add(outgoing(r, i, historyTurns, message, prompt, temperatureOverride));
        }
        turns.add(turn);
        return out;
    }

    /** Records a score (null clears it) for a reply on one criterion. */
    public void score(String replyId, String criterion, Integer value, boolean blind) {
        Reply r = replies.get(replyId);
        if (r != null) r.scoreSheet().score(new vibecheck.transcript.Transcript.Score(criterion, value, clock.instant().toString(), blind));
    }

    public void note(String replyId, String text, boolean blind) {
        Reply r = replies.get(replyId);
        if (r != null) r.scoreSheet().note(new vibecheck.transcript.Transcript.Note(text, clock.instant().toString(), blind));
    }

    /** Records a vote on a turn; {@code winner}, {@code left} and {@code right} are contestant names. */
    public void vote(int turn, vibecheck.transcript.Transcript.VoteKind kind, String winner, String left, String right,
                     vibecheck.transcript.Transcript.Outcome outcome, boolean blind) {
        turns.get(turn).vote(new vibecheck.transcript.Transcript.Vote(kind, winner, left, right, outcome, clock.instant().toString(), blind));
    }

    public void blindOrder(int turn, List<String> names) {
        turns.get(turn).blindOrder(names);
    }

    /** Flags a reply that names its own model or vendor (only meaningful while the judge is blind). */
    public boolean checkSelfIdentification(String replyId) {
        Reply r = replies.get(replyId);
        if (r == null || r.selfIdentified() || !SelfIdentification.namesItself(r.text(), r.contestant())) return false;
        r.flagSelfIdentified();
        return true;
    }

    /** Adds an LLM judge's judgement (as {@code vibecheck.llmjudge.Asking} records it) to turn {@code turn}, checked. */
    public vibecheck.transcript.LlmJudgement judged(int turn, com.fasterxml.jackson.databind.node.ObjectNode judgement)
            throws vibecheck.transcript.TranscriptFormatException {
        Turn t = turns.get(turn);
        var j = vibecheck.transcript.LlmJudgement.read(judgement, "turn " + (turn + 1) + ", judgement " + (t.judgements().size() + 1),
                t.replies().stream().map(r -> r.contestant().name()).toList());
        t.judged(j);
        return j;
    }

    /**
     * A saved session, to review and go on with: {@code contestants} are the transcript's, in its order (the reader
     * has checked that every turn has one reply from each). Recorded turns and replies are written back as they were
     * read, with only what is added since (scores, notes, votes, new turns).
     */
    public static Session restore(Transcript t, List<Contestant> contestants, Clock clock) {
        Session s = new Session(contestants, t.program(), clock, t.id(), t.startedAt() != null ? Instant.parse(t.startedAt()) : clock.instant());
        s.recorded = t;
        int maxId = 0;
        for (var tt : t.turns()) {
            List<Reply> current = new ArrayList<>();
            for (int i = 0; i < contestants.size(); i++) current.add(Reply.restore(tt.replies().get(i), contestants.get(i)));
            List<Reply> old = new ArrayList<>();
            if (tt.regenerated() != null) {
                for (var rec : tt.regenerated()) {
                    Contestant c = contestants.stream().filter(x -> x.name().equals(rec.contestant())).findFirst().orElseThrow();
                    old.add(Reply.restore(rec, c));
                }
            }
            for (Reply r : current) s.replies.put(r.id(), r);
            for (Reply r : old) s.replies.put(r.id(), r);
            for (Reply r : current) maxId = Math.max(maxId, numeric(r.id()));
            for (Reply r : old) maxId = Math.max(maxId, numeric(r.id()));
            s.turns.add(Turn.restore(tt, current, old));
        }
        s.nextReply = maxId + 1;
        s.savedContent = TranscriptWriter.content(TranscriptWriter.tree(s.transcript()));
        return s;
    }

    /** The transcript as JSON to write, or null when it says nothing the file does not already say. */
    public com.fasterxml.jackson.databind.node.ObjectNode transcriptToSave() {
        var tree = TranscriptWriter.tree(transcript());
        return TranscriptWriter.content(tree).equals(savedContent) ? null : tree;
    }

    /**
     * What the file says (less savedAt) as last written or read: a writer compares with it, so that a session with
     * nothing new (opened and quit) leaves its file as it was, byte for byte.
     */
    public String savedContent() {
        return savedContent;
    }

    /** Remembers what a writer wrote ({@link TranscriptWriter#content}), so an unchanged session is not written again. */
    public void saved(String content) {
        savedContent = content;
    }

    private static int numeric(String id) {
        try {
            return Integer.parseInt(id.startsWith("r") ? id.substring(1) : id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Asks one contestant again for its reply in the given turn (the last, in practice), with the same history and
     * system prompt. The reply it replaces stays in the transcript under {@code regenerated}.
     */
    public Outgoing regenerate(int turnIndex, int contestant, Double temperatureOverride) {
        Turn turn = turns.get(turnIndex);
        Reply r = newReply(contestants.get(contestant));
        turn.replace(contestant, r);
        turn.votesOutlivedBy(contestants.get(contestant).name(), clock.instant().toString());
        return outgoing(r, contestant, turnIndex, turn.message(), turn.systemPrompt(), temperatureOverride);
    }

    private Reply newReply(Contestant c) {
        Reply r = new Reply("r" + nextReply++, c);
        r.schedule(schedule.word());
        replies.put(r.id(), r);
        return r;
    }

    private Outgoing outgoing(Reply r, int contestant, int turnsBefore, String message, SystemPrompt prompt, Double temperatureOverride) {
        return new Outgoing(r.id(), r.contestant(), request(contestant, turnsBefore, message, prompt, temperatureOverride));
    }

    private ChatRequest request(int contestant, int turnsBefore, String message, SystemPrompt prompt, Double temperatureOverride) {
        List<ChatMessage> history = historyFor(contestant, turnsBefore);
        history.add(ChatMessage.user(message));
        var m = contestants.get(contestant).model();
        double t = temperatureOverride != null ? temperatureOverride : m.temperature();
        return new ChatRequest(m.model(), prompt.text(), history, t, m.maxTokens(), m.seed());
    }

    /**
     * What asking {@code contestant} again for its reply in turn {@code turnIndex} would send (see
     * {@link #regenerate}), without asking: a resumed run compares it with what a saved reply was sent.
     */
    public ChatRequest requestFor(int turnIndex, int contestant, Double temperatureOverride) {
        Turn turn = turns.get(turnIndex);
        return request(contestant, turnIndex, turn.message(), turn.systemPrompt(), temperatureOverride);
    }

    /** Marks a reply as part of a suite run. */
    public void tag(String replyId, vibecheck.transcript.Transcript.RunTag tag) {
        Reply r = replies.get(replyId);
        if (r != null) r.run(tag);
    }

    /** Ends every reply still running as cancelled, with the reason: for when the program is closed under them. */
    public void endUnfinished(String why) {
        for (Turn t : turns) {
            for (Reply r : t.replies()) {
                if (!r.state().isFinal()) r.end(vibecheck.stream.ReplyState.CANCELLED, null, why, null, r.metrics());
            }
        }
    }

    /** Why replies being cancelled were (by reply id), said when their cancelled end comes without a reason of its own. */
    private final Map<String, String> cancelReasons = new java.util.HashMap<>();

    /** Records why a reply ({@code null}: every running reply) is being cancelled, for the transcript. */
    public void cancelling(String replyId, String why) {
        for (Reply r : replies.values()) {
            if ((replyId == null || r.id().equals(replyId)) && !r.state().isFinal()) cancelReasons.putIfAbsent(r.id(), why);
        }
    }

    /** Ends one reply that was not sent, or no longer will be, as cancelled with the reason. */
    public void cancel(String replyId, String why) {
        Reply r = replies.get(replyId);
        if (r != null && !r.state().isFinal()) r.end(vibecheck.stream.ReplyState.CANCELLED, null, why, null, r.metrics());
    }

    public int running() {
        int n = 0;
        for (Turn t : turns) for (Reply r : t.replies()) if (!r.state().isFinal()) n++;
        return n;
    }

    /**
     * This contestant's side of the conversation so far: every earlier turn whose reply from it finished with text,
     * as the user's message and its own reply (never another model's).
     */
    List<ChatMessage> historyFor(int contestant, int turnsBefore) {
        List<ChatMessage> history = new ArrayList<>();
        for (Turn t : turns.subList(0, turnsBefore)) {
            if (t.sweepOf() != null) continue; // re-sends under other system prompts are side branches
            Reply answer = t.replies().get(contestant);
            if (!answer.entersHistory()) continue; // see Reply.entersHistory: the turn is left out for this model
            history.add(ChatMessage.user(t.message()));
            history.add(ChatMessage.assistant(answer.text()));
        }
        return history;
    }

    public Reply reply(String replyId) {
        return replies.get(replyId);
    }

    /** Applies an engine event; events for replies this session does not know are ignored. */
    public void apply(ReplyEvent event) {
        Reply r = replies.get(event.replyId());
        if (r == null) return;
        if (event instanceof ReplyEvent.Sent s) {
            r.started(s.parameters());
        } else if (event instanceof ReplyEvent.StateChanged s) {
            r.state(s.state());
        } else if (event instanceof ReplyEvent.Chunk c) {
            r.append(c.text(), c.reasoning());
        } else if (event instanceof ReplyEvent.Ended e) {
            String extra = e.state() == vibecheck.stream.ReplyState.FAILED ? failureHints.get(r.contestant().name()) : null;
            String hint = extra == null ? e.hint() : e.hint() == null ? extra : e.hint() + "; " + extra;
            String error = e.error() == null && e.state() == vibecheck.stream.ReplyState.CANCELLED ? cancelReasons.remove(r.id()) : e.error();
            r.end(e.state(), e.finishReason(), error, hint, e.metrics());
        }
    }

    public boolean allDone() {
        return turns.stream().allMatch(Turn::done);
    }

    public Transcript transcript() {
        List<Transcript.Turn> records = turns.stream().map(Turn::record).toList();
        String now = clock.instant().toString();
        if (recorded != null) {
            return new Transcript(Transcript.SCHEMA, recorded.program(), id, recorded.startedAt(), now, records, recorded.source());
        }
        return new Transcript(Transcript.SCHEMA, program, id, startedAt.toString(), now, records, null, rater);
    }

    static String shortId() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        var random = java.util.concurrent.ThreadLocalRandom.current(); // an id, not a secret
        for (int i = 0; i < 6; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
