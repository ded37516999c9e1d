package vibecheck.ui;

import vibecheck.core.UiState;
import vibecheck.keys.Action;

/**
 * The score grid: every criterion × every panel for the judged turn, the selected cell bracketed, notes counted,
 * the votes below. Columns shrink (names cut) so that six panels fit at 80 columns; nothing is drawn past the box.
 */
final class ScoreGridPainter {
    private ScoreGridPainter() {}

    static void paint(Canvas c, UiState s) {
        int turn = s.judgedTurn();
        int n = Math.max(1, s.panels.size());
        int width = Math.min(c.columns() - 2, 140);
        int inner = width - 4;
        int labelWidth = 2 + s.criteria.stream().mapToInt(k -> CellWidth.of(k.label())).max().orElse(10);
        int longestName = 1;
        for (int p = 0; p < s.panels.size(); p++) longestName = Math.max(longestName, CellWidth.of(s.title(p)));
        int colWidth = Math.max(5, Math.min(18, longestName + 2));
        if (labelWidth + n * colWidth > inner) colWidth = Math.max(4, (inner - Math.min(labelWidth, 16)) / n);
        labelWidth = Math.max(6, Math.min(labelWidth, inner - n * colWidth));
        width = Math.min(width, labelWidth + n * colWidth + 4);
        if (width >= c.columns() - 2) width = c.columns(); // no sliver of a panel's border beside the box
        inner = width - 4;
        java.util.List<String> voteLines = turn < 0 ? java.util.List.of() : voteLines(s, s.session.turns().get(turn), n);
        int extra = Math.max(0, voteLines.size() - 1); // each current vote whole, on a line of its own
        int height = Math.min(c.rows() - 2, s.criteria.size() + 7 + extra);
        int col = (c.columns() - width) / 2;
        int row = Math.max(1, (c.rows() - height) / 2);
        Overlays.box(c, col, row, width, height);
        c.put(col + 2, row, CellWidth.fit(" Scores, turn " + (turn + 1) + " · " + keys(s) + " ", inner), Style.OVERLAY_TITLE, inner);
        if (turn < 0) {
            c.put(col + 2, row + 2, "nothing sent yet", Style.OVERLAY, inner);
            return;
        }
        var turnState = s.session.turns().get(turn);
        int x = col + 2 + labelWidth;
        for (int p = 0; p < s.panels.size(); p++) {
            String head = s.title(p);
            c.put(x + p * colWidth, row + 1, CellWidth.fit(head, colWidth - 1), p == s.focus ? Style.OVERLAY_TITLE : Style.OVERLAY, colWidth - 1);
        }
        int missing = 0;
        int shown = Math.max(0, height - 6 - extra);
        java.util.List<String> judged = s.judgedCriterionKeys(); // the rest are not asked of this item: not missing
        for (int i = 0; i < s.criteria.size(); i++) {
            var crit = s.criteria.get(i);
            boolean selectedRow = i == s.criterion;
            if (i < shown) {
                c.put(col + 2, row + 2 + i, CellWidth.fit((selectedRow ? "▸ " : "  ") + crit.label(), labelWidth - 1),
                        selectedRow ? Style.OVERLAY_TITLE : Style.OVERLAY, labelWidth - 1);
            }
            for (int p = 0; p < s.panels.size(); p++) {
                Integer v = turnState.replies().get(s.blind.contestantAt(turn, p)).scoreSheet().current().get(crit.key());
                boolean asked = judged.contains(crit.key());
                if (v == null && asked) missing++;
                if (i >= shown) continue;
                String cell = v != null ? String.valueOf(v) : asked ? "·" : "–";
                boolean selected = selectedRow && p == s.focus;
                c.put(x + p * colWidth, row + 2 + i, selected ? "[" + cell + "]" : " " + cell, selected ? Style.OVERLAY_TITLE : Style.OVERLAY,
                        colWidth - 1);
            }
        }
        int notesRow = row + height - 4 - extra;
        c.put(col + 2, notesRow, CellWidth.fit("  notes", labelWidth - 1), Style.OVERLAY, labelWidth - 1);
        for (int p = 0; p < s.panels.size(); p++) {
            int notes = turnState.replies().get(s.blind.contestantAt(turn, p)).scoreSheet().notes().size();
            c.put(x + p * colWidth, notesRow, notes == 0 ? " ·" : " ✎" + notes, Style.OVERLAY, colWidth - 1);
        }
        c.put(col + 2, notesRow + 1, CellWidth.fit(missing == 0 ? "every panel fully scored" : missing + " scores missing", inner),
                Style.OVERLAY, inner);
        for (int i = 0; i < voteLines.size() && notesRow + 2 + i < row + height - 1; i++) {
            c.put(col + 2, notesRow + 2 + i, CellWidth.fit(voteLines.get(i), inner), Style.OVERLAY, inner);
        }
    }

    /** The current votes (one per kind; earlier ones are history), each whole on its own line. */
    private static java.util.List<String> voteLines(UiState s, vibecheck.core.Turn turnState, int n) {
        var votes = turnState.currentVotes();
        int earlier = turnState.votes().size() - votes.size();
        String history = earlier > 0 ? " (" + earlier + (earlier == 1 ? " earlier vote" : " earlier votes") + " superseded)" : "";
        if (votes.isEmpty()) return java.util.List.of("no vote yet (v best" + (n == 2 ? ", a/b/=/-" : "") + ")" + history);
        if (s.blind.on() && !s.blind.revealed(turnState, s.judgedCriterionKeys())) {
            return java.util.List.of(votes.size() + (votes.size() == 1 ? " vote" : " votes") + history);
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            lines.add("vote: " + votes.get(i).describe() + (i == votes.size() - 1 ? history : ""));
        }
        return lines;
    }

    private static String keys(UiState s) {
        String close = s.keymap.keysFor(Action.GRID_CLOSE).isEmpty() ? "" : s.keymap.keysFor(Action.GRID_CLOSE).get(0);
        return "arrows move · 1-5 score · 0 clears · n note · " + close + " closes";
    }
}
