package vibecheck.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.screen.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vibecheck.core.Msg;
import vibecheck.core.PanelView;
import vibecheck.core.UiState;
import vibecheck.keys.Mode;
import vibecheck.text.TerminalSanitizer;

/**
 * Draws the whole UI state onto a screen's back buffer. Pure drawing: reads the state and changes none of it; where
 * each panel stands comes back as a {@link Msg.Laid} for {@code Update}.
 */
public final class Renderer {
    private final Theme theme;
    private final List<PanelContent> contents = new ArrayList<>();
    /** The session the cached panel contents belong to: another session's reply ids and turns mean other text. */
    private Object drawnSession;

    public Renderer(Theme theme) {
        this.theme = theme;
    }

    public Msg.Laid draw(Screen screen, UiState s) {
        int cols = s.columns;
        int rows = s.rows;
        Canvas c = new Canvas(screen, theme, cols, rows);
        if (drawnSession != s.session) {
            contents.clear();
            drawnSession = s.session;
        }
        while (contents.size() < s.panels.size()) contents.add(new PanelContent());
        var editor = s.mode == Mode.NOTE ? s.note : s.prompt;
        String[] promptLines = editor.text().split("\n", -1);
        Layout layout = Layout.of(cols, rows, s.panels.size(), promptLines.length, s.zoom ? s.focus : -1);
        if (rows < 6 || cols < 20) {
            c.fill(0, 0, cols, rows, Style.NORMAL);
            c.put(0, 0, "window too small", Style.STATUS, cols);
            screen.setCursorPosition(null);
            return new Msg.Laid(List.of());
        }
        header(c, s, layout.header);
        List<PanelView.Placement> placed = new ArrayList<>();
        for (int i = 0; i < s.panels.size(); i++) placed.add(PanelPainter.paint(c, s, i, layout.panels.get(i), contents.get(i)));
        status(c, s, layout.status);
        TerminalPosition cursor = PromptPainter.paint(c, s, editor, layout.prompt, promptLines);
        keys(c, s, layout.keys);
        if (s.overlay != UiState.Overlay.NONE) OverlayPainters.of(s.overlay).paint(c, s);
        boolean typing = s.mode == Mode.PROMPT || s.mode == Mode.NOTE;
        boolean noteOverGrid = s.mode == Mode.NOTE && s.overlay == UiState.Overlay.SCORES;
        screen.setCursorPosition(typing && (s.overlay == UiState.Overlay.NONE || noteOverGrid) ? cursor : null);
        return new Msg.Laid(placed);
    }

    private static void header(Canvas c, UiState s, Layout.Rect r) {
        if (s.judge != null) {
            judgeHeader(c, s, r);
            return;
        }
        var temps = s.temperatures(); // what each model is sent, not a default some may not use
        String temp = temps.size() == 1 ? UiState.temperatureWord(temps.first())
                : UiState.temperatureWord(temps.first()) + "–" + UiState.temperatureWord(temps.last());
        int streaming = s.session.running();
        String tail = (s.readOnly != null ? " · read-only" : "") + " · system: " + s.activeSystemPrompt().name()
                + " · temp " + temp
                + " · blind: " + (s.blind.on() ? "on" : "off")
                + " · " + (streaming == 0 ? "idle" : streaming + " streaming");
        if (s.sequential) tail += " · one at a time";
        String name = s.demo ? " vibecheck DEMO (offline models, canned answers)" : " vibecheck";
        String text = name + " · session " + s.session.id() + tail;
        if (CellWidth.of(text) > r.width()) text = (s.demo ? " DEMO · " : " ") + s.session.id() + tail;
        c.line(r.col(), r.row(), CellWidth.fit(text, r.width()), Style.HEADER, r.width());
    }

    /** Judging a run: where in it, which item, and how much of the run is judged. */
    private static void judgeHeader(Canvas c, UiState s, Layout.Rect r) {
        var run = s.judge;
        String where = " item " + (run.current() + 1) + "/" + run.size();
        String tail = " · " + run.judgedCount(s.criterionKeys()) + "/" + run.size() + " judged"
                + " · blind: " + (s.blind.on() ? "on" : "off");
        int samples = run.item(run.current()).samples().size();
        String label = " · " + TerminalSanitizer.clean(run.item(run.current()).label()).replace('\n', ' ')
                + (samples > 1 ? " · sample " + (run.sample(run.current()) + 1) + "/" + samples : "");
        String text = " vibecheck · judging " + TerminalSanitizer.clean(run.name()) + " ·" + where + label + tail;
        if (CellWidth.of(text) > r.width()) text = where + label + tail;
        if (CellWidth.of(text) > r.width()) text = where + tail;
        c.line(r.col(), r.row(), CellWidth.fit(text, r.width()), Style.HEADER, r.width());
    }

    private static void status(Canvas c, UiState s, Layout.Rect r) {
        String left;
        if (s.panels.isEmpty()) {
            left = "no models chosen: " + s.keymap.key(vibecheck.keys.Action.MODELS) + " looks for model servers";
        } else if (s.mode == Mode.PANELS) {
            var crit = s.criteria.get(s.criterion);
            int turns = s.session.turns().size();
            left = "panel " + (s.focus + 1) + "/" + s.panels.size() + ": " + s.title(s.focus) + (s.zoom ? " (zoomed)" : "")
                    + (turns > 1 ? " · turn " + (s.judgedTurn() + 1) + "/" + turns : "")
                    + " · scoring " + crit.label() + ": 1 " + crit.low() + " … 5 " + crit.high();
        } else if (s.overlay == UiState.Overlay.PICKER) {
            left = "choose up to " + vibecheck.core.Picker.MAX_CHOSEN + " models";
        } else if (s.mode == Mode.NOTE) {
            left = "note on " + s.title(s.focus) + ": " + s.keymap.key(vibecheck.keys.Action.NOTE_SAVE) + " saves it, "
                    + s.keymap.key(vibecheck.keys.Action.NOTE_DROP) + " drops it";
        } else {
            left = "to " + s.panels.size() + (s.panels.size() == 1 ? " model" : " models") + " · system: " + s.activeSystemPrompt().name();
        }
        if (!s.warningsSeen && !s.configWarnings.isEmpty()) {
            int n = s.configWarnings.size();
            String key = s.keymap.keysFor(vibecheck.keys.Action.WARNINGS).isEmpty() ? "?" : s.keymap.keysFor(vibecheck.keys.Action.WARNINGS).get(0);
            left = "⚠ " + n + " config warning" + (n == 1 ? "" : "s") + ": " + (s.mode == Mode.PANELS ? "" : s.keymap.key(vibecheck.keys.Action.TO_PANELS) + ", then ") + key
                    + " shows " + (n == 1 ? "it" : "them") + " · " + left;
        }
        // the answer to the last key first: on a narrow screen it is what must not be cut off
        String text = s.status.isEmpty() ? left : s.status + " · " + left;
        c.line(r.col(), r.row(), " " + CellWidth.fit(text, r.width() - 1), s.status.isEmpty() ? Style.DIM : Style.STATUS, r.width());
    }

    /** While the score grid is open: how to move in it, what its cell takes, and how to close it. */
    private static List<String> gridHints(UiState s) {
        var k = s.keymap;
        List<String> out = new ArrayList<>(k.hints(vibecheck.keys.Scope.GRID)); // Ctrl-C, and the key that closes it
        String close = out.isEmpty() ? null : out.remove(out.size() - 1);
        List<String> moves = List.of(k.key(vibecheck.keys.Action.GRID_UP), k.key(vibecheck.keys.Action.GRID_DOWN),
                k.key(vibecheck.keys.Action.GRID_LEFT), k.key(vibecheck.keys.Action.GRID_RIGHT));
        out.add((moves.equals(List.of("Up", "Down", "Left", "Right")) ? "arrows" : String.join(" ", moves)) + " move");
        out.add(k.label(vibecheck.keys.Action.SCORE_1) + " score");
        var words = new java.util.LinkedHashMap<vibecheck.keys.Action, String>();
        words.put(vibecheck.keys.Action.SCORE_CLEAR, "clear");
        words.put(vibecheck.keys.Action.NOTE, "note");
        words.put(vibecheck.keys.Action.VOTE_BEST, "best");
        words.forEach((a, w) -> {
            if (!s.keymap.keysFor(a).isEmpty()) out.add(s.keymap.keysFor(a).get(0) + " " + w);
        });
        if (close != null) out.add(close);
        return out;
    }

    private static void keys(Canvas c, UiState s, Layout.Rect r) {
        boolean grid = s.scope() == vibecheck.keys.Scope.GRID;
        var hints = new java.util.ArrayList<>(grid ? gridHints(s) : s.keymap.hints(s.scope(), s.actionsOff()));
        if (s.overlay == UiState.Overlay.PICKER && s.session.contestants().isEmpty()) { // nothing to go back to: it cannot close
            hints.remove(s.keymap.hint(vibecheck.keys.Action.PICK_CLOSE));
        }
        if (s.scope() == vibecheck.keys.Scope.PANELS && s.panels.size() == 2) {
            List<String> pair = new ArrayList<>();
            for (var a : List.of(vibecheck.keys.Action.VOTE_LEFT, vibecheck.keys.Action.VOTE_RIGHT, vibecheck.keys.Action.VOTE_TIE,
                    vibecheck.keys.Action.VOTE_BOTH_BAD)) {
                if (!s.keymap.keysFor(a).isEmpty()) pair.add(s.keymap.keysFor(a).get(0));
            }
            // before the score table: with two panels the pair vote is the quicker verdict
            int table = hints.indexOf(s.keymap.hint(vibecheck.keys.Action.SCORE_TABLE));
            if (!pair.isEmpty()) hints.add(table < 0 ? Math.min(4, hints.size()) : table, String.join(" ", pair) + " pair");
        }
        String help = hints.contains(s.keymap.hint(vibecheck.keys.Action.HELP)) ? s.keymap.hint(vibecheck.keys.Action.HELP)
                : hints.contains(s.keymap.hint(vibecheck.keys.Action.PICK_HELP)) ? s.keymap.hint(vibecheck.keys.Action.PICK_HELP) : null;
        if (help != null) hints.remove(help);
        int room = r.width() - (help == null ? 0 : CellWidth.of(help) + 2);
        StringBuilder text = new StringBuilder();
        for (String hint : hints) {
            if (CellWidth.of(text) + 2 + CellWidth.of(hint) > room) break;
            text.append(text.length() == 0 ? " " : "  ").append(hint);
        }
        if (help != null) text.append(text.length() == 0 ? " " : "  ").append(help); // the way to every other key
        c.line(r.col(), r.row(), text.toString(), Style.KEYS, r.width());
    }
}
