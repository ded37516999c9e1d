package vibecheck.keys;

/**
 * Where typing goes when no box is open over the panels: the prompt line, the panels, or a note being written.
 * Boxes (the picker, the score grid, help, questions, past sessions) are {@code UiState.Overlay}s; the keys in force
 * are those of {@code UiState.scope()}.
 */
public enum Mode {
    PROMPT,
    PANELS,
    /** Writing a note on a reply: keys edit the note; the note keys save or drop it. */
    NOTE
}
