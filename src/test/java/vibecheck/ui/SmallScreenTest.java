package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vibecheck.support.UiFixture.draw;
import static vibecheck.support.UiFixture.event;
import static vibecheck.support.UiFixture.key;
import static vibecheck.support.UiFixture.type;

import java.util.List;
import org.junit.jupiter.api.Test;
import vibecheck.core.Effect;
import vibecheck.core.Msg;
import vibecheck.core.Update;
import vibecheck.core.UiState;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.support.UiFixture;

/** What went wrong at 80×24 and in small corners of the UI. */
class SmallScreenTest {
    private static final Theme THEME = Theme.plain();

    private static String lastLine(String screen, int fromEnd) {
        List<String> lines = screen.lines().toList();
        return lines.get(lines.size() - fromEnd);
    }

    @Test
    void theHelpBoxLeavesNoStrayBordersBesideIt() throws Exception {
        UiState s = UiFixture.state("a", "b", "c");
        key(s, "Esc");
        key(s, "?");
        String screen = draw(s, 80, 24, THEME);
        for (String line : screen.lines().skip(1).limit(22).toList()) {
            assertFalse(line.startsWith("││") || line.startsWith("┌┌") || line.startsWith("└│") || line.startsWith("┌│"),
                    "a panel's border shows beside the box:\n" + screen);
        }
    }

    @Test
    void aCutNeverEndsInTwoEllipses() {
        String text = "scoring Lecturing / moralizing: 1 preachy … 5 none";
        for (int width = 2; width < CellWidth.of(text); width++) {
            String cut = CellWidth.fit(text, width);
            assertFalse(cut.endsWith("……") || cut.endsWith("… …"), width + ": " + cut);
            assertTrue(cut.endsWith("…") && CellWidth.of(cut) <= width, width + ": " + cut);
        }
    }

    @Test
    void theStatusLineEndsInOneEllipsis() throws Exception {
        UiState s = UiFixture.state("a", "b", "c");
        key(s, "Esc");
        key(s, "]");
        key(s, "]");
        s.status = "a message that is long enough to be cut at eighty columns";
        String status = lastLine(draw(s, 80, 24, THEME), 3);
        assertFalse(status.contains("……") || status.contains("… …"), status);
    }

    @Test
    void aFooterKeepsTheTokenCountWhenTheLoadTimeShows() throws Exception {
        UiState s = UiFixture.state("a", "b");
        type(s, "hi");
        key(s, "Enter");
        UiFixture.text(s, "r1", "hello");
        event(s, new ReplyEvent.Ended("r1", ReplyState.FINISHED, "stop", null, null,
                new Metrics(0L, 2400L, 5000L, 312L, "server", 64.3, 12L, 2100L)));
        String screen = draw(s, 80, 24, THEME);
        assertTrue(screen.contains("312 tok"), screen);
    }

    @Test
    void aFailedReplyWithNoTextCannotBeScoredOrVotedBest() {
        UiState s = UiFixture.state("a", "b", "c");
        type(s, "hi");
        key(s, "Enter");
        event(s, new ReplyEvent.Ended("r1", ReplyState.FAILED, null, "model not found", "`ollama pull a`", Metrics.NONE));
        key(s, "Esc");
        List<Effect> fx = Update.apply(s, new Msg.Key("4", "4"));
        assertTrue(fx.isEmpty(), fx.toString());
        assertTrue(s.status.contains("failed with no text: nothing to score"), s.status);
        assertTrue(s.session.reply("r1").scoreSheet().current().isEmpty());
        fx = Update.apply(s, new Msg.Key("v", "v"));
        assertTrue(fx.isEmpty(), fx.toString());
        assertTrue(s.status.contains("failed with no text"), s.status);
        assertTrue(s.session.turns().get(0).votes().isEmpty());
    }

    @Test
    void exportWithNoTurnsSaysSoInsteadOfWritingAnEmptyFile() {
        UiState s = UiFixture.state("a");
        key(s, "Esc");
        List<Effect> fx = Update.apply(s, new Msg.Key("e", "e"));
        assertTrue(fx.isEmpty(), fx.toString());
        assertEquals("nothing to export yet: send a message first", s.status);
    }

    @Test
    void withExactlyTwoPanelsTheHintBarShowsThePairVotes() throws Exception {
        UiState two = UiFixture.state("a", "b");
        key(two, "Esc");
        assertTrue(lastLine(draw(two, 80, 24, THEME), 1).contains("a b = - pair"), lastLine(draw(two, 80, 24, THEME), 1));
        UiState three = UiFixture.state("a", "b", "c");
        key(three, "Esc");
        assertFalse(lastLine(draw(three, 80, 24, THEME), 1).contains("a b = -"));
    }

    @Test
    void thePickersQuestionMarkShowsTheKeysAndItOffersNoCloseItCannotDo() throws Exception {
        UiState s = UiFixture.state();
        Update.apply(s, new Msg.Discovered(List.of()));
        String hints = lastLine(draw(s, 80, 24, THEME), 1);
        assertFalse(hints.contains("Esc close"), "nothing to go back to: " + hints);
        key(s, "?");
        assertEquals(UiState.Overlay.HELP, s.overlay);
        assertTrue(draw(s, 80, 24, THEME).contains("Keys"));
        key(s, "x");
        assertEquals(UiState.Overlay.PICKER, s.overlay, "closing help goes back to the picker");
    }
}
