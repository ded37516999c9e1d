package vibecheck.keys;

import java.util.Locale;

/**
 * Canonical key names, the same in the config, the help screen and the keymap: {@code x}, {@code R}, {@code ?},
 * {@code Ctrl-E}, {@code Alt-Enter}, {@code Shift-Tab}, {@code PgUp}, {@code F1}.
 */
public final class KeyName {
    private KeyName() {}

    /** The canonical form of a name written by a person ("ctrl-e", "C-e", "pageup"), or null when it is not a key. */
    public static String normalize(String written) {
        if (written == null || written.isEmpty()) return null;
        if (written.length() == 1) return written.charAt(0) == ' ' ? "Space" : written;
        String s = written.trim();
        StringBuilder prefix = new StringBuilder();
        while (true) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("ctrl-") || lower.startsWith("ctrl+") || lower.startsWith("c-")) {
                prefix.append("Ctrl-");
                s = s.substring(lower.startsWith("c-") ? 2 : 5);
            } else if (lower.startsWith("alt-") || lower.startsWith("alt+") || lower.startsWith("m-") || lower.startsWith("meta-")) {
                prefix.append("Alt-");
                s = s.substring(lower.startsWith("m-") ? 2 : lower.startsWith("meta-") ? 5 : 4);
            } else if (lower.startsWith("shift-") || lower.startsWith("shift+")) {
                prefix.append("Shift-");
                s = s.substring(6);
            } else {
                break;
            }
        }
        if (s.isEmpty()) return null;
        String base;
        if (s.length() == 1) {
            base = prefix.indexOf("Ctrl-") >= 0 ? s.toUpperCase(Locale.ROOT) : s;
        } else {
            base = switch (s.toLowerCase(Locale.ROOT)) {
                case "enter", "return", "ret" -> "Enter";
                case "esc", "escape" -> "Esc";
                case "tab" -> "Tab";
                case "backspace", "bs" -> "Backspace";
                case "delete", "del" -> "Delete";
                case "insert", "ins" -> "Insert";
                case "up" -> "Up";
                case "down" -> "Down";
                case "left" -> "Left";
                case "right" -> "Right";
                case "pgup", "pageup" -> "PgUp";
                case "pgdn", "pagedown", "pgdown" -> "PgDn";
                case "home" -> "Home";
                case "end" -> "End";
                case "space" -> "Space";
                default -> s.matches("(?i)f([1-9]|1[0-9])") ? "F" + s.substring(1) : null;
            };
        }
        if (base == null) return null;
        String name = prefix + base;
        if (name.equals("Shift-Tab")) return "Shift-Tab";
        return name.replace("Ctrl-Shift-", "Ctrl-Shift-");
    }
}
