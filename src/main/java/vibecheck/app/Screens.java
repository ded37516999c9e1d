package vibecheck.app;

import com.googlecode.lanterna.TerminalSize;
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

    /**
     * The real terminal, writing through {@code out}.
     *
     * @param modes the settings already read and made as the program started ({@link TerminalModes#begin()}); null
     *              to read and make them here
     */
    public static Terminal terminal(FrameOutput out, TerminalModes modes) throws IOException {
        Utf8Terminal.CONSTRUCTING.set(modes);
        try {
            return new Utf8Terminal(out, StandardCharsets.UTF_8, modes);
        } finally {
            Utf8Terminal.CONSTRUCTING.remove();
        }
    }

    /**
     * Lanterna 3.1 encodes text one {@code char} at a time, which turns a character outside the Basic Multilingual
     * Plane (most emoji) into "??". This terminal writes such a character as the whole code point.
     */
    static final class Utf8Terminal extends UnixTerminal {
        /** The settings made as the program started, for Lanterna's constructor (it runs before this class's fields are set). */
        static final ThreadLocal<TerminalModes> CONSTRUCTING = new ThreadLocal<>();

        private final Charset charset;
        /**
         * The settings Lanterna makes while its constructor runs, one {@code stty} process each (four of them, tens
         * of milliseconds each before the first frame): gathered here and made with one, or none when they were made
         * as the program started. No initialiser, since they are gathered before this class's own fields are set.
         */
        private List<String> gathered;
        private boolean settingsMade;
        /** The size read as the program started, for the first screen; later sizes come from the terminal driver. */
        private volatile TerminalSize firstSize;

        Utf8Terminal(FrameOutput out, Charset charset, TerminalModes modes) throws IOException {
            super(System.in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
            this.charset = charset;
            settingsMade = true;
            List<String> settings = gathered == null ? List.of() : gathered;
            gathered = null;
            TerminalModes.Made made = modes == null ? null : modes.made();
            boolean ctrlJApart = made != null && made.applied() && TerminalModes.WANTED.containsAll(settings)
                    || makeSettings(settings);
            if (modes != null) modes.handedOver();
            if (ctrlJApart) separateCtrlJFromEnter();
            firstSize = modes == null ? null : modes.size();
        }

        @Override
        protected String runSTTYCommand(String... parameters) throws IOException {
            if (settingsMade || parameters.length == 0) return super.runSTTYCommand(parameters);
            if (parameters[0].equals("-g")) { // the settings to restore: read as the program started, if they were
                TerminalModes early = CONSTRUCTING.get();
                String saved = early == null ? null : early.made().saved();
                return saved != null ? saved : super.runSTTYCommand(parameters);
            }
            if (gathered == null) gathered = new java.util.ArrayList<>();
            gathered.addAll(Arrays.asList(parameters)); // made in the constructor, with the others
            return "";
        }

        /**
         * The terminal's size from the terminal driver ({@code stty size}), which sshd and tmux keep up to date: no
         * question to the terminal and no wait for its answer, a round trip over SSH. A driver that does not know
         * (0 0) leaves it to Lanterna's question (where the cursor lands when sent to the far corner).
         */
        @Override
        protected TerminalSize findTerminalSize() throws IOException {
            TerminalSize known = firstSize;
            firstSize = null;
            if (known != null) return known;
            try {
                TerminalSize fromDriver = TerminalModes.size(super.runSTTYCommand("size"));
                if (fromDriver != null) return fromDriver;
            } catch (IOException e) {
                // no stty to ask: the terminal is asked instead
            }
            return super.findTerminalSize();
        }

        /**
         * Makes Lanterna's own {@code settings} and, with them, the two that keep Ctrl-J, Ctrl-S and Ctrl-Q keys
         * ({@link TerminalModes#WANTED}); returns whether those two were made.
         */
        private boolean makeSettings(List<String> settings) throws IOException {
            try {
                List<String> all = new java.util.ArrayList<>(settings);
                all.add("-icrnl");
                all.add("-ixon"); // Ctrl-S and Ctrl-Q reach vibecheck as keys instead of freezing the screen (flow control)
                runSTTYCommand(all.toArray(String[]::new));
                return true;
            } catch (IOException e) {
                if (!settings.isEmpty()) runSTTYCommand(settings.toArray(String[]::new)); // Lanterna's own, as it would have
                return false; // keep the driver's translation: Ctrl-J then acts as Enter, Alt-Enter still inserts a newline
            }
        }

        /**
         * The terminal driver turns Enter (CR) into LF, and Lanterna reads LF as Enter too, so Ctrl-J (LF) could not
         * insert a newline. Without that translation ({@code -icrnl}, restored on exit with the other settings), CR
         * is Enter and LF is Ctrl-J.
         */
        private void separateCtrlJFromEnter() {
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

        /**
         * ASCII goes straight out, and any other printable character as its own bytes. Lanterna runs a charset
         * encoder for every character and writes the encoder's whole buffer, which for a two-byte character ("·",
         * "é", most of Cyrillic and Greek) ends in a NUL byte: one more byte over the link each time, and a
         * character some terminals show.
         */
        @Override
        public void putCharacter(char c) throws IOException {
            if (c >= 0x20 && c < 0x7F) writeToTerminal((byte) c);
            else if (c >= 0xA0) writeToTerminal(String.valueOf(c).getBytes(charset));
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
