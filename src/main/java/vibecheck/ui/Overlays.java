package vibecheck.ui;

import java.util.ArrayList;
import java.util.List;
import vibecheck.core.UiState;
import vibecheck.keys.Mode;

/** Boxes drawn over the panels: every key binding, and the question before quitting mid-stream. */
final class Overlays {
    private Overlays() {}

    static void help(Canvas c, UiState s) {
        List<String[]> left = new ArrayList<>();
        left.add(new String[] {"Anywhere", null});
        left.addAll(s.keymap.help(Mode.GLOBAL));
        left.add(new String[] {"", ""});
        left.add(new String[] {"Prompt line", null});
        left.addAll(s.keymap.help(Mode.PROMPT));
        left.add(new String[] {"Ctrl-U / Ctrl-W", "clear line / word"});
        List<String[]> right = new ArrayList<>();
        right.add(new String[] {"Panels", null});
        right.addAll(s.keymap.help(Mode.PANELS));
        boolean twoColumns = c.columns() >= 60;
        int height = Math.min(c.rows() - 2, (twoColumns ? Math.max(left.size(), right.size()) : left.size() + right.size() + 1) + 3);
        int width = Math.min(c.columns() - 2, twoColumns ? 110 : 76);
        int col = (c.columns() - width) / 2;
        int row = Math.max(1, (c.rows() - height) / 2);
        box(c, col, row, width, height);
        c.put(col + 2, row, " Keys (any key closes) ", Style.OVERLAY_TITLE, width - 4);
        if (twoColumns) {
            int half = (width - 4) / 2;
            table(c, left, col + 2, row + 2, half - 1, height - 3);
            table(c, right, col + 2 + half + 1, row + 2, half - 1, height - 3);
        } else {
            List<String[]> all = new ArrayList<>(left);
            all.add(new String[] {"", ""});
            all.addAll(right);
            table(c, all, col + 2, row + 2, width - 4, height - 3);
        }
    }

    private static void table(Canvas c, List<String[]> rows, int col, int row, int width, int height) {
        int longest = 0;
        for (String[] r : rows) if (r[1] != null) longest = Math.max(longest, CellWidth.of(r[0]));
        int keyWidth = Math.min(longest + 1, width / 2);
        for (int i = 0; i < rows.size() && i < height; i++) {
            String[] r = rows.get(i);
            if (r[1] == null) {
                c.put(col, row + i, r[0], Style.OVERLAY_TITLE, width);
            } else {
                c.put(col, row + i, CellWidth.fit(r[0], keyWidth - 1), Style.OVERLAY, keyWidth);
                c.put(col + keyWidth, row + i, CellWidth.fit(r[1], width - keyWidth), Style.OVERLAY, width - keyWidth);
            }
        }
    }

    private static void box(Canvas c, int col, int row, int width, int height) {
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
        String line1 = n + (n == 1 ? " reply is" : " replies are") + " still streaming.";
        String line2 = "Quit anyway and cancel " + (n == 1 ? "it" : "them") + "?  y = quit, any other key = stay";
        int width = Math.min(c.columns() - 2, Math.max(CellWidth.of(line2), CellWidth.of(line1)) + 4);
        int col = (c.columns() - width) / 2;
        int row = c.rows() / 2 - 2;
        box(c, col, row, width, 4);
        c.put(col + 2, row + 1, line1, Style.OVERLAY_TITLE, width - 4);
        c.put(col + 2, row + 2, line2, Style.OVERLAY, width - 4);
    }
}
