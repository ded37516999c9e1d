package vibecheck.ui;

import java.util.ArrayList;
import java.util.List;
import vibecheck.core.UiState;
import vibecheck.text.TerminalSanitizer;

/** The config's warnings in a box, each wrapped whole to the box's width. */
final class WarningsPainter {
    private WarningsPainter() {}

    static void paint(Canvas c, UiState s) {
        int width = Math.min(c.columns() - 2, 100);
        int inner = Math.max(1, width - 4);
        List<String> lines = new ArrayList<>();
        for (String w : s.configWarnings) {
            if (!lines.isEmpty()) lines.add("");
            for (Wrap.Line l : Wrap.wrap("⚠ " + TerminalSanitizer.clean(w), inner)) lines.add(l.text());
        }
        int height = Math.min(c.rows() - 2, lines.size() + 4);
        int col = (c.columns() - width) / 2;
        int row = Math.max(1, (c.rows() - height) / 2);
        Overlays.box(c, col, row, width, height);
        int n = s.configWarnings.size();
        c.put(col + 2, row, " Config warning" + (n == 1 ? "" : "s") + " (any key closes) ", Style.OVERLAY_TITLE, width - 4);
        int room = height - 4;
        for (int i = 0; i < lines.size() && i < room; i++) {
            String text = i == room - 1 && lines.size() > room ? "… " + (lines.size() - room + 1) + " more lines" : lines.get(i);
            c.put(col + 2, row + 2 + i, CellWidth.fit(text, inner), Style.OVERLAY, inner);
        }
    }
}
