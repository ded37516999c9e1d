package vibecheck.keys;

import java.util.List;
import java.util.Locale;

/**
 * Everything a key can do, with its mode, its default keys, and the words the help screen and the hint bar show.
 * Rebinding under {@code keys} in the config uses the lower-case name with dashes (e.g. {@code "cancel-all"}).
 */
public enum Action {
    INTERRUPT(Mode.GLOBAL, "stop all; 2× quits", true, "Ctrl-C"),
    REDRAW(Mode.GLOBAL, "redraw the screen", false, "Ctrl-L"),

    SEND(Mode.PROMPT, "send to all models", true, "Enter"),
    NEWLINE(Mode.PROMPT, "new line", true, "Alt-Enter", "Ctrl-J"),
    EDITOR(Mode.PROMPT, "edit in $EDITOR", true, "Ctrl-E"),
    HISTORY_PREV(Mode.PROMPT, "earlier prompt", false, "Up"),
    HISTORY_NEXT(Mode.PROMPT, "later prompt", false, "Down"),
    TO_PANELS(Mode.PROMPT, "go to the panels", true, "Esc", "Tab"),

    FOCUS_NEXT(Mode.PANELS, "next panel", true, "Tab", "Right"),
    FOCUS_PREV(Mode.PANELS, "previous panel", false, "Shift-Tab", "Left"),
    SCORE_1(Mode.PANELS, "score 1", true, "1"),
    SCORE_2(Mode.PANELS, "score 2", false, "2"),
    SCORE_3(Mode.PANELS, "score 3", false, "3"),
    SCORE_4(Mode.PANELS, "score 4", false, "4"),
    SCORE_5(Mode.PANELS, "score 5", false, "5"),
    SCORE_CLEAR(Mode.PANELS, "clear the score", false, "0"),
    PREV_CRITERION(Mode.PANELS, "previous criterion", true, "["),
    NEXT_CRITERION(Mode.PANELS, "next criterion", false, "]"),
    NOTE(Mode.PANELS, "note on this reply", false, "n"),
    SCORE_TABLE(Mode.PANELS, "score grid of the turn", true, "c"),
    VOTE_BEST(Mode.PANELS, "vote: this reply best", true, "v"),
    VOTE_LEFT(Mode.PANELS, "2 panels: left better", false, "a"),
    VOTE_RIGHT(Mode.PANELS, "2 panels: right better", false, "b"),
    VOTE_TIE(Mode.PANELS, "2 panels: a tie", false, "="),
    VOTE_BOTH_BAD(Mode.PANELS, "2 panels: both bad", false, "-"),
    PREV_TURN(Mode.PANELS, "previous turn (judge: item)", false, "<"),
    NEXT_TURN(Mode.PANELS, "next turn (judge: item)", false, ">"),
    NEXT_UNJUDGED(Mode.PANELS, "judge: next item to judge", false, "N"),
    NEXT_SAMPLE(Mode.PANELS, "judge: next sample (repeat)", false, "O"),
    BLIND(Mode.PANELS, "blind mode on/off", true, "B"),
    SWEEP(Mode.PANELS, "resend, every system prompt", false, "P"),
    EXPORT(Mode.PANELS, "export Markdown", true, "e"),
    MODELS(Mode.PANELS, "pick models on this machine", true, "m"),
    DEMO(Mode.PANELS, "demo with offline models", false, "d"),
    WARNINGS(Mode.PANELS, "the config's warnings", false, "W"),
    VERDICT(Mode.PANELS, "the verdict so far", false, "L"),
    REFERENCE(Mode.PANELS, "judge: reference answer", false, "A"),
    ASK_JUDGE(Mode.PANELS, "LLM judge on this turn", false, "J"),
    COPY(Mode.PANELS, "copy the reply (clipboard)", true, "y"),
    SESSIONS(Mode.PANELS, "past sessions: list, open", true, "o"),
    SCHEDULE(Mode.PANELS, "parallel / one after another", false, "p"),
    PICK_UP(Mode.PICKER, "move up", false, "Up"),
    PICK_DOWN(Mode.PICKER, "move down", false, "Down"),
    PICK_TOGGLE(Mode.PICKER, "choose / unchoose", true, "Space", "x"),
    PICK_START(Mode.PICKER, "start with the chosen", true, "Enter"),
    PICK_WRITE(Mode.PICKER, "write them as the config", true, "w"),
    PICK_DEMO(Mode.PICKER, "demo with offline models", true, "d"),
    PICK_AGAIN(Mode.PICKER, "look for servers again", true, "r"),
    PICK_CLOSE(Mode.PICKER, "close the picker", true, "Esc"),
    PICK_QUIT(Mode.PICKER, "quit", true, "q"),
    PICK_HELP(Mode.PICKER, "all keys", true, "?"),
    SCROLL_UP(Mode.PANELS, "scroll up", false, "Up"),
    SCROLL_DOWN(Mode.PANELS, "scroll down", false, "Down"),
    PAGE_UP(Mode.PANELS, "page up", false, "PgUp"),
    PAGE_DOWN(Mode.PANELS, "page down", false, "PgDn"),
    TOP(Mode.PANELS, "to the top", false, "Home"),
    FOLLOW(Mode.PANELS, "to the end, follow", false, "End"),
    ZOOM(Mode.PANELS, "zoom this panel", true, "z"),
    TOGGLE_REASONING(Mode.PANELS, "show/hide reasoning", true, "t"),
    CANCEL(Mode.PANELS, "cancel this reply", true, "x"),
    CANCEL_ALL(Mode.PANELS, "cancel every reply", false, "X"),
    REGENERATE(Mode.PANELS, "regenerate reply", true, "r"),
    REGENERATE_ALL(Mode.PANELS, "regenerate all", false, "R"),
    EARLIER_VERSIONS(Mode.PANELS, "show/hide earlier versions", false, "V"),
    NEXT_SYSTEM(Mode.PANELS, "next system prompt", true, "s"),
    PREV_SYSTEM(Mode.PANELS, "prev system prompt", false, "S"),
    TO_PROMPT(Mode.PANELS, "back to the prompt", true, "i", "Enter", "Esc"),
    HELP(Mode.PANELS, "all keys", true, "?"),
    QUIT(Mode.PANELS, "quit", true, "q"),
    SESSION_UP(Mode.SESSIONS, "move up", false, "Up"),
    SESSION_DOWN(Mode.SESSIONS, "move down", false, "Down"),
    SESSION_OPEN(Mode.SESSIONS, "open it here", true, "Enter"),
    SESSION_CLOSE(Mode.SESSIONS, "close the list", true, "Esc"),
    GRID_UP(Mode.GRID, "previous criterion", false, "Up", "k"),
    GRID_DOWN(Mode.GRID, "next criterion", false, "Down", "j"),
    GRID_LEFT(Mode.GRID, "previous panel", false, "Left", "h", "Shift-Tab"),
    GRID_RIGHT(Mode.GRID, "next panel", false, "Right", "l", "Tab"),
    GRID_CLOSE(Mode.GRID, "close the grid", true, "Esc", "c", "q"),
    CONFIRM_YES(Mode.CONFIRM, "yes; other keys: no", true, "y", "Y");

    private final Mode mode;
    private final String description;
    private final boolean hinted;
    private final List<String> defaults;

    Action(Mode mode, String description, boolean hinted, String... defaults) {
        this.mode = mode;
        this.description = description;
        this.hinted = hinted;
        this.defaults = List.of(defaults);
    }

    public Mode mode() { return mode; }
    public String description() { return description; }
    /** Whether the one-line hint bar shows it. */
    public boolean hinted() { return hinted; }
    public List<String> defaults() { return defaults; }

    /** The name used in the config: {@code CANCEL_ALL} is {@code cancel-all}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Action fromConfigName(String name) {
        for (Action a : values()) if (a.configName().equals(name)) return a;
        return null;
    }
}
