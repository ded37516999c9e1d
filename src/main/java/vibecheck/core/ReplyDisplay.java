package vibecheck.core;

import vibecheck.text.TerminalSanitizer;

/**
 * What the screen shows of one reply: its text and reasoning sanitized once, as they arrive, by stateful filters
 * (an escape sequence split across two chunks is still caught). The raw text stays in the {@link Reply}.
 */
public final class ReplyDisplay {
    private final TerminalSanitizer textFilter = new TerminalSanitizer();
    private final TerminalSanitizer reasoningFilter = new TerminalSanitizer();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private int reasoningChunks;
    private boolean whole;

    void append(String chunk, boolean isReasoning) {
        if (isReasoning) {
            reasoning.append(reasoningFilter.feed(chunk));
            reasoningChunks++;
        } else {
            text.append(textFilter.feed(chunk));
        }
    }

    void end() {
        text.append(textFilter.flush());
        reasoning.append(reasoningFilter.flush());
    }

    /** Marks a display filled at once from a saved reply: its chunks were not counted. */
    void whole() {
        whole = true;
    }

    /** How much reasoning there is, in words a panel can show: streamed tokens, or characters for a saved reply. */
    public String reasoningSize() {
        if (whole) return reasoning.length() + " characters";
        return reasoningChunks + (reasoningChunks == 1 ? " token" : " tokens");
    }

    public CharSequence text() { return text; }
    public CharSequence reasoning() { return reasoning; }
}
