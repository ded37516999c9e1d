package vibecheck.transcript;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vibecheck.stream.Metrics;

/**
 * The on-disk record of one session: version {@link #SCHEMA}. Every turn keeps the user's message and the system
 * prompt it was sent with; every reply keeps who answered, with which parameters, the raw text and reasoning
 * (never sanitized: the transcript is the evidence), how it ended and what was measured.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Transcript(int schema, String program, String id, String startedAt, String savedAt, List<Turn> turns) {
    public static final int SCHEMA = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Turn(int index, String startedAt, String message, Prompt systemPrompt, List<Reply> replies,
                       List<Reply> regenerated, List<Vote> votes, List<String> blindOrder, Integer sweepOf) {}

    /**
     * One score given: {@code value} 1 to 5, or null when it was cleared. {@code blind} says whether the judge could
     * not see which model wrote the reply. The latest event per criterion is the score; earlier ones stay as history.
     */
    public record Score(String criterion, Integer value, String at, boolean blind) {}

    public record Note(String text, String at, boolean blind) {}

    /**
     * A vote on a turn: {@code kind} "best" ({@code winner} beat every other reply of the turn) or "pair" (two
     * panels: {@code outcome} left, right, tie or both_bad, with {@code left}/{@code right} the contestants).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vote(String kind, String winner, String left, String right, String outcome, String at, boolean blind) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Prompt(String name, String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reply(
            String id,
            String contestant,
            String provider,
            String providerType,
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
            RunTag run) {}

    /**
     * Where a reply of a suite run comes from: the suite, the item, which sample of it (1-based), and the hash of
     * everything that decided what was sent (server, model, parameters, system prompt, messages, sample), by which
     * a resumed run knows the reply is already there, the criteria the suite asks to judge it on (null: all), and
     * the item's reference answer for the person judging (never sent to a contestant), when it has one.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunTag(String suite, String item, int repeat, String hash, List<String> criteria, String reference) {
        public RunTag(String suite, String item, int repeat, String hash, List<String> criteria) {
            this(suite, item, repeat, hash, criteria, null);
        }
    }
}
