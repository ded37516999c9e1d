package vibecheck.text;

/**
 * Makes untrusted model text safe to put on a terminal. Stateful: feed the chunks of one stream in order, so an
 * escape sequence or a CR split across two chunks is still caught.
 *
 * <ul>
 *   <li>escape sequences (CSI, OSC — titles, clipboard, hyperlinks — DCS, SOS, PM, APC, and two-byte ESC
 *       sequences), in 7-bit and C1 form, are dropped whole;</li>
 *   <li>other C0 controls (NUL, BEL, backspace, …) and DEL are shown as their Unicode control pictures (␀ ␇ ␈);</li>
 *   <li>CRLF becomes a newline; a lone CR (which would overwrite a line) is shown as ␍;</li>
 *   <li>C1 controls, bidirectional overrides and isolates, and invisible tag characters are dropped;</li>
 *   <li>newlines and tabs stay.</li>
 * </ul>
 */
public final class TerminalSanitizer {
    private enum Mode { TEXT, ESC, CSI, STRING, STRING_ESC }

    private Mode mode = Mode.TEXT;
    private boolean pendingCr;
    private int stringLength;
    private static final int MAX_SEQUENCE = 4096;

    /** Sanitizes a whole string in one go (no state carried over). */
    public static String clean(String s) {
        TerminalSanitizer f = new TerminalSanitizer();
        return f.feed(s) + f.flush();
    }

    /**
     * A name or short text from a config, a transcript or a server as one safe line: sanitized, line breaks and
     * tabs as spaces, and cut to {@code maxChars} with an ellipsis, so it can never start a new line of output.
     */
    public static String label(String s, int maxChars) {
        if (s == null) return "";
        String one = clean(s).replace("\r\n", " ").replace('\n', ' ').replace('\t', ' ').replace('\u240D', ' ');
        if (one.codePointCount(0, one.length()) <= maxChars) return one;
        return one.substring(0, one.offsetByCodePoints(0, Math.max(1, maxChars - 1))) + "…";
    }

    /** Sanitizes the next chunk of the stream; may hold back a trailing CR until the next chunk shows what follows. */
    public String feed(String chunk) {
        if (chunk == null || chunk.isEmpty()) return "";
        StringBuilder out = new StringBuilder(chunk.length());
        int i = 0;
        while (i < chunk.length()) {
            int cp = chunk.codePointAt(i);
            i += Character.charCount(cp);
            accept(cp, out);
        }
        return out.toString();
    }

    /** Ends the stream: a CR held back is shown; an unfinished escape sequence is dropped. */
    public String flush() {
        mode = Mode.TEXT;
        if (pendingCr) {
            pendingCr = false;
            return "\u240D";
        }
        return "";
    }

    private void accept(int cp, StringBuilder out) {
        switch (mode) {
            case ESC -> {
                if (cp == '[') mode = Mode.CSI;
                else if (cp == ']' || cp == 'P' || cp == 'X' || cp == '^' || cp == '_') startString();
                else if (cp >= 0x20 && cp <= 0x2F) mode = Mode.ESC; // intermediate bytes: ESC ( B and the like
                else mode = Mode.TEXT; // final byte of a two-byte sequence, or garbage: dropped
                return;
            }
            case CSI -> {
                if (cp >= 0x40 && cp <= 0x7E) mode = Mode.TEXT; // final byte
                else if (cp < 0x20 || cp > 0x7E) { mode = Mode.TEXT; text(cp, out); } // broken sequence: resume text
                return;
            }
            case STRING -> {
                if (cp == 0x07 || cp == 0x9C) mode = Mode.TEXT;
                else if (cp == 0x1B) mode = Mode.STRING_ESC;
                else if (++stringLength > MAX_SEQUENCE) mode = Mode.TEXT;
                return;
            }
            case STRING_ESC -> {
                mode = cp == '\\' ? Mode.TEXT : Mode.STRING;
                return;
            }
            default -> text(cp, out);
        }
    }

    private void startString() {
        mode = Mode.STRING;
        stringLength = 0;
    }

    private void text(int cp, StringBuilder out) {
        if (pendingCr) {
            pendingCr = false;
            if (cp == '\n') {
                out.append('\n');
                return;
            }
            out.append('\u240D');
        }
        if (cp == '\n' || cp == '\t') {
            out.append((char) cp);
        } else if (cp == '\r') {
            pendingCr = true;
        } else if (cp == 0x1B) {
            mode = Mode.ESC;
        } else if (cp == 0x9B) {
            mode = Mode.CSI;
        } else if (cp == 0x9D || cp == 0x90 || cp == 0x98 || cp == 0x9E || cp == 0x9F) {
            startString();
        } else if (cp < 0x20) {
            out.append((char) (0x2400 + cp)); // control picture: ␀ ␇ ␈ …
        } else if (cp == 0x7F) {
            out.append('\u2421');
        } else if (!invisible(cp)) {
            out.appendCodePoint(cp);
        }
    }

    /** Characters that must never reach a terminal but have no useful visible form. */
    static boolean invisible(int cp) {
        return (cp >= 0x80 && cp <= 0x9F)                  // C1 controls
                || (cp >= 0x202A && cp <= 0x202E)          // bidi embeddings and overrides
                || (cp >= 0x2066 && cp <= 0x2069)          // bidi isolates
                || cp == 0x200E || cp == 0x200F || cp == 0x061C // direction marks
                || (cp >= 0xE0000 && cp <= 0xE007F)        // tag characters (invisible text)
                || (cp >= 0xFFF9 && cp <= 0xFFFB)          // interlinear annotation
                || (cp >= 0xD800 && cp <= 0xDFFF);         // lone surrogates
    }
}
