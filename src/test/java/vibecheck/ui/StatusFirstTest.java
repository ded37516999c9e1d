package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vibecheck.core.UiState;
import vibecheck.support.UiFixture;

/** At 80×24 the answer to the last key is on the status line whole: it comes before what the line always says. */
class StatusFirstTest {
    @Test
    void theStatusComesBeforeThePanelsDescriptionSoANarrowScreenStillShowsIt() throws Exception {
        UiState s = UiFixture.state("llama3-8b", "mixtral-8x7b", "qwen2-72b");
        UiFixture.type(s, "hi");
        UiFixture.key(s, "Enter");
        UiFixture.key(s, "Esc");
        s.status = "cannot regenerate turn 1: later turns were built on its replies";
        String screen = UiFixture.draw(s, 80, 24, Theme.plain());
        String statusLine = screen.lines().toList().get(21);
        assertTrue(statusLine.contains("cannot regenerate turn 1: later turns were built on its replies"), screen);
    }
}
