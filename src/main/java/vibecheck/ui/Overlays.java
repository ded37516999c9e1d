package vibecheck.ui;

import java.util.ArrayList;
import java.util.List;
import vibecheck.core.UiState;
import vibecheck.keys.Action;
import vibecheck.keys.Scope;

/** Boxes drawn over the panels: every key binding, and the question before quitting mid-stream. */
final class Overlays {
    private Overlays() {}

    static void help(Canvas c, UiState s) {
        List<List<String[]>> sections = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            List<String[]> section = new ArrayList<>();
            section.add(new String[] {s.keymap.title(scope), null});
            section.addAll(s.keymap.help(scope));
            if (scope == Scope.GRID) { // the panels' judging keys work in the grid too
                section.add(new String[] {String.join(" ", s.keymap.label(Action.SCORE_1), s.keymap.key(Action.SCORE_CLEAR),
                        s.keymap.key(Action.NOTE), s.keymap.key(Action.VOTE_BEST), s.keymap.key(Action.VOTE_LEFT),
                        s.keymap.key(Action.VOTE_RIGHT)), "score, note, vote"});
            }
            sections.add(section);
        }
        int width = Math.min(c.columns() - 2, 160);
        int height = c.rows() - 2;
        int columns = Math.max(1, (width - 4) / 36);
        int perColumn = Math.max(2, height - 4);
        List<List<String[]>> flowed = flow(sections, perColumn);
        int pages = (flowed.size() + columns - 1) / columns;
        int page = Math.floorMod(s.helpPage, pages);
        if (pages == 1) {
            columns = flowed.size();
            width = Math.min(width, columns * 46 + 4);
            int tallest = flowed.stream().mapToInt(List::size).max().orElse(1);
            height = Math.min(height, tallest + 4);
        }
        if (width >= c.columns() - 2) width = c.columns(); // no sliver of a panel's border beside the box
        int col = (c.columns() - width) / 2;
        int row = Math.max(1, (c.rows() - height) / 2);
        box(c, col, row, width, height);
        c.put(col + 2, row, pages == 1 ? " Keys (any key closes) " : " Keys, page " + (page + 1) + "/" + pages
                + " (" + s.keymap.key(Action.HELP_NEXT_PAGE) + "/" + s.keymap.key(Action.HELP_PREV_PAGE) + " turn pages, any other key closes) ", Style.OVERLAY_TITLE, width - 4);
        int colWidth = (width - 4) / columns;
        for (int k = 0; k < columns; k++) {
            int at = page * columns + k;
            if (at >= flowed.size()) break;
            table(c, flowed.get(at), col + 2 + k * colWidth, row + 2, colWidth - 1, perColumn);
        }
    }

    /**
     * Sections laid into columns of {@code perColumn} rows: a heading never ends a column without a row of its own
     * under it, and a section that goes on in the next column says so there.
     */
    static List<List<String[]>> flow(List<List<String[]>> sections, int perColumn) {
        List<List<String[]>> columns = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        for (List<String[]> section : sections) {
            int gap = current.isEmpty() ? 0 : 1;
            if (current.size() + gap + Math.min(2, section.size()) > perColumn) {
                columns.add(current);
                current = new ArrayList<>();
                gap = 0;
            }
            if (gap == 1) current.add(new String[] {"", ""});
            String[] heading = section.get(0);
            current.add(heading);
            for (String[] r : section.subList(1, section.size())) {
                if (current.size() >= perColumn) {
                    columns.add(current);
                    current = new ArrayList<>();
                    current.add(new String[] {heading[0] + " (cont.)", null});
                }
                current.add(r);
            }
        }
        if (!current.isEmpty()) columns.add(current);
        return columns;
    }

    private static void table(Canvas c, List<String[]> rows, int col, int row, int width, int height) {
        int longest = 0;
        int longestText = 0;
        for (String[] r : rows) {
            if (r[1] == null) continue;
            longest = Math.max(longest, CellWidth.of(r[0]));
            longestText = Math.max(longestText, CellWidth.of(r[1]));
        }
        // descriptions line up after the keys; a key too long for that place pushes its own description along
        int keyWidth = Math.max(Math.min(longest + 1, width / 2), 1);
        if (keyWidth + longestText > width) keyWidth = Math.max(width / 4, width - longestText);
        for (int i = 0; i < rows.size() && i < height; i++) {
            String[] r = rows.get(i);
            if (r[1] == null) {
                c.put(col, row + i, r[0], Style.OVERLAY_TITLE, width);
            } else {
                int at = Math.min(width / 2, Math.max(keyWidth, CellWidth.of(r[0]) + 1));
                c.put(col, row + i, CellWidth.fit(r[0], at - 1), Style.OVERLAY, at);
                c.put(col + at, row + i, CellWidth.fit(r[1], width - at), Style.OVERLAY, width - at);
            }
        }
    }

    static void box(Canvas c, int col, int row, int width, int height) {
        c.fill(col, row, width, height, Style.OVERLAY);
        c.put(col, row, "┌" + "─".repeat(Math.max(0, width - 2)) + "┐", Style.OVERLAY, width);
        for (int r = row + 1; r < row + height - 1; r++) {
            c.put(col, r, "│", Style.OVERLAY, 1);
            c.put(col + width - 1, r, "│", Style.OVERLAY, 1);
        }
        c.put(col, row + height - 1, "└" + "─".repeat(Math.max(0, width - 2)) + "┘", Style.OVERLAY, width);
    }

    static void confirmQuit(Canvas c, UiState s) {
        int n = s.session.running();
        question(c, n + (n == 1 ? " reply is" : " replies are") + " still streaming.",
                "Quit anyway and cancel " + (n == 1 ? "it" : "them") + "?  " + yesKey(s) + quitAgain(s) + " = quit, any other key = stay");
    }

    static void confirmCancel(Canvas c, UiState s) {
        int n = s.session.running();
        question(c, "Cancel all " + n + " running " + (n == 1 ? "reply" : "replies") + "? What arrived is kept.",
                yesKey(s) + " = cancel " + (n == 1 ? "it" : "them all") + ", any other key = keep streaming");
    }

    /** The quit key pressed again quits too: the question says so. */
    private static String quitAgain(UiState s) {
        var keys = s.keymap.keysFor(vibecheck.keys.Action.QUIT);
        return keys.isEmpty() ? "" : " or " + keys.get(0);
    }

    private static String yesKey(UiState s) {
        var keys = s.keymap.keysFor(vibecheck.keys.Action.CONFIRM_YES);
        return keys.isEmpty() ? "?" : keys.get(0);
    }

    private static void question(Canvas c, String line1, String line2) {
        int width = Math.min(c.columns() - 2, Math.max(CellWidth.of(line2), CellWidth.of(line1)) + 4);
        int col = (c.columns() - width) / 2;
        int row = c.rows() / 2 - 2;
        box(c, col, row, width, 4);
        c.put(col + 2, row + 1, CellWidth.fit(line1, width - 4), Style.OVERLAY_TITLE, width - 4);
        c.put(col + 2, row + 2, CellWidth.fit(line2, width - 4), Style.OVERLAY, width - 4);
    }
}
