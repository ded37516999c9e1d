package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.core.Blind;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.keys.Keymap;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.support.UiFixture;

/** The header says the temperature each model is sent, not a default that some of them do not use. */
class TemperatureShownTest {
    private static UiState state(boolean blind, double... temps) {
        ServerConfig p = new ServerConfig("ollama", "ollama", "http://127.0.0.1:9", null, null, Map.of());
        List<Contestant> cs = new java.util.ArrayList<>();
        for (int i = 0; i < temps.length; i++) {
            cs.add(new Contestant(new ModelConfig("m" + i, "ollama", "m" + i, temps[i], 256, null), p, Protocols.create(p, Map.of())));
        }
        Session session = new Session(cs, "vibecheck test", UiFixture.CLOCK, "abc123");
        return new UiState(session, UiFixture.PROMPTS, 0, Keymap.defaults(), null, 0.2, vibecheck.config.Criterion.DEFAULTS,
                new Blind(cs.size(), vibecheck.config.BlindShuffle.SESSION, new java.util.Random(1), blind));
    }

    @Test
    void modelsSentDifferentTemperaturesShowTheRangeAndEachPanelItsOwn() throws Exception {
        String screen = UiFixture.draw(state(false, 0.7, 0.25), 120, 30, Theme.plain());
        String header = screen.lines().findFirst().orElse("");
        assertTrue(header.contains("temp 0.25–0.7"), header);
        assertTrue(screen.contains("m0 · temp 0.7") && screen.contains("m1 · temp 0.25"), screen);
    }

    @Test
    void oneTemperatureForAllIsSaidOnceAndBlindPanelsNeverSayTheirs() throws Exception {
        String same = UiFixture.draw(state(false, 0.7, 0.7), 120, 30, Theme.plain());
        assertTrue(same.lines().findFirst().orElse("").contains("temp 0.7 "), same);
        assertFalse(same.contains("m0 · temp"), same);
        String blind = UiFixture.draw(state(true, 0.7, 0.25), 120, 30, Theme.plain());
        assertFalse(blind.contains("· temp 0.7 ") && blind.contains("· temp 0.25 "), "a panel's temperature could tell who it is:\n" + blind);
        assertTrue(blind.lines().findFirst().orElse("").contains("temp 0.25–0.7"), blind);
    }
}
