package vibecheck.app;

import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * The real terminal, written through a {@link FrameOutput} so that a frame reaches it in one write. Ctrl-C
 * arrives as a key (the UI decides what it means).
 */
public final class Screens {
    /** What the terminal's paste markers are read as (keys no keyboard sends). */
    public static final KeyStroke PASTE_START = new KeyStroke(KeyType.F19, true, true, true);
    public static final KeyStroke PASTE_END = new KeyStroke(KeyType.F18, true, true, true);

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
        /**
         * The settings Lanterna makes while its constructor runs, one {@code stty} process each (four of them, tens
         * of milliseconds each before the first frame): gathered here and made with one. No initialiser, since they
         * are gathered before this class's own fields are set.
         */
        private List<String> gathered;
        private boolean settingsMade;

        Utf8Terminal(FrameOutput out, Charset charset) throws IOException {
            super(System.in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
            this.charset = charset;
            settingsMade = true;
            List<String> settings = gathered == null ? List.of() : gathered;
            gathered = null;
            separateCtrlJFromEnter(settings);
        }

        @Override
        protected String runSTTYCommand(String... parameters) throws IOException {
            if (settingsMade || parameters.length == 0 || parameters[0].equals("-g")) return super.runSTTYCommand(parameters);
            if (gathered == null) gathered = new java.util.ArrayList<>();
            gathered.addAll(Arrays.asList(parameters)); // made in the constructor, with the others
            return "";
        }

        /**
         * The terminal driver turns Enter (CR) into LF, and Lanterna reads LF as Enter too, so Ctrl-J (LF) could not
         * insert a newline. Without that translation (restored on exit with the other settings), CR is Enter and
         * LF is Ctrl-J. Made in one go with Lanterna's own {@code settings}.
         */
        private void separateCtrlJFromEnter(List<String> settings) throws IOException {
            try {
                List<String> all = new java.util.ArrayList<>(settings);
                all.add("-icrnl");
                all.add("-ixon"); // Ctrl-S and Ctrl-Q reach vibecheck as keys instead of freezing the screen (flow control)
                runSTTYCommand(all.toArray(String[]::new));
            } catch (IOException e) {
                if (!settings.isEmpty()) runSTTYCommand(settings.toArray(String[]::new)); // Lanterna's own, as it would have
                return; // keep the driver's translation: Ctrl-J then acts as Enter, Alt-Enter still inserts a newline
            }
            InputDecoder decoder = getInputDecoder();
            for (CharacterPattern p : List.copyOf(decoder.getPatterns())) {
                if (p instanceof BasicCharacterPattern b && Arrays.equals(b.getPattern(), new char[] {'\n'})) decoder.removePattern(p);
            }
            decoder.addProfile(() -> List.of(
                    new BasicCharacterPattern(new KeyStroke('j', true, false), '\n'),
                    new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'),
                    new BasicCharacterPattern(new KeyStroke(KeyType.Enter, false, true), '\u001b', '\r'),
                    new BasicCharacterPattern(PASTE_START, '\u001b', '[', '2', '0', '0', '~'),
                    new BasicCharacterPattern(PASTE_END, '\u001b', '[', '2', '0', '1', '~')));
        }

        /** Bracketed paste: the terminal marks pasted text, so its newlines do not send a half-pasted message. */
        @Override
        public void enterPrivateMode() throws IOException {
            super.enterPrivateMode();
            writeToTerminal("\u001b[?2004h".getBytes(charset));
            flush();
        }

        @Override
        public void exitPrivateMode() throws IOException {
            writeToTerminal("\u001b[?2004l".getBytes(charset));
            super.exitPrivateMode();
        }

        /** ASCII goes straight out; Lanterna would run a charset encoder for every single character. */
        @Override
        public void putCharacter(char c) throws IOException {
            if (c >= 0x20 && c < 0x7F) writeToTerminal((byte) c);
            else super.putCharacter(c);
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
