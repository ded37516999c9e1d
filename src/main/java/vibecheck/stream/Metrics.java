package vibecheck.stream;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Measurements of one reply. Times in milliseconds from when the request was sent (time waiting for a
 * concurrency slot is {@code queuedMs}, not part of the others). {@code outputTokensSource} is "server" when the
 * server reported the count, "counted" when it is the number of streamed chunks. {@code tokensPerSecondSource} is
 * "server" when the speed comes from the server's own timing (Ollama {@code eval_duration}, llama.cpp
 * {@code timings}), "span" when it is measured over the span from the first token to the last; with neither (the
 * reply came in one burst, too quickly to time) there is no speed.
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
        Long loadMs,
        String tokensPerSecondSource) {

    public static final Metrics NONE = new Metrics(null, null, null, null, null, null, null, null, null);

    public Metrics(Long queuedMs, Long ttftMs, Long totalMs, Long outputTokens, String outputTokensSource, Double tokensPerSecond,
                   Long promptTokens, Long loadMs) {
        this(queuedMs, ttftMs, totalMs, outputTokens, outputTokensSource, tokensPerSecond, promptTokens, loadMs,
                tokensPerSecond == null ? null : "server".equals(outputTokensSource) ? "server" : "span");
    }
}
