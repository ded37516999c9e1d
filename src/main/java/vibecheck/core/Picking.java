package vibecheck.core;

import java.util.ArrayList;
import java.util.List;
import vibecheck.discovery.ConfigWriter;
import vibecheck.discovery.Found;
import vibecheck.discovery.Probe;
import vibecheck.keys.Action;
import vibecheck.keys.Mode;
import vibecheck.stream.Contestant;

/** The model picker's keys and answers. Part of {@link Update}. */
final class Picking {
    static final String DEMO_SERVER = "demo";

    private Picking() {}

    static void discovered(UiState s, List<Found> found) {
        List<String> current = new ArrayList<>();
        for (Contestant c : s.session.contestants()) current.add(c.server().id() + "/" + c.model().model());
        s.picker = new Picker(found, current);
        s.overlay = UiState.Overlay.PICKER;
        s.status = s.picker.empty() ? "" : s.keymap.key(Action.PICK_TOGGLE) + " chooses, " + s.keymap.key(Action.PICK_START) + " starts";
    }

    static void key(UiState s, Action a, Msg.Key k, List<Effect> fx) {
        Picker p = s.picker;
        s.status = "";
        if (a == null || p == null) return;
        switch (a) {
            case PICK_QUIT -> Update.quit(s, fx);
            case PICK_UP -> p.move(-1);
            case PICK_DOWN -> p.move(1);
            case PICK_TOGGLE -> {
                String problem = p.toggle();
                if (problem != null) s.status = problem;
            }
            case PICK_START -> {
                if (p.chosen.isEmpty()) {
                    s.status = p.empty() ? "no models found: " + s.keymap.key(Action.PICK_DEMO) + " starts the demo"
                            : "choose at least one model with " + s.keymap.key(Action.PICK_TOGGLE) + " first";
                    return;
                }
                fx.add(new Effect.StartSession(picks(p.chosenEntries()), false));
            }
            case PICK_WRITE -> {
                if (p.chosen.isEmpty()) {
                    s.status = "choose the models to write first (" + s.keymap.key(Action.PICK_TOGGLE) + ")";
                    return;
                }
                fx.add(new Effect.WriteConfig(picks(p.chosenEntries())));
            }
            case PICK_DEMO -> {
                s.status = "starting the demo…";
                fx.add(new Effect.StartDemo());
            }
            case PICK_AGAIN -> {
                s.status = "looking for model servers…";
                fx.add(new Effect.Discover());
            }
            case PICK_HELP -> {
                s.overlay = UiState.Overlay.HELP;
                s.helpPage = 0;
            }
            case PICK_CLOSE -> {
                if (s.session.contestants().isEmpty()) {
                    s.status = "choose a model first (" + s.keymap.key(Action.PICK_TOGGLE) + ", then " + s.keymap.key(Action.PICK_START)
                            + "), or " + s.keymap.key(Action.PICK_DEMO) + " for the demo, " + s.keymap.key(Action.PICK_QUIT) + " to quit";
                    return;
                }
                s.picker = null;
                s.overlay = UiState.Overlay.NONE;
                s.mode = Mode.PANELS;
            }
            default -> { }
        }
    }

    /** The demo server is up: a session with the demo models, named as such. */
    static void demo(UiState s, String baseUrl, List<Effect> fx) {
        Probe server = new Probe(DEMO_SERVER, "ollama", baseUrl, null, "built-in demo (offline, canned answers)");
        List<ConfigWriter.Pick> picks = new ArrayList<>();
        for (var m : vibecheck.demo.DemoServer.MODELS) picks.add(new ConfigWriter.Pick(server, m.name(), m.name()));
        fx.add(new Effect.StartSession(picks, true));
    }

    private static List<ConfigWriter.Pick> picks(List<Picker.Entry> entries) {
        List<String[]> ids = new ArrayList<>();
        for (Picker.Entry e : entries) ids.add(new String[] {e.server().probe().name(), e.model().id()});
        List<String> names = ConfigWriter.names(ids);
        List<ConfigWriter.Pick> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(new ConfigWriter.Pick(entries.get(i).server().probe(), entries.get(i).model().id(), names.get(i)));
        }
        return out;
    }

    /** The contestants picked (or the demo's) are ready: a new session with them. */
    static void ready(UiState s, Msg.SessionReady m) {
        Session old = s.session;
        s.replaceSession(new Session(m.contestants(), old.program(), old.clock()));
        s.demo = m.demo();
        s.picker = null;
        s.overlay = UiState.Overlay.NONE;
        s.mode = Mode.PROMPT;
        s.status = m.demo() ? "demo: built-in offline models with canned answers — try a message, then "
                + s.keymap.label(Action.SCORE_1) + " to score" : "";
    }
}
