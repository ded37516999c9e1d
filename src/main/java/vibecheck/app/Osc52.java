package vibecheck.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one escape sequence vibecheck sends on purpose for text it did not write: OSC 52, which asks the terminal to
 * put text on the local clipboard (it works over SSH, and in tmux with {@code set-clipboard on}). The text travels
 * base64-encoded, so nothing in it can act on the terminal.
 */
public final class Osc52 {
    private Osc52() {}

    public static byte[] sequence(String text) {
        String b64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return ("\u001b]52;c;" + b64 + "\u0007").getBytes(StandardCharsets.US_ASCII);
    }
}
