package vibecheck.config;

/** A named system prompt; an empty text means no system message is sent. */
public record SystemPrompt(String name, String text) {
    public static final SystemPrompt NONE = new SystemPrompt("none", "");

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }
}
