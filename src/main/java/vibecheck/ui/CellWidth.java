package vibecheck.ui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many cells a code point takes on screen, agreeing with Lanterna (which decides how it draws the character),
 * so wrapping and drawing never disagree. Combining marks, joiners, variation selectors and skin-tone modifiers
 * take none and are not drawn: a terminal cannot be trusted to combine them in the same cell.
 */
public final class CellWidth {
    private static final ConcurrentHashMap<Integer, Integer> CACHE = new ConcurrentHashMap<>();

    private CellWidth() {}

    public static int of(int cp) {
        if (cp < 0x7F) return cp < 0x20 ? 0 : 1;
        return CACHE.computeIfAbsent(cp, CellWidth::compute);
    }

    private static int compute(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED && cp > 0xFFFF && cp >= 0xE0000) {
            return 0;
        }
        if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1160 && cp <= 0x11FF)) {
            return 0;
        }
        if (Character.isBmpCodePoint(cp)) return TerminalTextUtils.isCharDoubleWidth((char) cp) ? 2 : 1;
        TextCharacter[] tc = TextCharacter.fromString(new String(Character.toChars(cp)));
        if (tc.length == 0) return 0;
        return tc[0].isDoubleWidth() ? 2 : 1;
    }

    public static int of(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of {@code s} that fits in {@code columns} cells, ending in "…" when cut. */
    public static String fit(String s, int columns) {
        if (columns <= 0) return "";
        if (of(s) <= columns) return s;
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > columns - 1) break;
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        // a cut right after a space or an ellipsis of the text itself would read "… …" or "……"
        while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == ' ' || sb.charAt(sb.length() - 1) == '…')) sb.setLength(sb.length() - 1);
        return sb.append('…').toString();
    }
}
