package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;
import vibecheck.core.Msg;
import vibecheck.core.PanelView;
import vibecheck.core.UiState;
import vibecheck.core.Update;
import vibecheck.support.UiFixture;

/** Painting reads the state and writes none of it; where each panel stands comes back as a message for Update. */
class PaintingReadsStateTest {
    private static String views(UiState s) {
        StringBuilder b = new StringBuilder();
        for (PanelView v : s.panels) b.append(v.top).append('/').append(v.maxTop).append('/').append(v.height).append('/')
                .append(v.follow).append('/').append(v.jumpTo).append(' ');
        return b.toString();
    }

    @Test
    void drawingChangesNoStateAndTheFrameSaysWhereEachPanelStands() throws Exception {
        UiState s = UiFixture.state("alpha", "beta");
        UiFixture.type(s, "hi");
        UiFixture.key(s, "Enter");
        UiFixture.text(s, "r1", "line\n".repeat(200));
        s.panels.get(0).jumpTo = 0; // a turn to bring into view on the next draw
        s.columns = 100;
        s.rows = 30;
        String before = views(s);
        var vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        var screen = new TerminalScreen(vt);
        screen.startScreen();
        Msg.Laid laid = new Renderer(Theme.plain()).draw(screen, s);
        assertEquals(before, views(s), "drawing wrote into the state");

        PanelView.Placement first = laid.panels().get(0);
        assertTrue(first.maxTop() > 150, "200 lines in a panel of about 20 rows: " + first);
        assertEquals(0, first.top(), "the jump to turn 1 puts its start at the top");
        Update.apply(s, laid);
        assertEquals(first.maxTop(), s.panels.get(0).maxTop);
        assertEquals(first.height(), s.panels.get(0).height);
        assertEquals(-1, s.panels.get(0).jumpTo, "the jump is done once drawn");
    }
}
