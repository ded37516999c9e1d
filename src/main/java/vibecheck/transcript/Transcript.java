package vibecheck.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vibecheck.stream.Metrics;

/**
 * The on-disk record of one session: version {@link #SCHEMA} (every version from {@link #OLDEST_SCHEMA} loads).
 * Every turn keeps the user's message and the system prompt it was sent with; every reply keeps who answered, with
 * which parameters, the raw text and reasoning (never sanitized: the transcript is the evidence), how it ended and
 * what was measured. The format is described field by field in docs/transcript.md.
 *
 * <p>A record read from a file keeps the JSON object it came from ({@code source}): writing it back puts the known
 * fields over that object, so fields this program does not know survive at every level.
 */
public record Transcript(int schema, String program, String id, String startedAt, String savedAt, List<Turn> turns,
                         ObjectNode source, String rater) {
    /** 2: votes carry {@code supersededAt}; only the last vote of a kind on a turn counts. */
    public static final int SCHEMA = 2;
    public static final int OLDEST_SCHEMA = 1;

    public Transcript(int schema, String program, String id, String startedAt, String savedAt, List<Turn> turns) {
        this(schema, program, id, startedAt, savedAt, turns, null, null);
    }

    /** As read from a file: the rater is the one it recorded, if any. */
    public Transcript(int schema, String program, String id, String startedAt, String savedAt, List<Turn> turns, ObjectNode source) {
        this(schema, program, id, startedAt, savedAt, turns, source,
                source != null && source.hasNonNull("rater") ? source.get("rater").asText() : null);
    }

    public record Turn(int index, String startedAt, String message, Prompt systemPrompt, List<Reply> replies,
                       List<Reply> regenerated, List<Vote> votes, List<String> blindOrder, Integer sweepOf,
                       ObjectNode source, List<LlmJudgement> judgements) {
        public Turn(int index, String startedAt, String message, Prompt systemPrompt, List<Reply> replies,
                    List<Reply> regenerated, List<Vote> votes, List<String> blindOrder, Integer sweepOf) {
            this(index, startedAt, message, systemPrompt, replies, regenerated, votes, blindOrder, sweepOf, null, null);
        }

        /** This turn as recorded, with what judging and regenerating may have added since. */
        public Turn with(List<Reply> nowReplies, List<Reply> nowRegenerated, List<Vote> nowVotes, List<String> nowBlindOrder) {
            return new Turn(index, startedAt, message, systemPrompt, nowReplies, nowRegenerated, nowVotes, nowBlindOrder, sweepOf, source, judgements);
        }

        /** This turn with an LLM judge's judgements (kept apart from the person's scores and votes). */
        public Turn withJudgements(List<LlmJudgement> now) {
            return new Turn(index, startedAt, message, systemPrompt, replies, regenerated, votes, blindOrder, sweepOf, source,
                    now == null || now.isEmpty() ? null : List.copyOf(now));
        }

        /** The votes that count: per kind, the last one (earlier ones are history, superseded). */
        public List<Vote> currentVotes() {
            return Vote.current(votes);
        }
    }

    /**
     * One score given: {@code value} 1 to 5, or null when it was cleared. {@code blind} says whether the names were
     * hidden on screen when it was given. The latest event per criterion is the score; earlier ones stay as history.
     */
    public record Score(String criterion, Integer value, String at, boolean blind, ObjectNode source) {
        public Score(String criterion, Integer value, String at, boolean blind) {
            this(criterion, value, at, blind, null);
        }

        /** The current score per criterion (cleared ones absent), from a history in the order given. */
        public static java.util.Map<String, Integer> current(List<Score> history) {
            java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
            if (history == null) return out;
            for (Score s : history) {
                if (s.value() == null) out.remove(s.criterion());
                else out.put(s.criterion(), s.value());
            }
            return out;
        }
    }

    public record Note(String text, String at, boolean blind, ObjectNode source) {
        public Note(String text, String at, boolean blind) {
            this(text, at, blind, null);
        }
    }

    /**
     * A vote on a turn: {@code kind} "best" ({@code winner} beat every other reply of the turn) or "pair" (two
     * panels: {@code outcome} left, right, tie or both_bad, with {@code left}/{@code right} the contestants). A later
     * vote of the same kind on the same turn supersedes it: it stays as history with {@code supersededAt}.
     */
    public record Vote(VoteKind kind, String winner, String left, String right, Outcome outcome, String at, boolean blind,
                       String supersededAt, String supersededBecause, ObjectNode source) {
        public Vote(VoteKind kind, String winner, String left, String right, Outcome outcome, String at, boolean blind) {
            this(kind, winner, left, right, outcome, at, blind, null, null, null);
        }

        /** This vote as history from {@code when}, because a reply it judged was replaced ({@code why}). */
        public Vote supersede(String when, String why) {
            return new Vote(kind, winner, left, right, outcome, at, blind, when, why, source);
        }

        /** Whether it judged {@code contestant}'s reply: a best vote judged every reply of its turn. */
        public boolean judged(String contestant) {
            return kind == VoteKind.BEST || contestant.equals(left) || contestant.equals(right);
        }

        /** The vote in a few words, as the screen shows it: "a best", "a beat b", "a and b tie", "a and b both bad". */
        public String describe() {
            if (kind == VoteKind.BEST) return winner + " best";
            return switch (outcome) {
                case LEFT -> left + " beat " + right;
                case RIGHT -> right + " beat " + left;
                case TIE -> left + " and " + right + " tie";
                case BOTH_BAD -> left + " and " + right + " both bad";
            };
        }

        public Vote supersede(String when) {
            return new Vote(kind, winner, left, right, outcome, at, blind, when, null, source);
        }

        /** Per kind, the last vote: the ones that count. Earlier votes of a kind are superseded history. */
        public static List<Vote> current(List<Vote> votes) {
            if (votes == null) return List.of();
            List<Vote> out = new java.util.ArrayList<>();
            for (int i = 0; i < votes.size(); i++) {
                Vote v = votes.get(i);
                if (v.supersededAt() != null) continue; // history: replaced by a later vote, or its replies were
                boolean later = false;
                for (int j = i + 1; j < votes.size() && !later; j++) later = votes.get(j).kind().equals(v.kind());
                if (!later) out.add(v);
            }
            return out;
        }
    }

    public record Prompt(String name, String text) {}

    /** What a vote is about: the best reply of a turn, or two panels against each other. */
    public enum VoteKind {
        BEST, PAIR;

        /** The word in the file: {@code best}, {@code pair}. */
        public String word() {
            return vibecheck.text.EnumWords.word(this);
        }

        public static VoteKind of(String word) {
            return vibecheck.text.EnumWords.of(VoteKind.class, word);
        }
    }

    /** How a pair vote came out: the left panel better, the right, a tie, or both bad. */
    public enum Outcome {
        LEFT, RIGHT, TIE, BOTH_BAD;

        /** The word in the file: {@code left}, {@code right}, {@code tie}, {@code both_bad}. */
        public String word() {
            return vibecheck.text.EnumWords.word(this);
        }

        public static Outcome of(String word) {
            return vibecheck.text.EnumWords.of(Outcome.class, word);
        }

        public static String words() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Outcome::word).toList());
        }
    }

    public record Reply(
            String id,
            String contestant,
            String server,
            String protocol,
            String baseUrl,
            String model,
            JsonNode parameters,
            String text,
            String reasoning,
            String state,
            String finishReason,
            String error,
            String hint,
            Metrics metrics,
            List<Score> scores,
            List<Note> notes,
            Boolean selfIdentified,
            String schedule,
            Boolean modelLoaded,
            RunTag run,
            ObjectNode source) {
        public Reply(String id, String contestant, String server, String protocol, String baseUrl, String model,
                     JsonNode parameters, String text, String reasoning, String state, String finishReason, String error,
                     String hint, Metrics metrics, List<Score> scores, List<Note> notes, Boolean selfIdentified,
                     String schedule, Boolean modelLoaded) {
            this(id, contestant, server, protocol, baseUrl, model, parameters, text, reasoning, state, finishReason,
                    error, hint, metrics, scores, notes, selfIdentified, schedule, modelLoaded, null, null);
        }

        public Reply(String id, String contestant, String server, String protocol, String baseUrl, String model,
                     JsonNode parameters, String text, String reasoning, String state, String finishReason, String error,
                     String hint, Metrics metrics, List<Score> scores, List<Note> notes, Boolean selfIdentified,
                     String schedule, Boolean modelLoaded, RunTag run) {
            this(id, contestant, server, protocol, baseUrl, model, parameters, text, reasoning, state, finishReason,
                    error, hint, metrics, scores, notes, selfIdentified, schedule, modelLoaded, run, null);
        }

        /** This reply as recorded, with the scores and notes it has now (judging only ever adds to them). */
        public Reply withJudgement(List<Score> nowScores, List<Note> nowNotes) {
            return new Reply(id, contestant, server, protocol, baseUrl, model, parameters, text, reasoning, state,
                    finishReason, error, hint, metrics, nowScores, nowNotes, selfIdentified, schedule, modelLoaded, run, source);
        }
    }

    /**
     * Where a reply of a suite run comes from: the suite, the item, which sample of it (1-based), and the hash of
     * everything that decided what was sent (server, model, parameters, system prompt, messages, sample), by which
     * a resumed run knows the reply is already there, the criteria the suite asks to judge it on (null: all), and
     * the item's reference answer for the person judging (never sent to a contestant), when it has one.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record RunTag(String suite, String item, int repeat, String hash, List<String> criteria, String reference) {
        public RunTag(String suite, String item, int repeat, String hash, List<String> criteria) {
            this(suite, item, repeat, hash, criteria, null);
        }
    }
}
