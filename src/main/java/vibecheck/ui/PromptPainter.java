package vibecheck.ui;

import com.googlecode.lanterna.TerminalPosition;
import vibecheck.core.UiState;
import vibecheck.keys.Mode;

/** Draws the prompt line (one to five lines, scrolled to keep the cursor in view) and says where the cursor goes. */
final class PromptPainter {
    private PromptPainter() {}

    static TerminalPosition paint(Canvas c, UiState s, vibecheck.core.PromptEditor editor, Layout.Rect r, String[] lines) {
        String text = editor.text();
        int cursor = editor.cursor();
        int cursorLine = 0;
        int lineStart = 0;
        for (int i = 0; i < cursor; i++) {
            if (text.charAt(i) == '\n') {
                cursorLine++;
                lineStart = i + 1;
            }
        }
        int first = Math.max(0, Math.min(cursorLine - r.height() + 1, lines.length - r.height()));
        int room = r.width() - 2;
        TerminalPosition pos = null;
        boolean active = s.mode == Mode.PROMPT || s.mode == Mode.NOTE;
        for (int i = 0; i < r.height(); i++) {
            int li = first + i;
            int row = r.row() + i;
            c.fill(r.col(), row, r.width(), 1, Style.PROMPT);
            c.put(r.col(), row, li == 0 ? (s.mode == Mode.NOTE ? "✎" : "›") : "·", active ? Style.BORDER_FOCUSED : Style.DIM, 1);
            if (li >= lines.length) continue;
            String line = lines[li];
            int cursorCol = li == cursorLine ? CellWidth.of(text.substring(lineStart, cursor)) : 0;
            int shift = Math.max(0, cursorCol - room + 1);
            String visible = dropColumns(line, shift);
            if (lines.length == 1 && line.isEmpty() && active) {
                c.put(r.col() + 2, row, s.mode == Mode.NOTE ? "type a note on this reply"
                        : s.judge != null ? "judging a run: nothing is sent from here (" + s.keymap.key(vibecheck.keys.Action.NEXT_UNJUDGED) + " next item to judge)"
                        : s.noServerAnswers() ? s.noneAnswers() : "type a message; " + s.keymap.key(vibecheck.keys.Action.SEND) + " sends it to every model", Style.DIM, room);
            } else {
                c.put(r.col() + 2, row, visible, Style.PROMPT, room);
            }
            if (li == cursorLine) pos = new TerminalPosition(r.col() + 2 + cursorCol - shift, row);
        }
        return pos;
    }

    private static String dropColumns(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length() && w < columns) {
            int cp = s.codePointAt(i);
            w += CellWidth.of(cp);
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }
}
