package vibecheck.app;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;
import vibecheck.ui.Cell;

/**
 * Lanterna's screen with a cheaper frame. Its own delta refresh gathers every changed cell in a sorted map and, for
 * each cell written, copies the cell's set of text attributes up to eighteen times; while six panels stream that
 * was half of what a frame cost. Here the changed cells are found and written in one pass, row by row, moving the
 * cursor only where a run of changed cells starts and changing colours and attributes only where they change.
 * What reaches the terminal is the same screen. A complete redraw (first frame, resize, Ctrl-L) clears the screen and
 * goes the same way from a blank one: Lanterna's took 30-40 ms for the first frame, before anything was compiled.
 */
final class DeltaScreen extends TerminalScreen {
    private boolean started;

    DeltaScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        started = true;
    }

    @Override
    public synchronized void stopScreen() throws IOException {
        super.stopScreen();
        started = false;
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (!started) {
            super.refresh(type);
            return;
        }
        Terminal t = getTerminal();
        TerminalSize size = getTerminalSize();
        ScreenBuffer front = getFrontBuffer();
        if (type != RefreshType.DELTA) { // everything: the screen is cleared, and every cell that is not blank written
            t.resetColorAndSGR();
            t.clearScreen();
            front = new ScreenBuffer(size, TextCharacter.DEFAULT_CHARACTER);
        }
        new Delta(t).write(getBackBuffer(), front, size);
        getBackBuffer().copyTo(getFrontBuffer());
        TerminalPosition cursor = getCursorPosition();
        if (cursor != null) {
            t.setCursorVisible(true);
            // on the second half of a wide character, the cursor goes on the character itself
            boolean onPadding = cursor.getColumn() > 0 && getFrontBuffer().getCharacterAt(cursor.withRelativeColumn(-1)).isDoubleWidth();
            t.setCursorPosition(cursor.getColumn() - (onPadding ? 1 : 0), cursor.getRow());
        } else {
            t.setCursorVisible(false);
        }
        t.flush();
    }

    /** One frame's writing: where the terminal's cursor is and which colours and attributes it has set. */
    private static final class Delta {
        private final Terminal t;
        private int col = -1;
        private int row = -1;
        private TextColor fg;
        private TextColor bg;
        private EnumSet<SGR> sgr;
        /** The last cell whose look was set. */
        private TextCharacter last;

        Delta(Terminal t) {
            this.t = t;
        }

        void write(ScreenBuffer back, ScreenBuffer front, TerminalSize size) throws IOException {
            int columns = size.getColumns();
            for (int y = 0; y < size.getRows(); y++) {
                boolean uncovered = false; // the cell was the second half of a wide character now gone
                for (int x = 0; x < columns; x++) {
                    TextCharacter b = back.getCharacterAt(x, y);
                    TextCharacter f = front.getCharacterAt(x, y);
                    boolean changed = b != f && !b.equals(f);
                    if (changed || uncovered) put(x, y, b);
                    uncovered = false;
                    if (b.isDoubleWidth()) { // its second half is drawn with it
                        x++;
                        uncovered = x < columns && front.getCharacterAt(x, y).isDoubleWidth(); // one that started there is cut
                    } else if (changed && f.isDoubleWidth()) { // (an unchanged cell is as narrow as b)
                        uncovered = true;
                    }
                }
            }
        }

        private void put(int x, int y, TextCharacter c) throws IOException {
            if (x != col || y != row) t.setCursorPosition(x, y);
            if (sgr == null) { // the first cell written: start from the terminal's plain state
                t.resetColorAndSGR();
                sgr = EnumSet.noneOf(SGR.class);
            } else if (Cell.sameLook(c, last)) { // as the cell before it: only the character
                write(x, y, c);
                return;
            }
            last = c;
            EnumSet<SGR> wanted = c.getModifiers();
            if (!wanted.equals(sgr)) {
                for (SGR s : SGR.values()) {
                    if (sgr.contains(s) && !wanted.contains(s)) t.disableSGR(s);
                    else if (!sgr.contains(s) && wanted.contains(s)) t.enableSGR(s);
                }
                sgr = wanted;
            }
            if (!c.getForegroundColor().equals(fg)) {
                fg = c.getForegroundColor();
                t.setForegroundColor(fg);
            }
            if (!c.getBackgroundColor().equals(bg)) {
                bg = c.getBackgroundColor();
                t.setBackgroundColor(bg);
            }
            write(x, y, c);
        }

        private void write(int x, int y, TextCharacter c) throws IOException {
            t.putString(c.getCharacterString());
            col = x + (c.isDoubleWidth() ? 2 : 1);
            row = y;
        }
    }
}
