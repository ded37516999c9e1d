package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.CommandRun;

/** Every message names a command that exists, and --help lists every flag the README documents. */
class CliWordsTest {
    @TempDir
    Path work;

    @Test
    void anUnknownOptionOfTheUiPointsAtTheRealHelp() {
        CommandRun r = CommandRun.run(work, Map.of(), "", "--bogus");
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("(see `vibecheck --help`)"), r.err);
        assertFalse(r.err.contains("vibecheck vibecheck"), r.err);
        CommandRun ask = CommandRun.run(work, Map.of(), "", "ask", "--bogus");
        assertTrue(ask.err.contains("(see `vibecheck ask --help`)"), ask.err);
    }

    @Test
    void helpListsEveryFlagTheReadmeDocuments() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        StringBuilder helps = new StringBuilder(CommandRun.run(work, Map.of(), "", "--help").out);
        for (String c : new String[] {"ask", "models", "review", "export", "run", "suites", "judge", "judge-llm", "report"}) helps.append(CommandRun.run(work, Map.of(), "", c, "--help").out);
        Matcher m = Pattern.compile("--[a-z][a-z-]+").matcher(readme);
        while (m.find()) assertTrue(helps.toString().contains(m.group()), m.group() + " is in the README but in no --help");
        String main = CommandRun.run(work, Map.of(), "", "--help").out;
        assertTrue(main.contains("--discover"), main);
        assertTrue(main.contains("--no-blind"), main);
    }

    @Test
    void aMissingKeyInTheUiDoesNotSuggestAFlagTheUiRejects() throws Exception {
        Files.writeString(work.resolve("c.json"), "{\"servers\": {\"cloud\": {\"protocol\": \"openai\", \"apiKeyEnv\": \"UNSET_KEY_FOR_TEST\"}},"
                + " \"models\": [{\"name\": \"g\", \"server\": \"cloud\", \"model\": \"gpt\"}]}");
        var err = new java.io.ByteArrayOutputStream();
        Io io = new Io(Map.of(), work, work.resolve("home"), new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true), new java.io.PrintStream(err, true), true);
        int exit = vibecheck.Main.run(java.util.List.of("--config", "c.json"), io);
        String text = err.toString();
        assertEquals(2, exit, text);
        assertTrue(text.contains("UNSET_KEY_FOR_TEST is not set"), text);
        assertFalse(text.contains("--models"), "the UI has no --models: " + text);
        CommandRun ask = CommandRun.run(work, Map.of(), "", "ask", "--config", "c.json", "hi");
        assertTrue(ask.err.contains("UNSET_KEY_FOR_TEST is not set") && ask.err.contains("--models"), "ask has it: " + ask.err);
    }

    @Test
    void modelsNeverTellsYouToRunItself() throws Exception {
        try (MockWebServer vllm = new MockWebServer()) {
            vllm.enqueue(new MockResponse().setBody("{\"object\":\"list\",\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
            Files.writeString(work.resolve("c.json"), ("{\"servers\": {\"vllm\": {\"protocol\": \"openai\", \"baseUrl\": \"%s\"}},"
                    + " \"models\": [{\"name\": \"q\", \"server\": \"vllm\", \"model\": \"qwen\"}]}").formatted(vllm.url("/v1")));
            CommandRun r = CommandRun.run(work, Map.of(), "", "models", "--config", "c.json");
            assertTrue(r.out.contains("! contestant q wants qwen, which this server does not list"), r.out);
            assertFalse(r.out.contains("vibecheck models"), r.out);
        }
        try (MockWebServer odd = new MockWebServer()) {
            odd.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":{\"message\":\"model list does not exist\"}}"));
            Files.writeString(work.resolve("c.json"), ("{\"servers\": {\"odd\": {\"protocol\": \"openai\", \"baseUrl\": \"%s\"}},"
                    + " \"models\": [{\"name\": \"q\", \"server\": \"odd\", \"model\": \"qwen\"}]}").formatted(odd.url("/v1")));
            CommandRun r = CommandRun.run(work, Map.of(), "", "models", "--config", "c.json");
            assertTrue(r.out.contains("HTTP 404"), r.out);
            assertFalse(r.out.contains("vibecheck models"), r.out);
        }
    }
}
