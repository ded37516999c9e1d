package vibecheck.core;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.SystemPrompt;
import vibecheck.provider.ChatMessage;
import vibecheck.provider.ChatRequest;
import vibecheck.stream.Contestant;
import vibecheck.stream.ReplyEvent;
import vibecheck.transcript.Transcript;

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

    public Session(List<Contestant> contestants, String program, Clock clock) {
        this(contestants, program, clock, shortId());
    }

    public Session(List<Contestant> contestants, String program, Clock clock, String id) {
        this.id = id;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.program = program;
        this.contestants = List.copyOf(contestants);
    }

    public String id() { return id; }
    public Instant startedAt() { return startedAt; }
    public List<Contestant> contestants() { return contestants; }
    public List<Turn> turns() { return Collections.unmodifiableList(turns); }

    /** A request to send for one started reply: the reply's id, who answers, and what they are asked. */
    public record Outgoing(String replyId, Contestant contestant, ChatRequest request) {}

    /** Adds a turn and returns one request per contestant, each carrying that contestant's own history. */
    public List<Outgoing> addTurn(String message, SystemPrompt prompt, Double temperatureOverride) {
        Turn turn = new Turn(turns.size() + 1, clock.instant(), message, prompt);
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < contestants.size(); i++) {
            Reply r = newReply(contestants.get(i));
            turn.add(r);
            out.add(outgoing(r, i, turns.size(), message, prompt, temperatureOverride));
        }
        turns.add(turn);
        return out;
    }

    /**
     * Asks one contestant again for its reply in the given turn (the last, in practice), with the same history and
     * system prompt. The reply it replaces stays in the transcript under {@code regenerated}.
     */
    public Outgoing regenerate(int turnIndex, int contestant, Double temperatureOverride) {
        Turn turn = turns.get(turnIndex);
        Reply r = newReply(contestants.get(contestant));
        turn.replace(contestant, r);
        return outgoing(r, contestant, turnIndex, turn.message(), turn.systemPrompt(), temperatureOverride);
    }

    private Reply newReply(Contestant c) {
        Reply r = new Reply("r" + nextReply++, c);
        replies.put(r.id(), r);
        return r;
    }

    private Outgoing outgoing(Reply r, int contestant, int turnsBefore, String message, SystemPrompt prompt, Double temperatureOverride) {
        List<ChatMessage> history = historyFor(contestant, turnsBefore);
        history.add(ChatMessage.user(message));
        var m = r.contestant().model();
        double t = temperatureOverride != null ? temperatureOverride : m.temperature();
        return new Outgoing(r.id(), r.contestant(), new ChatRequest(m.model(), prompt.text(), history, t, m.maxTokens(), m.seed()));
    }

    /** Ends every reply still running as cancelled, with the reason: for when the program is closed under them. */
    public void endUnfinished(String why) {
        for (Turn t : turns) {
            for (Reply r : t.replies()) {
                if (!r.state().isFinal()) r.end(vibecheck.stream.ReplyState.CANCELLED, null, why, null, r.metrics());
            }
        }
    }

    public int running() {
        int n = 0;
        for (Turn t : turns) for (Reply r : t.replies()) if (!r.state().isFinal()) n++;
        return n;
    }

    /** Records the parameters actually sent for a started reply. */
    public void started(String replyId, com.fasterxml.jackson.databind.JsonNode parameters) {
        Reply r = replies.get(replyId);
        if (r != null) r.started(parameters);
    }

    /** This contestant's side of the conversation so far: every earlier user message and its own replies. */
    List<ChatMessage> historyFor(int contestant, int turnsBefore) {
        List<ChatMessage> history = new ArrayList<>();
        for (Turn t : turns.subList(0, turnsBefore)) {
            history.add(ChatMessage.user(t.message()));
            String answer = t.replies().get(contestant).text();
            if (!answer.isEmpty()) history.add(ChatMessage.assistant(answer));
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
        if (event instanceof ReplyEvent.StateChanged s) {
            r.state(s.state());
        } else if (event instanceof ReplyEvent.Chunk c) {
            r.append(c.text(), c.reasoning());
        } else if (event instanceof ReplyEvent.Ended e) {
            r.end(e.state(), e.finishReason(), e.error(), e.hint(), e.metrics());
        }
    }

    public boolean allDone() {
        return turns.stream().allMatch(Turn::done);
    }

    public Transcript transcript() {
        return new Transcript(Transcript.SCHEMA, program, id, startedAt.toString(), clock.instant().toString(),
                turns.stream().map(Turn::record).toList());
    }

    private static String shortId() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        var random = java.util.concurrent.ThreadLocalRandom.current(); // an id, not a secret
        for (int i = 0; i < 6; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
