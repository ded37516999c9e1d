package vibecheck.ui;

/** What a piece of the screen is, so the theme can decide how it looks. */
public enum Style {
    NORMAL, USER, USER_HEAD, SYSTEM_NOTE, REASONING_HEAD, REASONING, ERROR, HINT, DIM,
    HEADER, BORDER, BORDER_FOCUSED, TITLE, TITLE_FOCUSED, FOOTER, STATUS, PROMPT, KEYS, OVERLAY, OVERLAY_TITLE,
    STATE_OK, STATE_LIVE, STATE_BAD,
    /** What an LLM judge said: set apart from the person's own judgements. */
    JUDGE
}
