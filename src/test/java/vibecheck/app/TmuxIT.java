package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;
import vibecheck.support.FakeOllama;
import vibecheck.support.JarProcess;
import vibecheck.support.RawServer;
import vibecheck.support.Tmux;

/** The real jar in a real terminal (tmux): typed at, read back with capture-pane. */
class TmuxIT {
    @TempDir
    Path work;

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    private String command(String baseUrl, String... models) throws Exception {
        StringBuilder list = new StringBuilder();
        for (String m : models) {
            if (list.length() > 0) list.append(',');
            list.append("{\"name\": \"").append(m).append("\", \"server\": \"local\", \"model\": \"").append(m).append("\"}");
        }
        Files.writeString(work.resolve("c.json"), "{\"servers\": {\"local\": {\"protocol\": \"ollama\", \"baseUrl\": \"" + baseUrl
                + "\"}}, \"models\": [" + list + "], \"systemPrompts\": [{\"name\": \"none\", \"text\": \"\"}, {\"name\": \"friend\", \"text\": \"Be a friend.\"}]}");
        return "cd '" + work + "' && exec " + JarProcess.javaBinary() + " -jar '" + JarProcess.jar().toAbsolutePath()
                + "' --config c.json --transcripts t";
    }

    private JsonNode transcript() throws Exception {
        try (Stream<Path> files = Files.list(work.resolve("t"))) {
            Path f = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            return Json.MAPPER.readTree(f.toFile());
        }
    }

    private static long count(String screen, String text) {
        return screen.lines().mapToLong(l -> (l.length() - l.replace(text, "").length()) / text.length()).sum();
    }

    @Test
    void threeModelsSideBySideThenResizedThenQuit() throws Exception {
        try (FakeOllama ollama = new FakeOllama()
                .answer("llama3-8b", "The sky is blue because air scatters short blue wavelengths of sunlight more than red ones.")
                .answer("llama3-70b", "Rayleigh scattering: molecules in the atmosphere scatter blue light in all directions.")
                .answer("mixtral-8x7b", "Sunlight hits the air; blue light bounces around the most, so the sky looks blue.");
             Tmux tmux = Tmux.start(160, 45, command(ollama.baseUrl(), "llama3-8b", "llama3-70b", "mixtral-8x7b"))) {
            tmux.until(s -> s.contains("vibecheck · session") && s.contains("type a message"), "the first screen", 20);
            tmux.send("Why is the sky blue?", "Enter");
            String wide = tmux.until(s -> count(s, "✓ done") == 3, "three finished panels", 20);
            Files.writeString(Path.of("target", "tmux-three-160x45.txt"), wide);
            assertTrue(wide.contains("┌─ llama3-8b ─") && wide.contains("┌─ llama3-70b ─") && wide.contains("┌─ mixtral-8x7b ─"), wide);
            assertEquals(1, wide.lines().filter(l -> l.startsWith("┌")).count(), "one row of panels:\n" + wide);

            tmux.run("resize-window", "-t", tmux.session, "-x", "80", "-y", "24");
            String narrow = tmux.until(s -> s.lines().filter(l -> l.startsWith("┌")).count() == 2, "a two-row grid at 80x24", 10);
            Files.writeString(Path.of("target", "tmux-three-80x24.txt"), narrow);
            assertTrue(narrow.lines().allMatch(l -> l.length() <= 80), narrow);

            tmux.send("Escape"); // the cursor stays in the prompt after sending: Esc goes to the panels
            tmux.until(x -> x.contains("panel 1/3"), "the panels to take the keys", 10);
            tmux.send("q");
            tmux.until(s -> s.contains("session gone") || !s.contains("vibecheck ·"), "the program to quit", 10);
            JsonNode t = transcript();
            assertEquals("Why is the sky blue?", t.at("/turns/0/message").asText());
            for (int i = 0; i < 3; i++) assertEquals("finished", t.at("/turns/0/replies/" + i + "/state").asText());
        }
    }

    @Test
    void ctrlSIsAKeyNotFlowControlThatFreezesTheScreen() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("llama3-8b", "Short answer.")) {
            String cmd = command(ollama.baseUrl(), "llama3-8b");
            String cfg = Files.readString(work.resolve("c.json"));
            Files.writeString(work.resolve("c.json"), cfg.substring(0, cfg.lastIndexOf('}')) + ", \"keys\": {\"note-save\": \"Ctrl-S\"}}");
            try (Tmux tmux = Tmux.start(120, 30, cmd)) {
                tmux.until(s -> s.contains("type a message"), "the first screen", 20);
                tmux.send("Hi", "Enter");
                tmux.until(s -> s.contains("✓ done"), "the reply", 20);
                tmux.send("Escape");
                tmux.until(s -> s.contains("panel 1/1"), "the panels", 10);
                tmux.send("n");
                tmux.until(s -> s.contains("Ctrl-S saves it"), "the note, naming its key", 10);
                tmux.send("kind", "C-s");
                tmux.until(s -> s.contains("note saved"), "Ctrl-S to save the note (not to stop the terminal's output)", 10);
                tmux.send("q");
                tmux.until(s -> !s.contains("vibecheck ·"), "the program to quit", 10);
                assertEquals("kind", transcript().at("/turns/0/replies/0/notes/0/text").asText());
            }
        }
    }

    @Test
    void aDroppedConnectionSavesTheTranscriptWithTheReplyMarked() throws Exception {
        try (RawServer drip = RawServer.dripping(); Tmux tmux = Tmux.start(120, 30, command(drip.baseUrl(), "dripper"))) {
            tmux.until(s -> s.contains("type a message"), "the first screen", 20);
            tmux.send("count forever", "Enter");
            tmux.until(s -> s.contains("tok tok tok"), "streaming", 20);
            long pid = tmux.panePid();
            tmux.run("kill-session", "-t", tmux.session); // what an SSH disconnect does: SIGHUP to the program
            Tmux.awaitGone(pid, 15);
            JsonNode reply = transcript().at("/turns/0/replies/0");
            assertEquals("cancelled", reply.get("state").asText(), reply.toString());
            String why = reply.get("error").asText();
            assertTrue(why.contains("SIGHUP") || why.contains("the terminal closed"), reply.toString());
            assertTrue(reply.get("text").asText().startsWith("tok tok"), reply.toString());
        }
    }

    @Test
    void sigtermSavesTheTranscriptAndRestoresTheTerminal() throws Exception {
        try (RawServer drip = RawServer.dripping();
             Tmux tmux = Tmux.start(120, 30, command(drip.baseUrl(), "dripper").replace("exec ", "") + "; echo EXITED=$?; sleep 20")) {
            tmux.until(s -> s.contains("type a message"), "the first screen", 20);
            tmux.send("count forever", "Enter");
            tmux.until(s -> s.contains("tok tok tok"), "streaming", 20);
            long shell = tmux.panePid();
            long java = ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow().pid();
            new ProcessBuilder("kill", "-TERM", String.valueOf(java)).start().waitFor();
            String after = tmux.until(s -> s.contains("EXITED="), "the program to end", 10);
            assertTrue(after.contains("transcript: "), after);
            assertTrue(after.contains("EXITED=143"), "the exit status says SIGTERM stopped it\n" + after);
            JsonNode reply = transcript().at("/turns/0/replies/0");
            assertEquals("cancelled", reply.get("state").asText());
            assertTrue(reply.get("error").asText().contains("SIGTERM"), reply.toString());
        }
    }

    @Test
    void aScoredSessionSurvivesSigkillAndCanBeReviewedAndRescored() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha says hi.").answer("beta", "Beta says hi.")) {
            String ui = command(ollama.baseUrl(), "alpha", "beta");
            Path file;
            try (Tmux tmux = Tmux.start(120, 30, ui)) {
                tmux.until(s -> s.contains("type a message"), "the first screen", 20);
                tmux.send("hello", "Enter");
                tmux.until(s -> count(s, "✓ done") == 2, "both replies", 20);
                tmux.send("Escape");
                tmux.until(x -> x.contains("panel 1/2"), "the panels to take the keys", 10);
                tmux.send("4");
                tmux.send("v");
                tmux.until(s -> s.contains("voted alpha best"), "the vote", 10);
                long pid = tmux.panePid();
                new ProcessBuilder("kill", "-KILL", String.valueOf(pid)).start().waitFor();
                Tmux.awaitGone(pid, 15);
                JsonNode t = transcript(); // parses: the file on disk is complete
                assertEquals(4, t.at("/turns/0/replies/0/scores/0/value").asInt());
                assertEquals("alpha", t.at("/turns/0/votes/0/winner").asText());
                try (Stream<Path> files = Files.list(work.resolve("t"))) {
                    file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
                }
            }
            String review = "cd '" + work + "' && exec " + JarProcess.javaBinary() + " -jar '" + JarProcess.jar().toAbsolutePath()
                    + "' review --config c.json '" + file + "'";
            try (Tmux tmux = Tmux.start(120, 30, review)) {
                // a frame can be caught half drawn: wait for the whole of it, footers included
                String screen = tmux.until(s -> s.contains("Alpha says hi.") && s.contains("Beta says hi.") && s.contains("★4"),
                        "the saved session", 20);
                assertTrue(screen.contains("┌─ alpha") && screen.contains("blind: off"), "judged before, so not blind:\n" + screen);
                assertTrue(screen.contains("★4"), screen);
                tmux.send("Escape");
                // a key right after Esc would read as Alt+key, as in every terminal program: wait for Esc to land
                tmux.until(x -> x.contains("panel 1/2"), "the panels to take the keys", 10);
                tmux.send("]");
                tmux.send("3");
                tmux.until(s -> s.contains("★4 3"), "the new score", 10);
                tmux.send("q");
                tmux.until(s -> s.contains("session gone") || !s.contains("vibecheck ·"), "quit", 10);
            }
            JsonNode scores = transcript().at("/turns/0/replies/0/scores");
            assertEquals(2, scores.size(), scores.toString());
            assertEquals("empathy", scores.at("/1/criterion").asText());
            assertEquals(3, scores.at("/1/value").asInt());
        }
    }
}
