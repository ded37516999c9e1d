package vibecheck.keys;

import java.util.List;
import java.util.Locale;

/**
 * Everything a key can do: its scope, the short word the hint bar shows (null: not on the bar), the description the
 * help screen shows, and its default keys. Rebinding under {@code keys} in the config uses the lower-case name with
 * dashes (e.g. {@code "cancel-all"}); help, the hint bar and every message that names a key read the bindings in
 * force, so a rebound key is named the same everywhere.
 */
public enum Action {
    INTERRUPT(Scope.GLOBAL, "stop", "stop all; 2× quits", "Ctrl-C"),
    REDRAW(Scope.GLOBAL, null, "redraw the screen", "Ctrl-L"),

    SEND(Scope.PROMPT, "send", "send to all models", "Enter"),
    NEWLINE(Scope.PROMPT, "newline", "new line", "Alt-Enter", "Ctrl-J"),
    EDITOR(Scope.PROMPT, "editor", "edit in $EDITOR", "Ctrl-E"),
    HISTORY_PREV(Scope.PROMPT, null, "earlier prompt", "Up"),
    HISTORY_NEXT(Scope.PROMPT, null, "later prompt", "Down"),
    TO_PANELS(Scope.PROMPT, "panels", "go to the panels", "Esc", "Tab"),

    EDIT_LEFT(Scope.EDIT, null, "cursor left", "Left"),
    EDIT_RIGHT(Scope.EDIT, null, "cursor right", "Right"),
    EDIT_HOME(Scope.EDIT, null, "start of the line", "Home", "Ctrl-A"),
    EDIT_END(Scope.EDIT, null, "end of the line", "End"),
    EDIT_BACKSPACE(Scope.EDIT, null, "delete before the cursor", "Backspace"),
    EDIT_DELETE(Scope.EDIT, null, "delete at the cursor", "Delete"),
    EDIT_CLEAR_LINE(Scope.EDIT, null, "clear the line", "Ctrl-U"),
    EDIT_DELETE_WORD(Scope.EDIT, null, "delete the word before", "Ctrl-W"),
    EDIT_INDENT(Scope.EDIT, null, "four spaces (in a note)", "Tab"),

    FOCUS_NEXT(Scope.PANELS, "next", "next panel", "Tab", "Right"),
    FOCUS_PREV(Scope.PANELS, null, "previous panel", "Shift-Tab", "Left"),
    SCORE_1(Scope.PANELS, "score", "score the reply", "1"),
    SCORE_2(Scope.PANELS, null, "score 2", "2"),
    SCORE_3(Scope.PANELS, null, "score 3", "3"),
    SCORE_4(Scope.PANELS, null, "score 4", "4"),
    SCORE_5(Scope.PANELS, null, "score 5", "5"),
    SCORE_CLEAR(Scope.PANELS, null, "clear the score", "0"),
    PREV_CRITERION(Scope.PANELS, "criterion", "previous / next criterion", "["),
    NEXT_CRITERION(Scope.PANELS, null, "next criterion", "]"),
    NOTE(Scope.PANELS, null, "note on this reply", "n"),
    SCORE_TABLE(Scope.PANELS, "scores", "score grid of the turn", "c"),
    VOTE_BEST(Scope.PANELS, "best", "vote: this reply best", "v"),
    VOTE_LEFT(Scope.PANELS, null, "2 panels: left better", "a"),
    VOTE_RIGHT(Scope.PANELS, null, "2 panels: right better", "b"),
    VOTE_TIE(Scope.PANELS, null, "2 panels: a tie", "="),
    VOTE_BOTH_BAD(Scope.PANELS, null, "2 panels: both bad", "-"),
    PREV_TURN(Scope.PANELS, null, "previous turn (judge: item)", "<"),
    NEXT_TURN(Scope.PANELS, null, "next turn (judge: item)", ">"),
    NEXT_UNJUDGED(Scope.PANELS, null, "judge: next item to judge", "N"),
    NEXT_SAMPLE(Scope.PANELS, null, "judge: next sample (repeat)", "O"),
    BLIND(Scope.PANELS, "blind", "blind mode on/off", "B"),
    SWEEP(Scope.PANELS, null, "resend, every system prompt", "P"),
    EXPORT(Scope.PANELS, "export", "export Markdown", "e"),
    MODELS(Scope.PANELS, "models", "pick models on this machine", "m"),
    DEMO(Scope.PANELS, null, "demo with offline models", "d"),
    WARNINGS(Scope.PANELS, null, "the config's warnings", "W"),
    VERDICT(Scope.PANELS, null, "the verdict so far", "L"),
    REFERENCE(Scope.PANELS, null, "judge: reference answer", "A"),
    ASK_JUDGE(Scope.PANELS, null, "LLM judge on this turn", "J"),
    COPY(Scope.PANELS, "copy", "copy the reply (clipboard)", "y"),
    SESSIONS(Scope.PANELS, "sessions", "past sessions: list, open", "o"),
    SCHEDULE(Scope.PANELS, null, "parallel / one after another", "p"),
    SCROLL_UP(Scope.PANELS, null, "scroll up", "Up"),
    SCROLL_DOWN(Scope.PANELS, null, "scroll down", "Down"),
    PAGE_UP(Scope.PANELS, null, "page up", "PgUp"),
    PAGE_DOWN(Scope.PANELS, null, "page down", "PgDn"),
    TOP(Scope.PANELS, null, "to the top", "Home"),
    FOLLOW(Scope.PANELS, null, "to the end, follow", "End"),
    ZOOM(Scope.PANELS, "zoom", "zoom this panel", "z"),
    TOGGLE_REASONING(Scope.PANELS, "thinking", "show/hide reasoning", "t"),
    CANCEL(Scope.PANELS, "cancel", "cancel this reply", "x"),
    CANCEL_ALL(Scope.PANELS, null, "cancel every reply", "X"),
    REGENERATE(Scope.PANELS, "regen", "regenerate reply", "r"),
    REGENERATE_ALL(Scope.PANELS, null, "regenerate all", "R"),
    EARLIER_VERSIONS(Scope.PANELS, null, "show/hide earlier versions", "V"),
    NEXT_SYSTEM(Scope.PANELS, "system", "next system prompt", "s"),
    PREV_SYSTEM(Scope.PANELS, null, "prev system prompt", "S"),
    TO_PROMPT(Scope.PANELS, "prompt", "back to the prompt", "i", "Enter", "Esc"),
    HELP(Scope.PANELS, "help", "all keys", "?"),
    QUIT(Scope.PANELS, "quit", "quit", "q"),

    NOTE_SAVE(Scope.NOTE, "save", "save the note", "Enter"),
    NOTE_DROP(Scope.NOTE, "drop", "drop the note", "Esc"),
    NOTE_NEWLINE(Scope.NOTE, "newline", "new line", "Alt-Enter", "Ctrl-J"),

    PICK_UP(Scope.PICKER, null, "move up", "Up"),
    PICK_DOWN(Scope.PICKER, null, "move down", "Down"),
    PICK_TOGGLE(Scope.PICKER, "choose", "choose / unchoose", "Space", "x"),
    PICK_START(Scope.PICKER, "start", "start with the chosen", "Enter"),
    PICK_WRITE(Scope.PICKER, "write config", "write them as the config", "w"),
    PICK_DEMO(Scope.PICKER, "demo", "demo with offline models", "d"),
    PICK_AGAIN(Scope.PICKER, "look again", "look for servers again", "r"),
    PICK_CLOSE(Scope.PICKER, "close", "close the picker", "Esc"),
    PICK_QUIT(Scope.PICKER, "quit", "quit", "q"),
    PICK_HELP(Scope.PICKER, "help", "all keys", "?"),

    SESSION_UP(Scope.SESSIONS, null, "move up", "Up"),
    SESSION_DOWN(Scope.SESSIONS, null, "move down", "Down"),
    SESSION_ERASE(Scope.SESSIONS, null, "erase from the filter", "Backspace"),
    SESSION_OPEN(Scope.SESSIONS, "open", "open it here", "Enter"),
    SESSION_CLOSE(Scope.SESSIONS, "close", "close the list", "Esc"),

    GRID_UP(Scope.GRID, null, "previous criterion", "Up", "k"),
    GRID_DOWN(Scope.GRID, null, "next criterion", "Down", "j"),
    GRID_LEFT(Scope.GRID, null, "previous panel", "Left", "h", "Shift-Tab"),
    GRID_RIGHT(Scope.GRID, null, "next panel", "Right", "l", "Tab"),
    GRID_CLOSE(Scope.GRID, "close", "close the grid", "Esc", "c", "q"),

    CONFIRM_YES(Scope.CONFIRM, "yes", "yes", "y", "Y"),

    HELP_NEXT_PAGE(Scope.HELP, "more", "next page", "PgDn", "Down", "Space"),
    HELP_PREV_PAGE(Scope.HELP, null, "previous page", "PgUp", "Up"),
    HELP_CLOSE(Scope.HELP, "close", "close", "Esc", "q"),

    READER_DOWN(Scope.READER, null, "line down", "Down", "j"),
    READER_UP(Scope.READER, null, "line up", "Up", "k"),
    READER_PAGE_DOWN(Scope.READER, null, "page down", "PgDn", "Space"),
    READER_PAGE_UP(Scope.READER, null, "page up", "PgUp"),
    READER_CLOSE(Scope.READER, "close", "close", "Esc", "q"),

    WARNINGS_CLOSE(Scope.WARNINGS, "close", "close", "Esc", "q");

    private final Scope scope;
    private final String hint;
    private final String description;
    private final List<String> defaults;

    Action(Scope scope, String hint, String description, String... defaults) {
        this.scope = scope;
        this.hint = hint;
        this.description = description;
        this.defaults = List.of(defaults);
    }

    public Scope scope() { return scope; }
    /** The short word on the hint bar, or null when the bar leaves it to the help screen. */
    public String hint() { return hint; }
    public String description() { return description; }
    /** Whether the one-line hint bar shows it. */
    public boolean hinted() { return hint != null; }
    public List<String> defaults() { return defaults; }

    /**
     * The actions shown as one row of help and one hint with this one's words: the five scores ("1-5 score the
     * reply"), the two criterion keys ("[ ] criterion"). Empty for an action shown inside another's row.
     */
    public List<Action> shownWith() {
        return switch (this) {
            case SCORE_1 -> List.of(SCORE_1, SCORE_2, SCORE_3, SCORE_4, SCORE_5);
            case SCORE_2, SCORE_3, SCORE_4, SCORE_5, NEXT_CRITERION -> List.of();
            case PREV_CRITERION -> List.of(PREV_CRITERION, NEXT_CRITERION);
            default -> List.of(this);
        };
    }

    /** The name used in the config: {@code CANCEL_ALL} is {@code cancel-all}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Action fromConfigName(String name) {
        for (Action a : values()) if (a.configName().equals(name)) return a;
        return null;
    }
}
