package vibecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vibecheck.discovery.Found;
import vibecheck.discovery.Probe;
import vibecheck.protocol.RemoteModel;
import vibecheck.support.UiFixture;

/** The core decides and the app builds: picking models asks for a session by effect and builds no adapter itself. */
class PickingEffectsTest {
    @Test
    void startingThePickedModelsIsAnEffectAndTheSessionChangesOnlyWhenTheAppAnswers() {
        UiState s = UiFixture.state("alpha");
        Probe server = new Probe("ollama", "ollama", "http://127.0.0.1:11434", null, "Ollama");
        s.picker = new Picker(List.of(new Found(server, List.of(RemoteModel.named("llama3:8b"), RemoteModel.named("mixtral:8x7b")), null)), List.of());
        s.overlay = UiState.Overlay.PICKER;
        Session before = s.session;

        UiFixture.key(s, "Space");
        List<Effect> fx = Update.apply(s, new Msg.Key("Enter", null));
        Effect.StartSession start = (Effect.StartSession) fx.stream().filter(e -> e instanceof Effect.StartSession).findFirst().orElseThrow();
        assertEquals("llama3:8b", start.picks().get(0).model());
        assertSame(before, s.session, "nothing is built or replaced inside the update");
        assertEquals(UiState.Overlay.PICKER, s.overlay);

        Update.apply(s, new Msg.SessionReady(UiFixture.contestants("http://127.0.0.1:11434", "llama3-8b"), false));
        assertTrue(s.session != before);
        assertEquals("llama3-8b", s.session.contestants().get(0).name());
        assertEquals(UiState.Overlay.NONE, s.overlay);
        assertEquals(vibecheck.keys.Mode.PROMPT, s.mode);
    }
}
