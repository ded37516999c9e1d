package vibecheck.core;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code y}: the focused reply's raw text to the local clipboard. Part of {@link Update}. */
final class Copying {
    /** What a terminal takes in one OSC 52 sequence, about (xterm: 100 KB of base64). */
    static final int MAX_BYTES = 74_000;

    private Copying() {}

    static void copy(UiState s, List<Effect> fx) {
        Reply r = Judging.judged(s);
        if (r == null || r.text().isEmpty()) {
            s.status = r == null ? "nothing to copy yet: send a message first" : "this reply has no text to copy";
            return;
        }
        int bytes = r.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            s.status = "this reply is " + bytes / 1024 + " KiB, more than a terminal takes at once: " + s.keymap.key(vibecheck.keys.Action.EXPORT) + " exports it as Markdown";
            return;
        }
        fx.add(new Effect.Copy(r.text()));
        s.status = "copied " + s.title(s.focus) + "'s reply (" + r.text().length() + " characters) to the clipboard"
                + " — through the terminal, so it needs one that allows it (tmux: set-clipboard on)";
    }
}
