package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vibecheck.core.PanelView;

/**
 * A panel following a streaming reply moves on by half its height at a time (so the panel is repainted once per
 * half a panel of text, not once per line), and shows the very end once the reply is over.
 */
class FollowingScrollTest {
    private static int follow(PanelView v, int maxTop, int height, boolean streaming) {
        v.maxTop = maxTop;
        v.top = PanelView.followingTop(v.top, maxTop, height, streaming);
        return v.top;
    }

    @Test
    void whileStreamingTheViewStandsStillUntilTheEndWouldFallOffThenJumpsHalfAPanel() {
        PanelView v = new PanelView();
        assertEquals(0, follow(v, 0, 30, true), "everything fits");
        assertEquals(15, follow(v, 1, 30, true), "the first line past the bottom: move on by half, 14 lines spare");
        for (int maxTop = 2; maxTop <= 15; maxTop++) assertEquals(15, follow(v, maxTop, 30, true), "the end is still on screen");
        assertEquals(30, follow(v, 16, 30, true), "and on by another half");
    }

    @Test
    void aSmallPanelMovesOnByAQuarter() {
        PanelView v = new PanelView();
        assertEquals(2, follow(v, 1, 8, true), "8 rows: on by 2, one line spare");
    }

    @Test
    void onceTheReplyIsOverThePanelShowsTheEnd() {
        PanelView v = new PanelView();
        follow(v, 1, 30, true);
        assertEquals(1, follow(v, 1, 30, false));
    }

    @Test
    void aViewLeftFarBelowTheTextAfterAResizeComesBackWithTheEndOnScreen() {
        PanelView v = new PanelView();
        assertEquals(64, follow(v, 50, 30, true));
        assertEquals(19, follow(v, 5, 30, true), "wider panels, fewer lines: the end is on screen again, half spare");
    }
}
