package vibecheck.config;

/** A named system prompt; an empty text means no system message is sent. */
public record SystemPrompt(String name, String text) {
    public static final SystemPrompt NONE = new SystemPrompt("none", "");

    /**
     * The system prompts vibecheck ships (the shipped config lists the same, and a config written by the picker
     * or set up on a first start gets these): no system message, and two personas to compare it with.
     */
    public static final java.util.List<SystemPrompt> SHIPPED = java.util.List.of(NONE,
            new SystemPrompt("friend", "Answer like a friend would: warm, casual and direct. No lectures, no disclaimers unless they truly matter."),
            new SystemPrompt("mentor", "Answer like an experienced mentor: encouraging but honest, explain your reasoning, and ask a clarifying question when the request is ambiguous."));

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }
}
