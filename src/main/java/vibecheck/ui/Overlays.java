package vibecheck.ui;

import java.util.ArrayList;
import java.util.List;
import vibecheck.core.UiState;
import vibecheck.keys.Mode;

/** Boxes drawn over the panels: every key binding, and the question before quitting mid-stream. */
final class Overlays {
    private Overlays() {}

    static void help(Canvas c, UiState s) {
        List<String[]> rows = new ArrayList<>();
        section(rows, "Anywhere", s.keymap.help(Mode.GLOBAL));
        section(rows, "Prompt line", s.keymap.help(Mode.PROMPT));
        rows.add(new String[] {"Ctrl-U, Ctrl-W", "clear line / word"});
        section(rows, "Panels", s.keymap.help(Mode.PANELS));
        section(rows, "Model picker (m)", s.keymap.help(Mode.PICKER));
        rows.add(new String[] {"Note (n)", "Enter saves, Esc drops"});
        section(rows, "Questions (quit, cancel all)", s.keymap.help(Mode.CONFIRM));
        int width = Math.min(c.columns() - 2, 160);
        int height = c.rows() - 2;
        int columns = Math.max(1, (width - 4) / 36);
        int perColumn = Math.max(1, height - 4);
        int perPage = columns * perColumn;
        int pages = (rows.size() + perPage - 1) / perPage;
        int page = Math.floorMod(s.helpPage, pages);
        if (pages == 1) {
            columns = (rows.size() + perColumn - 1) / perColumn;
            width = Math.min(width, columns * 46 + 4);
            perColumn = (rows.size() + columns - 1) / columns;
            height = Math.min(height, perColumn + 4);
        }
        if (width >= c.columns() - 2) width = c.columns(); // no sliver of a panel's border beside the box
        int col = (c.columns() - width) / 2;
        int row = Math.max(1, (c.rows() - height) / 2);
        box(c, col, row, width, height);
        c.put(col + 2, row, pages == 1 ? " Keys (any key closes) " : " Keys, page " + (page + 1) + "/" + pages
                + " (PgDn/PgUp turn pages, any other key closes) ", Style.OVERLAY_TITLE, width - 4);
        int colWidth = (width - 4) / columns;
        for (int k = 0; k < columns; k++) {
            int from = page * perPage + k * perColumn;
            if (from >= rows.size()) break;
            table(c, rows.subList(from, Math.min(rows.size(), from + perColumn)), col + 2 + k * colWidth, row + 2, colWidth - 1, perColumn);
        }
    }

    private static void section(List<String[]> rows, String title, List<String[]> entries) {
        if (!rows.isEmpty()) rows.add(new String[] {"", ""});
        rows.add(new String[] {title, null});
        rows.addAll(entries);
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

    /** Every criterion × every panel for the judged turn: what is scored, what is missing, and the votes. */
    static void scores(Canvas c, UiState s) {
        int turn = s.judgedTurn();
        int n = s.panels.size();
        int labelWidth = 2 + s.criteria.stream().mapToInt(k -> CellWidth.of(k.label())).max().orElse(10);
        int longestName = 1;
        for (int p = 0; p < n; p++) longestName = Math.max(longestName, CellWidth.of(s.session.contestants().get(p).name()));
        int colWidth = s.blind.on() ? 5 : Math.max(5, Math.min(16, longestName + 2));
        int width = Math.min(c.columns() - 2, labelWidth + n * colWidth + 4);
        int height = Math.min(c.rows() - 2, s.criteria.size() + 7);
        int col = (c.columns() - width) / 2;
        int row = Math.max(1, (c.rows() - height) / 2);
        box(c, col, row, width, height);
        c.put(col + 2, row, " Scores, turn " + (turn + 1) + " (any key closes) ", Style.OVERLAY_TITLE, width - 4);
        if (turn < 0) {
            c.put(col + 2, row + 2, "nothing sent yet", Style.OVERLAY, width - 4);
            return;
        }
        var t = s.session.turns().get(turn);
        int x = col + 2 + labelWidth;
        for (int p = 0; p < n; p++) {
            String head = s.blind.on() ? vibecheck.core.Blind.letter(p) : s.session.contestants().get(s.blind.contestantAt(turn, p)).name();
            c.put(x + p * colWidth, row + 1, CellWidth.fit(head, colWidth - 1), Style.OVERLAY_TITLE, colWidth - 1);
        }
        int missing = 0;
        for (int i = 0; i < s.criteria.size() && row + 2 + i < row + height - 3; i++) {
            var crit = s.criteria.get(i);
            c.put(col + 2, row + 2 + i, (i == s.criterion ? "▸ " : "  ") + crit.label(), i == s.criterion ? Style.OVERLAY_TITLE : Style.OVERLAY, labelWidth);
            for (int p = 0; p < n; p++) {
                Integer v = t.replies().get(s.blind.contestantAt(turn, p)).judgement().current().get(crit.key());
                if (v == null) missing++;
                c.put(x + p * colWidth + 1, row + 2 + i, v == null ? "·" : String.valueOf(v), Style.OVERLAY, colWidth - 1);
            }
        }
        String votes = t.votes().isEmpty() ? "no vote yet (v best" + (n == 2 ? ", a/b/=/-" : "") + ")"
                : "votes: " + String.join(", ", t.votes().stream().map(Overlays::describe).toList());
        c.put(col + 2, row + height - 3, missing == 0 ? "every panel fully scored" : missing + " scores missing", Style.OVERLAY, width - 4);
        c.put(col + 2, row + height - 2, CellWidth.fit(s.blind.on() && !s.blind.revealed(t, s.criterionKeys())
                ? (t.votes().isEmpty() ? "no vote yet" : t.votes().size() + " vote(s)") : votes, width - 4), Style.OVERLAY, width - 4);
    }

    private static String describe(vibecheck.transcript.Transcript.Vote v) {
        return v.kind().equals("best") ? v.winner() + " best" : switch (v.outcome()) {
            case "left" -> v.left() + " beat " + v.right();
            case "right" -> v.right() + " beat " + v.left();
            case "tie" -> "tie";
            default -> "both bad";
        };
    }

    static void confirmQuit(Canvas c, UiState s) {
        int n = s.session.running();
        question(c, n + (n == 1 ? " reply is" : " replies are") + " still streaming.",
                "Quit anyway and cancel " + (n == 1 ? "it" : "them") + "?  " + yesKey(s) + " = quit, any other key = stay");
    }

    static void confirmCancel(Canvas c, UiState s) {
        int n = s.session.running();
        question(c, "Cancel all " + n + " running " + (n == 1 ? "reply" : "replies") + "? What arrived is kept.",
                yesKey(s) + " = cancel " + (n == 1 ? "it" : "them all") + ", any other key = keep streaming");
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
