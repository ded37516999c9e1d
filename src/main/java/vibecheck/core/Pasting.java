package vibecheck.core;

import vibecheck.keys.Mode;

/** Pasted text goes into the prompt (or the note being written) whole: its newlines and letters are not commands. */
final class Pasting {
    private Pasting() {}

    static void paste(UiState s, String text) {
        s.interrupts = 0;
        switch (s.overlay) {
            case HELP, SCORES, WARNINGS, TEXT -> s.overlay = UiState.Overlay.NONE;
            case NONE -> { }
            default -> {
                s.status = "a paste goes into the prompt line; it was not taken while a question or the picker is open";
                return;
            }
        }
        if (s.mode == Mode.PANELS) s.mode = Mode.PROMPT;
        (s.mode == Mode.NOTE ? s.note : s.prompt).insert(text);
    }
}
