package vibecheck.ui;

import java.util.List;
import vibecheck.core.SessionList;
import vibecheck.core.UiState;
import vibecheck.text.TerminalSanitizer;

/** The past sessions list: one line each (date, contestants, turns, how much is judged, the first message), newest first. */
final class SessionsPainter {
    private SessionsPainter() {}

    static void paint(Canvas c, UiState s) {
        SessionList list = s.sessions;
        int width = Math.min(c.columns() - 2, 140);
        if (width >= c.columns() - 2) width = c.columns();
        int height = c.rows() - 2;
        int col = (c.columns() - width) / 2;
        int row = 1;
        int inner = width - 4;
        Overlays.box(c, col, row, width, height);
        c.put(col + 2, row, CellWidth.fit(" Past sessions (" + list.total() + ") · type to filter · " + s.keymap.key(vibecheck.keys.Action.SESSION_OPEN) + " opens · "
                + s.keymap.key(vibecheck.keys.Action.SESSION_CLOSE) + " closes ", inner),
                Style.OVERLAY_TITLE, inner);
        String filter = "filter: " + TerminalSanitizer.label(list.filter(), 200) + "▏";
        c.put(col + 2, row + 1, CellWidth.fit(filter, inner), Style.OVERLAY, inner);
        List<SessionList.Entry> shown = list.shown();
        int room = Math.max(1, height - 4);
        if (shown.isEmpty()) {
            c.put(col + 2, row + 3, CellWidth.fit(list.total() == 0 ? "no saved sessions in " + list.folder
                    : "no session matches; Backspace widens the filter", inner), Style.OVERLAY, inner);
        }
        int first = Math.max(0, Math.min(list.selected() - room + 2, shown.size() - room + 1));
        for (int i = 0; i < room - 1 && first + i < shown.size(); i++) {
            SessionList.Entry e = shown.get(first + i);
            boolean selected = first + i == list.selected();
            c.put(col + 2, row + 3 + i, CellWidth.fit((selected ? "▸ " : "  ") + line(e), inner),
                    selected ? Style.OVERLAY_TITLE : Style.OVERLAY, inner);
        }
        if (list.unreadable > 0) {
            c.put(col + 2, row + height - 2, CellWidth.fit(list.unreadable + " file(s) in the folder are not readable transcripts", inner),
                    Style.OVERLAY, inner);
        }
    }

    static String line(SessionList.Entry e) {
        String judged = e.scores() + "/" + e.possibleScores() + " scored" + (e.votes() > 0 ? ", " + e.votes() + " vote" + (e.votes() == 1 ? "" : "s") : "");
        return TerminalSanitizer.label(e.startedAt() + "  " + String.join(", ", e.contestants()) + "  " + e.turns() + " turn"
                + (e.turns() == 1 ? "" : "s") + "  " + judged + "  “" + e.firstMessage() + "”", 400);
    }
}
