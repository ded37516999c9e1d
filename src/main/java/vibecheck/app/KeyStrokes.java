package vibecheck.app;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Map;

/** Lanterna's key strokes by their canonical names (see {@link vibecheck.keys.KeyName}): the one place keys meet Lanterna. */
public final class KeyStrokes {
    private static final Map<KeyType, String> NAMES = Map.ofEntries(
            Map.entry(KeyType.Enter, "Enter"), Map.entry(KeyType.Escape, "Esc"), Map.entry(KeyType.Tab, "Tab"),
            Map.entry(KeyType.ReverseTab, "Shift-Tab"), Map.entry(KeyType.Backspace, "Backspace"),
            Map.entry(KeyType.Delete, "Delete"), Map.entry(KeyType.Insert, "Insert"),
            Map.entry(KeyType.ArrowUp, "Up"), Map.entry(KeyType.ArrowDown, "Down"),
            Map.entry(KeyType.ArrowLeft, "Left"), Map.entry(KeyType.ArrowRight, "Right"),
            Map.entry(KeyType.PageUp, "PgUp"), Map.entry(KeyType.PageDown, "PgDn"),
            Map.entry(KeyType.Home, "Home"), Map.entry(KeyType.End, "End"));

    private KeyStrokes() {}

    /** The name of a key as the terminal delivered it, or null for one that has none (mouse, EOF…). */
    public static String name(KeyStroke k) {
        KeyType type = k.getKeyType();
        String base;
        if (type == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isCtrlDown() && c == 'j' || c == '\n') return "Ctrl-J";
            if (c == ' ') base = "Space";
            else base = k.isCtrlDown() ? String.valueOf(Character.toUpperCase(c)) : String.valueOf(c);
        } else if (type.name().startsWith("F") && type.name().length() <= 3) {
            base = type.name();
        } else {
            base = NAMES.get(type);
            if (base == null) return null;
        }
        String name = base;
        if (k.isShiftDown() && type != KeyType.Character && type != KeyType.ReverseTab) name = "Shift-" + name;
        if (k.isAltDown()) name = "Alt-" + name;
        if (k.isCtrlDown()) name = "Ctrl-" + name;
        return name;
    }

    /** The key stroke a terminal sends for a canonical key name: the inverse of {@link #name}, or null for none. */
    public static KeyStroke stroke(String name) {
        boolean ctrl = false, alt = false, shift = false;
        String rest = name;
        while (true) {
            if (rest.startsWith("Ctrl-") && rest.length() > 5) { ctrl = true; rest = rest.substring(5); }
            else if (rest.startsWith("Alt-") && rest.length() > 4) { alt = true; rest = rest.substring(4); }
            else if (rest.startsWith("Shift-") && rest.length() > 6) { shift = true; rest = rest.substring(6); }
            else break;
        }
        if (rest.equals("Tab") && shift) return new KeyStroke(KeyType.ReverseTab, ctrl, alt, false);
        if (rest.equals("J") && ctrl) return new KeyStroke('j', true, alt);
        if (rest.equals("Space")) return new KeyStroke(' ', ctrl, alt, shift);
        if (rest.codePointCount(0, rest.length()) == 1) {
            char c = rest.charAt(0);
            return new KeyStroke(ctrl ? Character.toLowerCase(c) : c, ctrl, alt, shift);
        }
        for (Map.Entry<KeyType, String> e : NAMES.entrySet()) {
            if (e.getValue().equals(rest)) return new KeyStroke(e.getKey(), ctrl, alt, shift);
        }
        if (rest.matches("F[0-9]{1,2}")) {
            try {
                return new KeyStroke(KeyType.valueOf(rest), ctrl, alt, shift);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
