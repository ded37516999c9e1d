package vibecheck.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.config.ConfigLoader;
import vibecheck.protocol.Protocols;

class KeysTest {
    @TempDir
    Path dir;

    @Test
    void namesOfKeysAsTheTerminalDeliversThem() {
        assertEquals("x", vibecheck.app.KeyStrokes.name(new KeyStroke('x', false, false)));
        assertEquals("R", vibecheck.app.KeyStrokes.name(new KeyStroke('R', false, false)));
        assertEquals("Ctrl-E", vibecheck.app.KeyStrokes.name(new KeyStroke('e', true, false)));
        assertEquals("Ctrl-J", vibecheck.app.KeyStrokes.name(new KeyStroke('j', true, false)));
        assertEquals("Alt-Enter", vibecheck.app.KeyStrokes.name(new KeyStroke(KeyType.Enter, false, true)));
        assertEquals("Shift-Tab", vibecheck.app.KeyStrokes.name(new KeyStroke(KeyType.ReverseTab)));
        assertEquals("PgUp", vibecheck.app.KeyStrokes.name(new KeyStroke(KeyType.PageUp)));
        assertEquals("F2", vibecheck.app.KeyStrokes.name(new KeyStroke(KeyType.F2)));
        assertNull(vibecheck.app.KeyStrokes.name(new KeyStroke(KeyType.EOF)));
    }

    @Test
    void writtenNamesNormalize() {
        assertEquals("Ctrl-E", KeyName.normalize("ctrl-e"));
        assertEquals("Ctrl-E", KeyName.normalize("C-e"));
        assertEquals("Alt-Enter", KeyName.normalize("alt+return"));
        assertEquals("PgDn", KeyName.normalize("PageDown"));
        assertEquals("F12", KeyName.normalize("f12"));
        assertEquals("Z", KeyName.normalize("Z"));
        assertNull(KeyName.normalize("Hyper-Q"));
        assertNull(KeyName.normalize(""));
    }

    @Test
    void defaultsHaveNoConflictsAndHelpComesFromTheSameTable() {
        assertNull(Keymap.check(Map.of()));
        Keymap k = Keymap.defaults();
        assertEquals(Action.SEND, k.lookup(Mode.PROMPT, "Enter"));
        assertEquals(Action.TO_PROMPT, k.lookup(Mode.PANELS, "Enter"));
        assertEquals(Action.INTERRUPT, k.lookup(Mode.PANELS, "Ctrl-C"));
        assertNull(k.lookup(Mode.PROMPT, "z"), "letters are typed into the prompt");
        assertEquals(Action.TO_PANELS, k.lookup(Mode.PROMPT, "Tab"));
        assertEquals(Action.TO_PROMPT, k.lookup(Mode.PANELS, "Esc"), "Esc in the panels cancels nothing");
        assertEquals(Action.CANCEL_ALL, k.lookup(Mode.PANELS, "X"));
        assertTrue(k.hints(Mode.PANELS).contains("z zoom"));
    }

    private Config load(String keys) throws Exception {
        Path p = dir.resolve("k.json");
        Files.writeString(p, "{\"servers\": {\"o\": {\"protocol\": \"ollama\"}}, \"models\": [{\"name\": \"a\", \"server\": \"o\", \"model\": \"m\"}],"
                + " \"keys\": " + keys + "}");
        return new ConfigLoader(Protocols.CATALOG).load(p);
    }

    @Test
    void rebindingFromTheConfig() throws Exception {
        Keymap k = load("{\"zoom\": \"Z\", \"cancel\": [\"x\", \"Delete\"], \"editor\": \"ctrl-o\"}").keymap();
        assertEquals(Action.ZOOM, k.lookup(Mode.PANELS, "Z"));
        assertNull(k.lookup(Mode.PANELS, "z"));
        assertEquals(Action.CANCEL, k.lookup(Mode.PANELS, "Delete"));
        assertEquals(Action.EDITOR, k.lookup(Mode.PROMPT, "Ctrl-O"));
        assertEquals(List.of("Z"), k.keysFor(Action.ZOOM));
        assertTrue(k.hints(Mode.PANELS).contains("Z zoom"), "the hint bar follows the binding");
    }

    @Test
    void badBindingsAreConfigErrorsWithThePath() {
        ConfigException unknown = assertThrows(ConfigException.class, () -> load("{\"explode\": \"e\"}"));
        assertTrue(unknown.getMessage().contains("$.keys.explode: no such action"), unknown.getMessage());
        ConfigException badKey = assertThrows(ConfigException.class, () -> load("{\"zoom\": \"Hyper-Z\"}"));
        assertTrue(badKey.getMessage().contains("$.keys.zoom: a string \"Hyper-Z\" is not a key name"), badKey.getMessage());
        ConfigException typed = assertThrows(ConfigException.class, () -> load("{\"send\": \"s\"}"));
        assertTrue(typed.getMessage().contains("$.keys: key s cannot be send: in the prompt line a typed character is text, never a command"),
                typed.getMessage());
        ConfigException filter = assertThrows(ConfigException.class, () -> load("{\"session-open\": \"o\"}"));
        assertTrue(filter.getMessage().contains("in the past sessions' filter a typed character is text"), filter.getMessage());
        ConfigException clash = assertThrows(ConfigException.class, () -> load("{\"zoom\": \"q\"}"));
        assertTrue(clash.getMessage().contains("$.keys: key q is bound to both zoom and quit"), clash.getMessage());
    }
}
