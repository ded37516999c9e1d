package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.FakeOllama;
import vibecheck.support.JarProcess;
import vibecheck.support.Tmux;

/**
 * The real jar and a real terminal (tmux), byte by byte: what the program writes (recorded by {@code script}), and
 * the terminal's settings before, during and after.
 */
class TerminalSetupIT {
    @TempDir
    Path work;

    @BeforeEach
    void needsTmuxAndScript() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script (util-linux) is not installed");
    }

    private String jar(String args) {
        return JarProcess.javaBinary() + " -jar '" + JarProcess.jar().toAbsolutePath() + "' " + args;
    }

    private void config(String baseUrl) throws Exception {
        Files.writeString(work.resolve("c.json"), "{\"servers\": {\"local\": {\"protocol\": \"ollama\", \"baseUrl\": \"" + baseUrl
                + "\"}}, \"models\": [{\"name\": \"alpha\", \"server\": \"local\", \"model\": \"alpha\"}]}");
    }

    @Test
    void theFirstScreenAndAResizeNeedNoAnswerFromTheTerminalAndNoByteIsANul() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Café, naïve, Ελληνικά · кириллица.")) {
            config(ollama.baseUrl());
            Path bytes = work.resolve("bytes");
            // script records every byte the program writes; tmux stays the terminal that answers
            String cmd = "cd '" + work + "' && exec script -qfc \"" + jar("--config c.json --transcripts t") + "\" '" + bytes + "'";
            try (Tmux tmux = Tmux.start(120, 30, cmd)) {
                tmux.until(s -> s.contains("vibecheck · session") && s.contains("type a message"), "the first screen", 20);
                tmux.send("hi", "Enter");
                tmux.until(s -> s.contains("кириллица") && s.contains("✓ done"), "the reply", 20);
                tmux.run("resize-window", "-t", tmux.session, "-x", "80", "-y", "24");
                String narrow = tmux.until(s -> s.lines().allMatch(l -> l.length() <= 80) && s.contains("кириллица")
                        && s.lines().anyMatch(l -> l.startsWith("└") && l.endsWith("┘") && l.length() == 80), "the frame redrawn at 80x24", 10);
                assertTrue(narrow.contains("Café, naïve"), narrow);
                tmux.send("Escape");
                tmux.until(s -> s.contains("panel 1/1"), "the panels to take the keys", 10);
                tmux.send("q");
                tmux.until(s -> !s.contains("vibecheck ·"), "the program to quit", 10);
            }
            byte[] written = Files.readAllBytes(bytes);
            String text = new String(written, StandardCharsets.UTF_8);
            int nul = 0;
            while (nul < written.length && written[nul] != 0) nul++;
            int at = nul;
            assertAll(
                    // the size comes from the terminal driver: no "where is the cursor" question waits on a reply (an SSH round trip)
                    () -> assertFalse(text.contains("\u001b[6n"), "a cursor-position question was sent"),
                    () -> assertTrue(text.contains("·") && text.contains("Ελληνικά"), "two-byte characters were written"),
                    () -> assertEquals(written.length, at, "a NUL byte at offset " + at + " after: "
                            + new String(written, Math.max(0, at - 20), Math.min(20, at), StandardCharsets.UTF_8).replace("\u001b", "ESC")));
        }
    }

    @Test
    void theTerminalIsAsItWasAfterAConfigErrorAndAfterQuitting() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Hello.")) {
            config(ollama.baseUrl());
            Files.writeString(work.resolve("bad.json"), "{\"models\": [ {\"name\": \"x\", \"server\": \"nowhere\"} ]}");
            String cmd = "cd '" + work + "' && stty -g > before && " + jar("--config bad.json --transcripts t") + " 2> error; "
                    + "stty -g > after-error; " + jar("--config c.json --transcripts t") + "; stty -g > after-quit; echo ALL-DONE; sleep 30";
            try (Tmux tmux = Tmux.start(120, 30, cmd)) {
                tmux.until(s -> s.contains("type a message"), "the first screen (after the config error)", 30);
                tmux.send("Escape");
                tmux.until(s -> s.contains("panel 1/1"), "the panels to take the keys", 10);
                tmux.send("q");
                tmux.until(s -> s.contains("ALL-DONE"), "the program to quit", 10);
            }
            String error = Files.readString(work.resolve("error"));
            assertTrue(error.contains("bad.json") && error.contains("nowhere"), "the config error was reported: " + error);
            String before = Files.readString(work.resolve("before")).trim();
            assertFalse(before.isEmpty());
            assertEquals(before, Files.readString(work.resolve("after-error")).trim(), "the terminal's settings after a config error");
            assertEquals(before, Files.readString(work.resolve("after-quit")).trim(), "the terminal's settings after quitting");
        }
    }
}
