package vibecheck.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things go on a screen of a given size: header on top, panels side by side (two rows when they would be
 * narrower than {@link #MIN_PANEL_WIDTH}), then the status line, the prompt and the key hints.
 */
public final class Layout {
    public static final int MIN_PANEL_WIDTH = 30;
    public static final int MAX_PROMPT_LINES = 5;

    public record Rect(int col, int row, int width, int height) {}

    public final Rect header;
    public final List<Rect> panels;
    public final Rect status;
    public final Rect prompt;
    public final Rect keys;

    private Layout(Rect header, List<Rect> panels, Rect status, Rect prompt, Rect keys) {
        this.header = header;
        this.panels = panels;
        this.status = status;
        this.prompt = prompt;
        this.keys = keys;
    }

    /** @param zoomed the index of the panel shown alone, or -1 */
    public static Layout of(int columns, int rows, int panelCount, int promptLines, int zoomed) {
        int pl = Math.max(1, Math.min(MAX_PROMPT_LINES, promptLines));
        Rect header = new Rect(0, 0, columns, 1);
        Rect keys = new Rect(0, rows - 1, columns, 1);
        Rect prompt = new Rect(0, rows - 1 - pl, columns, pl);
        Rect status = new Rect(0, prompt.row() - 1, columns, 1);
        int top = 1;
        int height = Math.max(0, status.row() - top);
        List<Rect> panels = new ArrayList<>();
        if (zoomed >= 0) {
            for (int i = 0; i < panelCount; i++) panels.add(i == zoomed ? new Rect(0, top, columns, height) : null);
            return new Layout(header, panels, status, prompt, keys);
        }
        if (panelCount == 0) return new Layout(header, panels, status, prompt, keys);
        int gridRows = panelCount > 1 && columns / panelCount < MIN_PANEL_WIDTH ? 2 : 1;
        int perRow = (panelCount + gridRows - 1) / gridRows;
        for (int r = 0; r < gridRows; r++) {
            int rowTop = top + height * r / gridRows;
            int rowHeight = top + height * (r + 1) / gridRows - rowTop;
            int inRow = Math.min(perRow, panelCount - r * perRow);
            for (int c = 0; c < inRow; c++) {
                int left = columns * c / inRow;
                int right = columns * (c + 1) / inRow;
                panels.add(new Rect(left, rowTop, right - left, rowHeight));
            }
        }
        return new Layout(header, panels, status, prompt, keys);
    }
}
