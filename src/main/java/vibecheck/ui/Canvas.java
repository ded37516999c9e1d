package vibecheck.ui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;

/**
 * Draws onto a Lanterna screen's back buffer cell by cell, placing each character by {@link CellWidth}, so text
 * never spills out of its box whatever it contains. Model text arrives sanitized; any other text that still holds an
 * escape sequence (a name from a config, a transcript or a server) is sanitized here, so its payload is dropped too.
 */
public final class Canvas {
    private final Screen screen;
    private final Theme theme;
    private final int columns;
    private final int rows;

    public Canvas(Screen screen, Theme theme, int columns, int rows) {
        this.screen = screen;
        this.theme = theme;
        this.columns = columns;
        this.rows = rows;
    }

    public int columns() { return columns; }
    public int rows() { return rows; }

    /** Fills a rectangle with spaces of a style. */
    public void fill(int col, int row, int width, int height, Style style) {
        TextCharacter blank = theme.cell(' ', style);
        for (int r = Math.max(0, row); r < Math.min(rows, row + height); r++) {
            for (int c = Math.max(0, col); c < Math.min(columns, col + width); c++) screen.setCharacter(c, r, blank);
        }
    }

    /** Writes {@code text} at (col, row) using at most {@code maxWidth} cells; returns the cells used. */
    public int put(int col, int row, String text, Style style, int maxWidth) {
        if (row < 0 || row >= rows || maxWidth <= 0) return 0;
        if (hasEscape(text)) text = vibecheck.text.TerminalSanitizer.clean(text); // a name or message with a sequence in it
        int limit = Math.min(columns, col + maxWidth);
        int c = col;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int w = CellWidth.of(cp);
            if (w == 0) continue;
            if (c + w > limit) break;
            if (c >= 0) {
                TextCharacter ch = theme.cell(cp, style);
                if (ch != null) screen.setCharacter(c, row, ch);
            }
            c += w;
        }
        return c - col;
    }

    /** Writes text and pads the rest of the width with spaces of the same style. */
    public void line(int col, int row, String text, Style style, int width) {
        int used = put(col, row, text, style, width);
        if (used < width) fill(col + used, row, width - used, 1, style);
    }

    /** Whether the text holds the start of an escape sequence (ESC or a C1 introducer); most text does not. */
    private static boolean hasEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == 0x1b || ch >= 0x80 && ch <= 0x9f) return true;
        }
        return false;
    }
}
