package vibecheck.protocol;

import java.util.List;

/**
 * What one reply is asked for: the model, the system prompt (empty for none), the conversation so far ending in
 * the user's message, and the sampling parameters.
 */
public record ChatRequest(
        String model,
        String system,
        List<ChatMessage> messages,
        double temperature,
        int maxTokens,
        Integer seed) {

    public boolean hasSystem() {
        return system != null && !system.isBlank();
    }
}
