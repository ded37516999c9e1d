package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vibecheck.ui.Style;
import vibecheck.ui.Theme;

/**
 * The frame's own delta refresh leaves the terminal showing exactly what Lanterna's would: the same characters in
 * the same colours and attributes in every cell, frame after frame, wide characters and the cells they cover or
 * uncover included; a complete redraw now and then too.
 */
class DeltaScreenTest {
    private static final int[] CHARS = {'a', 'b', ' ', '─', '│', '日', '本', '✓', 0x1F642, 'x'};

    @Test
    void everyFrameLeavesTheTerminalAsLanternasOwnRefreshWould() throws Exception {
        TerminalSize size = new TerminalSize(23, 7);
        DefaultVirtualTerminal ours = new DefaultVirtualTerminal(size);
        DefaultVirtualTerminal theirs = new DefaultVirtualTerminal(size);
        Screen delta = new DeltaScreen(ours);
        Screen lanterna = new TerminalScreen(theirs);
        delta.startScreen();
        lanterna.startScreen();
        Theme theme = Theme.colored();
        Style[] styles = Style.values();
        Random random = new Random(15);
        for (int frame = 0; frame < 400; frame++) {
            int strokes = 1 + random.nextInt(6);
            for (int s = 0; s < strokes; s++) { // runs of text of one style, as the painters write them
                int row = random.nextInt(size.getRows());
                int col = random.nextInt(size.getColumns());
                Style style = styles[random.nextInt(styles.length)];
                int length = 1 + random.nextInt(size.getColumns());
                for (int i = 0; i < length && col < size.getColumns(); i++) {
                    TextCharacter ch = theme.cell(CHARS[random.nextInt(CHARS.length)], style);
                    int width = ch.isDoubleWidth() ? 2 : 1;
                    if (col + width > size.getColumns()) break;
                    delta.setCharacter(col, row, ch);
                    lanterna.setCharacter(col, row, ch);
                    col += width;
                }
            }
            TerminalPosition cursor = random.nextBoolean() ? null : new TerminalPosition(random.nextInt(size.getColumns()), random.nextInt(size.getRows()));
            delta.setCursorPosition(cursor);
            lanterna.setCursorPosition(cursor);
            Screen.RefreshType type = frame % 37 == 0 ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA; // as after a resize
            delta.refresh(type);
            lanterna.refresh(type);
            for (int y = 0; y < size.getRows(); y++) {
                for (int x = 0; x < size.getColumns(); x++) {
                    assertEquals(theirs.getCharacter(x, y), ours.getCharacter(x, y), "frame " + frame + ", column " + x + ", row " + y);
                }
            }
            if (cursor != null) assertEquals(theirs.getCursorBufferPosition(), ours.getCursorBufferPosition(), "the cursor, frame " + frame);
            assertEquals(theirs.isCursorVisible(), ours.isCursorVisible(), "the cursor shown, frame " + frame);
        }
    }

    @Test
    void aWideCharacterReplacedByANarrowOneHasTheCellItCoveredWrittenToo() throws Exception {
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
        var terminal = new com.googlecode.lanterna.terminal.ansi.ANSITerminal(new java.io.ByteArrayInputStream(new byte[0]), sent,
                java.nio.charset.StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(6, 2);
            }
        };
        Screen screen = new DeltaScreen(terminal);
        screen.startScreen();
        screen.setCharacter(0, 0, new TextCharacter('日'));
        screen.refresh(Screen.RefreshType.COMPLETE);
        sent.reset();
        screen.setCharacter(0, 0, new TextCharacter('a')); // the cell beside it stays blank in the buffer, as it was
        screen.refresh(Screen.RefreshType.DELTA);
        String frame = sent.toString(java.nio.charset.StandardCharsets.UTF_8);
        // what a terminal leaves in the second half of a character it half overwrote differs: it is written anew
        org.junit.jupiter.api.Assertions.assertTrue(frame.contains("a "), "the second half of the wide character is written as a blank: " + frame.replace("\u001b", "ESC"));
    }
}
