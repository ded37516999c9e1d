package vibecheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.discovery.ConfigWriter;
import vibecheck.support.CommandRun;
import vibecheck.support.Sse;

/** Names from a config, a transcript or a server never bring an escape sequence to the terminal. */
class TerminalEscapesTest {
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String CLIPBOARD = "\u001b]52;c;ZWNobyBoaQ==\u0007";
    private static final String C1_CSI = "\u009b2J";
    private static final String BIDI = "\u202e";

    @TempDir
    Path work;

    static void assertNothingMovesTheTerminal(String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean bad = c == 0x1b || c == 0x07 || c == '\r' || (c >= 0x80 && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c < 0x20 && c != '\n' && c != '\t');
            assertFalse(bad, "character U+" + Integer.toHexString(c) + " at " + i + " in:\n" + out);
        }
    }

    private String ollamaConfig(MockWebServer ollama, String name, String model, String provider, String promptName) {
        return """
                {"servers": {%s: {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": %s, "server": %s, "model": %s}],
                 "systemPrompts": [{"name": %s, "text": "be %s kind"}]}
                """.formatted(Sse.quote(provider), ollama.url("/").toString().replaceAll("/$", ""), Sse.quote(name),
                Sse.quote(provider), Sse.quote(model), Sse.quote(promptName), TITLE.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007"));
    }

    @Test
    void askPrintsHostileNamesAndModelIdsHarmlessly() throws Exception {
        try (MockWebServer ollama = new MockWebServer()) {
            ollama.enqueue(new MockResponse().setBody("{\"message\":{\"content\":\"hi " + TITLE.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
                    + "\"},\"done\":false}\n{\"done\":true,\"done_reason\":\"stop\"}\n"));
            Files.writeString(work.resolve("c.json"), ollamaConfig(ollama, "evil" + TITLE + "name", "llama3" + CLIPBOARD,
                    "srv" + C1_CSI, "friend" + BIDI));
            CommandRun r = CommandRun.run(work, Map.of(), "", "ask", "--config", "c.json", "hello");
            assertEquals(0, r.exit, r.toString());
            assertTrue(r.out.contains("evil"), r.out);
            assertNothingMovesTheTerminal(r.out);
            assertNothingMovesTheTerminal(r.err);
            CommandRun md = CommandRun.run(work, Map.of(), "", "export", r.transcript().toString(), "--out", "-");
            assertEquals(0, md.exit, md.toString());
            assertTrue(md.out.contains("evil"), md.out);
            assertNothingMovesTheTerminal(md.out);
        }
    }

    @Test
    void modelsKeepsEveryServerModelIdOnOneSafeLine() throws Exception {
        String longId = "x".repeat(500);
        try (MockWebServer ollama = new MockWebServer()) {
            ollama.enqueue(new MockResponse().setBody("{\"models\":[{\"name\":" + Sse.quote("bad" + TITLE + "\nFAKE LINE") + "},"
                    + "{\"name\":" + Sse.quote(longId) + "},{\"name\":\"fine:7b\",\"details\":{\"family\":" + Sse.quote("fam" + CLIPBOARD) + "}}]}"));
            ollama.enqueue(new MockResponse().setBody("{\"models\":[]}")); // /api/ps: nothing loaded
            Files.writeString(work.resolve("c.json"), ollamaConfig(ollama, "n", "fine:7b", "local", "none"));
            CommandRun r = CommandRun.run(work, Map.of(), "", "models", "--config", "c.json");
            assertEquals(0, r.exit, r.toString());
            assertNothingMovesTheTerminal(r.out);
            assertFalse(r.out.lines().anyMatch(l -> l.startsWith("FAKE LINE")), r.out);
            assertTrue(r.out.lines().anyMatch(l -> l.contains("bad") && l.contains("FAKE LINE")), r.out);
            assertTrue(r.out.lines().allMatch(l -> l.length() < 200), r.out);
            assertTrue(r.out.contains("x".repeat(99) + "…"), r.out);
        }
    }

    @Test
    void aNameWithAnEscapeSequenceIsDrawnWithoutItsPayloadOnTheFullScreen() throws Exception {
        var state = vibecheck.support.UiFixture.state("evil" + TITLE + "name", "plain");
        String screen = vibecheck.support.UiFixture.draw(state, 80, 24, vibecheck.ui.Theme.plain());
        assertTrue(screen.contains("evilname"), screen);
        assertFalse(screen.contains("pwned") || screen.contains("]0;"), screen);
    }

    @Test
    void thePickerWritesContestantNamesOfSafeCharactersOnly() {
        List<String> names = ConfigWriter.names(List.of(
                new String[] {"ollama", "evil" + TITLE + "\nname:7b"},
                new String[] {"ollama", "ok/llama3:8b"},
                new String[] {"ollama", "z".repeat(300)},
                new String[] {"ollama", "\u001b[2J"}));
        assertEquals("evil-0-pwned-name-7b", names.get(0));
        assertEquals("llama3-8b", names.get(1));
        assertEquals("z".repeat(40), names.get(2));
        assertEquals("2J", names.get(3));
        for (String n : names) assertTrue(n.matches("[A-Za-z0-9._-]{1,40}"), n);
    }
}
