package vibecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vibecheck.support.UiFixture.key;
import static vibecheck.support.UiFixture.type;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vibecheck.keys.Mode;
import vibecheck.support.UiFixture;

/** Ctrl-C means the same in every mode, box and prompt: stop what streams, and a second one quits. */
class CtrlCEverywhereTest {
    private static void twiceQuits(String where, Consumer<UiState> setUp) {
        UiState s = UiFixture.state("a", "b");
        setUp.accept(s);
        List<Effect> first = Update.apply(s, new Msg.Key("Ctrl-C", null));
        assertFalse(s.quit, where);
        if (s.streaming()) assertTrue(first.stream().anyMatch(e -> e instanceof Effect.CancelAll), where + ": " + first);
        else assertEquals("press Ctrl-C again to quit", s.status, where);
        Update.apply(s, new Msg.Key("Ctrl-C", null));
        assertTrue(s.quit, where + ": the second Ctrl-C quits");
    }

    private static void sent(UiState s) {
        type(s, "hi");
        key(s, "Enter");
    }

    @Test
    void inEveryModeAndBox() {
        twiceQuits("the prompt", s -> { });
        twiceQuits("the panels", s -> key(s, "Esc"));
        twiceQuits("help", s -> { key(s, "Esc"); key(s, "?"); });
        twiceQuits("the picker", s -> Update.apply(s, new Msg.Discovered(List.of())));
        twiceQuits("the picker's help", s -> { Update.apply(s, new Msg.Discovered(List.of())); key(s, "?"); });
        twiceQuits("a note", s -> { sent(s); key(s, "Esc"); key(s, "n"); type(s, "draft"); });
        twiceQuits("the score grid", s -> { sent(s); key(s, "Esc"); key(s, "c"); });
        twiceQuits("the quit question", s -> { sent(s); key(s, "Esc"); key(s, "q"); });
        twiceQuits("the cancel question", s -> { sent(s); key(s, "Esc"); key(s, "X"); });
        twiceQuits("the warnings", s -> { s.configWarnings = List.of("w"); key(s, "Esc"); key(s, "W"); });
        twiceQuits("the past sessions", s -> {
            key(s, "Esc");
            Update.apply(s, new Msg.SessionsListed(new SessionList(java.nio.file.Path.of("t"), List.of(), 0), null));
            assertEquals(UiState.Overlay.SESSIONS, s.overlay);
        });
    }

    @Test
    void theFirstCtrlCClosesThePastSessionsListWhole() {
        UiState s = UiFixture.state("a");
        key(s, "Esc");
        Update.apply(s, new Msg.SessionsListed(new SessionList(java.nio.file.Path.of("t"), List.of(), 0), null));
        Update.apply(s, new Msg.Key("Ctrl-C", null));
        assertEquals(Mode.PANELS, s.mode);
        assertEquals(UiState.Overlay.NONE, s.overlay);
        key(s, "z");
        assertTrue(s.zoom, "keys are the panels' again");
    }

    @Test
    void aBoxIsClosedByTheFirstCtrlCAndThePickerStaysOpen() {
        UiState s = UiFixture.state();
        Update.apply(s, new Msg.Discovered(List.of()));
        key(s, "?");
        Update.apply(s, new Msg.Key("Ctrl-C", null));
        assertEquals(UiState.Overlay.PICKER, s.overlay);
    }
}
