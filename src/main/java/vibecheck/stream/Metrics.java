package vibecheck.stream;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Measurements of one reply. Times in milliseconds from when the request was sent (time waiting for a
 * concurrency slot is {@code queuedMs}, not part of the others). {@code outputTokensSource} is "server" when the
 * server reported the count, "counted" when it is the number of streamed chunks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metrics(
        Long queuedMs,
        Long ttftMs,
        Long totalMs,
        Long outputTokens,
        String outputTokensSource,
        Double tokensPerSecond,
        Long promptTokens,
        Long loadMs) {

    public static final Metrics NONE = new Metrics(null, null, null, null, null, null, null, null);
}
