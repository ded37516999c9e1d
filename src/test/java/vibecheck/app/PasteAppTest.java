package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Mode;
import vibecheck.support.AppDriver;
import vibecheck.support.UiFixture;

/** A paste lands whole and fast, however long: its cost grows with its length, not with its square. */
class PasteAppTest {
    @TempDir
    Path dir;

    @Test
    void twoHundredKilobytesLandInThePromptWholeAndTypingAfterItStaysQuick() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 200_000; i++) big.append("line ").append(i).append(" of a long pasted log: q e P s\n");
        try (AppDriver d = new AppDriver(dir, UiFixture.contestants("http://127.0.0.1:9", "a", "b"), Map.of(), 80, 24)) {
            d.type("x").press(com.googlecode.lanterna.input.KeyType.Escape); // in the panels: the paste still goes to the prompt
            long start = System.nanoTime();
            d.paste(big.toString());
            long pasteMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("x" + big, d.state().prompt.text());
            assertEquals(Mode.PROMPT, d.state().mode);
            assertTrue(d.state().session.turns().isEmpty(), "its newlines sent nothing");
            long typing = System.nanoTime();
            d.type("and then some typing");
            long typingMillis = (System.nanoTime() - typing) / 1_000_000;
            assertTrue(d.state().prompt.text().endsWith("and then some typing"));
            // generous bounds, many times what a loaded two-core machine needs (the quadratic paste took 70 s)
            assertTrue(pasteMillis < 15_000, "pasting 200 KB took " + pasteMillis + " ms");
            assertTrue(typingMillis < 15_000, "20 keys after it took " + typingMillis + " ms");
            System.out.println("paste of " + big.length() + " chars: " + pasteMillis + " ms; 20 keys after it: " + typingMillis + " ms");
        }
    }
}
