package vibecheck.keys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys as data: which key does what in which mode. The help screen and the hint bar are drawn from the same
 * table, so they always tell the truth about the bindings in force.
 */
public final class Keymap {
    private final Map<Mode, Map<String, Action>> byMode = new EnumMap<>(Mode.class);
    private final Map<Action, List<String>> keys = new EnumMap<>(Action.class);

    private Keymap(Map<Action, List<String>> bindings) {
        for (Mode m : Mode.values()) byMode.put(m, new LinkedHashMap<>());
        for (Action a : Action.values()) {
            List<String> ks = bindings.getOrDefault(a, a.defaults());
            keys.put(a, List.copyOf(ks));
            for (String k : ks) byMode.get(a.mode()).put(k, a);
        }
    }

    public static Keymap defaults() {
        return new Keymap(Map.of());
    }

    /** The defaults with some actions rebound; callers validate names first (see {@link #check}). */
    public static Keymap with(Map<Action, List<String>> overrides) {
        return new Keymap(overrides);
    }

    /**
     * Problems with rebinding {@code action} to {@code keyNames}: a key given to two actions of one mode, or one
     * that hides a global key. Null when fine.
     */
    public static String check(Map<Action, List<String>> overrides) {
        Map<Mode, Map<String, Action>> seen = new EnumMap<>(Mode.class);
        for (Action a : Action.values()) {
            for (String k : overrides.getOrDefault(a, a.defaults())) {
                Action other = seen.computeIfAbsent(a.mode(), m -> new LinkedHashMap<>()).put(k, a);
                if (other != null && other != a) {
                    return "key " + k + " is bound to both " + other.configName() + " and " + a.configName();
                }
            }
        }
        for (Mode m : List.of(Mode.GLOBAL, Mode.PROMPT, Mode.SESSIONS)) {
            for (Map.Entry<String, Action> b : seen.getOrDefault(m, Map.of()).entrySet()) {
                if (types(b.getKey())) {
                    return "key " + b.getKey() + " cannot be " + b.getValue().configName() + ": in the "
                            + (m == Mode.SESSIONS ? "past sessions' filter" : "prompt line") + " a typed character is text, never a command";
                }
            }
        }
        for (Map.Entry<String, Action> g : seen.getOrDefault(Mode.GLOBAL, Map.of()).entrySet()) {
            for (Mode m : Mode.values()) {
                if (m == Mode.GLOBAL) continue;
                Action hidden = seen.getOrDefault(m, Map.of()).get(g.getKey());
                if (hidden != null) return "key " + g.getKey() + " is bound to both " + g.getValue().configName() + " and " + hidden.configName();
            }
        }
        return null;
    }

    /** Whether a key types a character (a letter, digit, sign or the space bar) rather than being a command key. */
    public static boolean types(String key) {
        return key.equals("Space") || key.codePointCount(0, key.length()) == 1;
    }

    /** What a key does in a mode (global keys first), or null. */
    public Action lookup(Mode mode, String key) {
        if (key == null) return null;
        Action a = byMode.get(Mode.GLOBAL).get(key);
        return a != null ? a : byMode.get(mode).get(key);
    }

    public List<String> keysFor(Action a) {
        return keys.get(a);
    }

    /** One line per action of a mode for the help screen: keys, then what they do (the five scores share one). */
    public List<String[]> help(Mode mode) {
        List<String[]> rows = new ArrayList<>();
        for (Action a : Action.values()) {
            if (a.mode() != mode || keys.get(a).isEmpty()) continue;
            if (a == Action.SCORE_1) {
                List<String> five = new ArrayList<>();
                for (Action s : List.of(Action.SCORE_1, Action.SCORE_2, Action.SCORE_3, Action.SCORE_4, Action.SCORE_5)) {
                    five.addAll(keys.get(s));
                }
                rows.add(new String[] {five.equals(List.of("1", "2", "3", "4", "5")) ? "1-5" : String.join(" ", five),
                        "score the reply"});
            } else if (a.name().startsWith("SCORE_") && a != Action.SCORE_CLEAR && !a.name().equals("SCORE_TABLE")) {
                continue;
            } else {
                rows.add(new String[] {String.join(", ", keys.get(a)), a.description()});
            }
        }
        return rows;
    }

    /** The short hints for the bar: "key description" for each hinted action of the mode. */
    public List<String> hints(Mode mode) {
        return hints(mode, java.util.Set.of());
    }

    /** The hint bar's words for a mode, less the actions that are off just now (sending while judging a run). */
    public List<String> hints(Mode mode, java.util.Set<Action> off) {
        List<String> out = new ArrayList<>();
        for (Action a : Action.values()) {
            if ((a.mode() == mode || a.mode() == Mode.GLOBAL) && a.hinted() && !keys.get(a).isEmpty() && !off.contains(a)) {
                out.add(a == Action.SCORE_1 ? "1-5 score"
                        : a == Action.PREV_CRITERION ? "[ ] criterion"
                        : keys.get(a).get(0) + " " + shortWords(a));
            }
        }
        return out;
    }

    private static String shortWords(Action a) {
        return switch (a) {
            case INTERRUPT -> "stop";
            case SEND -> "send";
            case NEWLINE -> "newline";
            case EDITOR -> "editor";
            case TO_PANELS -> "panels";
            case FOCUS_NEXT -> "next";
            case ZOOM -> "zoom";
            case TOGGLE_REASONING -> "thinking";
            case CANCEL -> "cancel";
            case REGENERATE -> "regen";
            case NEXT_SYSTEM -> "system";
            case TO_PROMPT -> "prompt";
            case HELP -> "help";
            case SCORE_TABLE -> "scores";
            case VOTE_BEST -> "best";
            case BLIND -> "blind";
            case EXPORT -> "export";
            case MODELS -> "models";
            case PICK_TOGGLE -> "choose";
            case PICK_START -> "start";
            case PICK_WRITE -> "write config";
            case PICK_DEMO -> "demo";
            case PICK_AGAIN -> "look again";
            case PICK_CLOSE -> "close";
            case PICK_QUIT -> "quit";
            case CONFIRM_YES -> "yes";
            case DEMO -> "demo";
            case PICK_HELP -> "help";
            case COPY -> "copy";
            case GRID_CLOSE -> "close";
            case SESSIONS -> "sessions";
            case SESSION_OPEN -> "open";
            case SESSION_CLOSE -> "close";
            case QUIT -> "quit";
            default -> a.configName();
        };
    }
}
