package vibecheck.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import com.googlecode.lanterna.TextCharacter;
import java.util.Map;

/**
 * How each {@link Style} looks. Only the 16 ANSI colours (and the terminal's own default colours), so it looks the
 * same in 16- and 256-colour terminals and in tmux or screen; with {@code NO_COLOR} set, no colour at all, only
 * bold, dim-free reverse video and underline.
 */
public final class Theme {
    public record Look(TextColor fg, TextColor bg, EnumSet<SGR> sgr) {}

    private final Map<Style, Look> looks = new EnumMap<>(Style.class);
    private final Map<Style, Map<Integer, TextCharacter>> cells = new EnumMap<>(Style.class);

    private Theme(boolean color) {
        TextColor def = TextColor.ANSI.DEFAULT;
        for (Style s : Style.values()) looks.put(s, new Look(def, def, EnumSet.noneOf(SGR.class)));
        if (color) {
            set(Style.USER, TextColor.ANSI.CYAN, def);
            set(Style.USER_HEAD, TextColor.ANSI.CYAN, def, SGR.BOLD);
            set(Style.SYSTEM_NOTE, TextColor.ANSI.MAGENTA, def);
            set(Style.REASONING_HEAD, TextColor.ANSI.BLACK_BRIGHT, def);
            set(Style.REASONING, TextColor.ANSI.BLACK_BRIGHT, def);
            set(Style.ERROR, TextColor.ANSI.RED_BRIGHT, def, SGR.BOLD);
            set(Style.HINT, TextColor.ANSI.YELLOW, def);
            set(Style.DIM, TextColor.ANSI.BLACK_BRIGHT, def);
            set(Style.HEADER, TextColor.ANSI.BLACK, TextColor.ANSI.CYAN);
            set(Style.BORDER, TextColor.ANSI.BLACK_BRIGHT, def);
            set(Style.BORDER_FOCUSED, TextColor.ANSI.CYAN_BRIGHT, def);
            set(Style.TITLE, def, def, SGR.BOLD);
            set(Style.TITLE_FOCUSED, TextColor.ANSI.BLACK, TextColor.ANSI.CYAN_BRIGHT, SGR.BOLD);
            set(Style.FOOTER, TextColor.ANSI.WHITE, def);
            set(Style.STATUS, TextColor.ANSI.YELLOW, def);
            set(Style.PROMPT, def, def);
            set(Style.KEYS, TextColor.ANSI.BLACK_BRIGHT, def);
            set(Style.OVERLAY, def, TextColor.ANSI.BLUE);
            set(Style.OVERLAY_TITLE, TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD);
            set(Style.STATE_OK, TextColor.ANSI.GREEN, def);
            set(Style.STATE_LIVE, TextColor.ANSI.CYAN, def);
            set(Style.STATE_BAD, TextColor.ANSI.RED_BRIGHT, def, SGR.BOLD);
            set(Style.JUDGE, TextColor.ANSI.MAGENTA, def, SGR.ITALIC);
        } else {
            set(Style.USER_HEAD, def, def, SGR.BOLD);
            set(Style.ERROR, def, def, SGR.BOLD);
            set(Style.HEADER, def, def, SGR.REVERSE);
            set(Style.TITLE, def, def, SGR.BOLD);
            set(Style.TITLE_FOCUSED, def, def, SGR.REVERSE, SGR.BOLD);
            set(Style.BORDER_FOCUSED, def, def, SGR.BOLD);
            set(Style.OVERLAY_TITLE, def, def, SGR.BOLD, SGR.UNDERLINE);
            set(Style.STATE_BAD, def, def, SGR.BOLD);
            set(Style.JUDGE, def, def, SGR.ITALIC);
        }
    }

    /** Colour unless {@code NO_COLOR} is set to anything non-empty (no-color.org). */
    public static Theme forEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return new Theme(noColor == null || noColor.isEmpty());
    }

    public static Theme plain() {
        return new Theme(false);
    }

    public static Theme colored() {
        return new Theme(true);
    }

    private void set(Style s, TextColor fg, TextColor bg, SGR... sgr) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR g : sgr) set.add(g);
        looks.put(s, new Look(fg, bg, set));
    }

    public Look look(Style s) {
        return looks.get(s);
    }

    /** The screen cell for a character in a style, made once and reused (null for one Lanterna cannot draw). */
    public TextCharacter cell(int cp, Style style) {
        Map<Integer, TextCharacter> byChar = cells.computeIfAbsent(style, k -> new HashMap<>());
        TextCharacter ch = byChar.get(cp);
        if (ch == null && !byChar.containsKey(cp)) {
            Look look = looks.get(style);
            if (Character.isBmpCodePoint(cp)) {
                ch = new Cell(new TextCharacter((char) cp, look.fg(), look.bg(), look.sgr()), look);
            } else { // Lanterna's grapheme splitting is slow to start: only for characters outside the BMP
                TextCharacter[] tc = TextCharacter.fromString(new String(Character.toChars(cp)), look.fg(), look.bg(), look.sgr());
                ch = tc.length > 0 ? new Cell(tc[0], look) : null;
            }
            byChar.put(cp, ch);
        }
        return ch;
    }
}
