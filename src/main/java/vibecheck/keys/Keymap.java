package vibecheck.keys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keys as data: which key does what in which scope. The help screen, the hint bar and every message that names a key
 * are drawn from the same table, so they always tell the truth about the bindings in force.
 */
public final class Keymap {
    private final Map<Scope, Map<String, Action>> byScope = new EnumMap<>(Scope.class);
    private final Map<Action, List<String>> keys = new EnumMap<>(Action.class);

    private Keymap(Map<Action, List<String>> bindings) {
        for (Scope m : Scope.values()) byScope.put(m, new LinkedHashMap<>());
        for (Action a : Action.values()) {
            List<String> ks = bindings.getOrDefault(a, a.defaults());
            keys.put(a, List.copyOf(ks));
            for (String k : ks) byScope.get(a.scope()).put(k, a);
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
     * What is wrong with a rebinding, or null when it is fine: a key given to two actions of one scope, a typed
     * character made a command where characters are text, or a key that a global key would hide.
     */
    public static String check(Map<Action, List<String>> overrides) {
        Map<Scope, Map<String, Action>> seen = new EnumMap<>(Scope.class);
        for (Action a : Action.values()) {
            for (String k : overrides.getOrDefault(a, a.defaults())) {
                Action other = seen.computeIfAbsent(a.scope(), m -> new LinkedHashMap<>()).put(k, a);
                if (other != null && other != a) {
                    return "key " + k + " is bound to both " + other.configName() + " and " + a.configName();
                }
            }
        }
        for (Scope m : Scope.values()) {
            if (!m.typesText()) continue;
            for (Map.Entry<String, Action> b : seen.getOrDefault(m, Map.of()).entrySet()) {
                if (types(b.getKey())) {
                    return "key " + b.getKey() + " cannot be " + b.getValue().configName() + ": in the "
                            + (m == Scope.SESSIONS ? "past sessions' filter" : m == Scope.NOTE ? "note" : "prompt line")
                            + " a typed character is text, never a command";
                }
            }
        }
        for (Map.Entry<String, Action> g : seen.getOrDefault(Scope.GLOBAL, Map.of()).entrySet()) {
            for (Scope m : Scope.values()) {
                if (m == Scope.GLOBAL) continue;
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

    /** What a key does in a scope: global keys first, then the scope, then the scope behind it; or null. */
    public Action lookup(Scope scope, String key) {
        if (key == null) return null;
        Action a = byScope.get(Scope.GLOBAL).get(key);
        if (a == null) a = byScope.get(scope).get(key);
        if (a == null && scope.behind() != null) a = byScope.get(scope.behind()).get(key);
        return a;
    }

    public List<String> keysFor(Action a) {
        return keys.get(a);
    }

    /** The key to name for an action in a message ("press Enter"): its first key, or how to bind it when it has none. */
    public String key(Action a) {
        List<String> ks = keys.get(a);
        return ks.isEmpty() ? "(no key: bind " + a.configName() + ")" : ks.get(0);
    }

    /** The keys of an action as one label: its first key, or the keys of the actions shown with it ("1-5", "[ ]"). */
    public String label(Action a) {
        List<Action> together = a.shownWith();
        if (together.size() <= 1) return key(a);
        List<String> firsts = new ArrayList<>();
        for (Action t : together) if (!keys.get(t).isEmpty()) firsts.add(keys.get(t).get(0));
        if (firsts.equals(List.of("1", "2", "3", "4", "5"))) return "1-5";
        return String.join(" ", firsts);
    }

    /** The help screen's heading for a scope, naming the key that opens it: "Score grid (c)". */
    public String title(Scope scope) {
        Action opener = scope.opener();
        return opener == null || keys.get(opener).isEmpty() ? scope.title() : scope.title() + " (" + key(opener) + ")";
    }

    /** One row per action of a scope for the help screen: its keys, then what they do. */
    public List<String[]> help(Scope scope) {
        List<String[]> rows = new ArrayList<>();
        for (Action a : Action.values()) {
            if (a.scope() != scope || a.shownWith().isEmpty()) continue;
            String shown = a.shownWith().size() > 1 ? label(a) : String.join(", ", keys.get(a));
            if (!shown.isEmpty()) rows.add(new String[] {shown, a.description()});
        }
        return rows;
    }

    /** The short hints for the bar: "key word" for each hinted action of the scope and the global ones. */
    public List<String> hints(Scope scope) {
        return hints(scope, Set.of());
    }

    /** The hint bar's words for a scope, less the actions that are off just now (sending while judging a run). */
    public List<String> hints(Scope scope, Set<Action> off) {
        List<String> out = new ArrayList<>();
        for (Action a : Action.values()) {
            if ((a.scope() == scope || a.scope() == Scope.GLOBAL) && a.hinted() && !keys.get(a).isEmpty() && !off.contains(a)) {
                out.add(hint(a));
            }
        }
        return out;
    }

    /** One action's hint as the bar shows it: "c scores". */
    public String hint(Action a) {
        return label(a) + " " + a.hint();
    }
}
