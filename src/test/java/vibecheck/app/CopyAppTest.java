package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/** y puts the focused reply's raw text on the clipboard with OSC 52, through the terminal output the UI owns. */
class CopyAppTest {
    @TempDir
    Path dir;

    @Test
    void yCopiesTheRawReplyAsOneBase64Osc52Sequence() throws Exception {
        String raw = "Use `ls -la` \u001b]0;title\u0007 — 日本語";
        try (FakeOllama ollama = new FakeOllama().answer("alpha", raw).answer("beta", "B");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30)) {
            ByteArrayOutputStream terminal = new ByteArrayOutputStream();
            d.app.frameOutput(new FrameOutput(terminal));
            d.type("hi").press(KeyType.Enter);
            d.until(s -> s.contains("idle") && s.contains("B (turn 1)"), "the replies");
            d.press(KeyType.Escape).type("y");
            assertTrue(d.screen().contains("copied alpha's reply"), d.screen());
            String sent = terminal.toString(StandardCharsets.US_ASCII);
            int at = sent.indexOf("\u001b]52;c;");
            assertTrue(at >= 0, "no OSC 52 sent: " + sent);
            String b64 = sent.substring(at + 7, sent.indexOf('\u0007', at));
            assertTrue(b64.matches("[A-Za-z0-9+/=]+"), "only base64 between the markers: " + b64);
            assertEquals(raw + " (turn 1)", new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8), "the raw text, as the model wrote it");
            d.type("y").press(KeyType.Tab).type("y");
            assertTrue(d.screen().contains("copied beta's reply"), d.screen());
        }
    }

    @Test
    void nothingToCopyBeforeTheFirstMessage() throws Exception {
        try (AppDriver d = new AppDriver(dir, UiFixture.contestants("http://127.0.0.1:9", "alpha"), Map.of(), 120, 30)) {
            d.press(KeyType.Escape).type("y");
            assertTrue(d.screen().contains("nothing to copy yet: send a message first"), d.screen());
        }
    }
}
