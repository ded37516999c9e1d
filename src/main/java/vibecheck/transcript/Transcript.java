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
                       List<Reply> regenerated) {}

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
            Metrics metrics) {}
}
