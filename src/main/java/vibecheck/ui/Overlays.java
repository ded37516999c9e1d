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

    static void box(Canvas c, int col, int row, int width, int height) {
        c.fill(col, row, width, height, Style.OVERLAY);
        c.put(col, row, "┌" + "─".repeat(Math.max(0, width - 2)) + "┐", Style.OVERLAY, width);
        for (int r = row + 1; r < row + height - 1; r++) {
            c.put(col, r, "│", Style.OVERLAY, 1);
            c.put(col + width - 1, r, "│", Style.OVERLAY, 1);
        }
        c.put(col, row + height - 1, "└" + "─".repeat(Math.max(0, width - 2)) + "┘", Style.OVERLAY, width);
    }

    /**
     * Every criterion × every panel for the judged turn: what is scored, what is missing, and the current votes, each
     * whole on its own line (earlier votes of the same kind are history, counted but not shown).
     */
    static void scores(Canvas c, UiState s) {
        int turn = s.judgedTurn();
        int n = s.panels.size();
        int labelWidth = 2 + s.criteria.stream().mapToInt(k -> CellWidth.of(k.label())).max().orElse(10);
        int longestName = 1;
        for (int p = 0; p < n; p++) longestName = Math.max(longestName, CellWidth.of(s.session.contestants().get(p).name()));
        int colWidth = s.blind.on() ? 5 : Math.max(5, Math.min(16, longestName + 2));
        List<String> voteLines = turn < 0 ? List.of() : voteLines(s, s.session.turns().get(turn), n);
        int widest = labelWidth + n * colWidth + 4;
        for (String line : voteLines) widest = Math.max(widest, CellWidth.of(line) + 4);
        int width = Math.min(c.columns() - 2, widest);
        int height = Math.min(c.rows() - 2, s.criteria.size() + 5 + voteLines.size());
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
        int bottom = row + height - 2 - voteLines.size();
        for (int i = 0; i < s.criteria.size() && row + 2 + i < bottom; i++) {
            var crit = s.criteria.get(i);
            c.put(col + 2, row + 2 + i, (i == s.criterion ? "▸ " : "  ") + crit.label(), i == s.criterion ? Style.OVERLAY_TITLE : Style.OVERLAY, labelWidth);
            for (int p = 0; p < n; p++) {
                Integer v = t.replies().get(s.blind.contestantAt(turn, p)).judgement().current().get(crit.key());
                if (v == null) missing++;
                c.put(x + p * colWidth + 1, row + 2 + i, v == null ? "·" : String.valueOf(v), Style.OVERLAY, colWidth - 1);
            }
        }
        c.put(col + 2, bottom, missing == 0 ? "every panel fully scored" : missing + " scores missing", Style.OVERLAY, width - 4);
        for (int i = 0; i < voteLines.size(); i++) {
            c.put(col + 2, bottom + 1 + i, CellWidth.fit(voteLines.get(i), width - 4), Style.OVERLAY, width - 4);
        }
    }

    /** The current votes, one per line; while the names are hidden, only that there is none yet. */
    private static List<String> voteLines(UiState s, vibecheck.core.Turn t, int panels) {
        List<vibecheck.transcript.Transcript.Vote> current = t.currentVotes();
        if (current.isEmpty()) {
            return List.of(s.blind.on() ? "no vote yet" : "no vote yet (v best" + (panels == 2 ? ", a/b/=/-" : "") + ")");
        }
        List<String> lines = new ArrayList<>();
        for (var v : current) lines.add("vote: " + describe(v));
        int earlier = t.votes().size() - current.size();
        if (earlier > 0) lines.add("(" + earlier + " earlier vote" + (earlier == 1 ? "" : "s") + " superseded)");
        return lines;
    }

    private static String describe(vibecheck.transcript.Transcript.Vote v) {
        return v.kind().equals("best") ? v.winner() + " best" : switch (v.outcome()) {
            case "left" -> v.left() + " beat " + v.right();
            case "right" -> v.right() + " beat " + v.left();
            case "tie" -> v.left() + " and " + v.right() + " tie";
            default -> v.left() + " and " + v.right() + " both bad";
        };
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
