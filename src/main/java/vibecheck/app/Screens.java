package vibecheck.app;

import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The real terminal, written through a {@link FrameOutput} so that a frame reaches it in one write. Ctrl-C
 * arrives as a key (the UI decides what it means).
 */
public final class Screens {
    private Screens() {}

    public static FrameOutput stdout() {
        return new FrameOutput(new FileOutputStream(FileDescriptor.out));
    }

    /** The real terminal, writing through {@code out}. */
    public static Terminal terminal(FrameOutput out) throws IOException {
        return new Utf8Terminal(out, StandardCharsets.UTF_8);
    }

    /**
     * Lanterna 3.1 encodes text one {@code char} at a time, which turns a character outside the Basic Multilingual
     * Plane (most emoji) into "??". This terminal writes such a character as the whole code point.
     */
    static final class Utf8Terminal extends UnixTerminal {
        private final Charset charset;

        Utf8Terminal(FrameOutput out, Charset charset) throws IOException {
            super(System.in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
            this.charset = charset;
        }

        @Override
        public void putString(String s) throws IOException {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) writeToTerminal(new String(Character.toChars(cp)).getBytes(charset));
                else putCharacter((char) cp);
                i += Character.charCount(cp);
            }
        }
    }
}
