package vibecheck.core;

import java.util.ArrayList;
import java.util.List;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.discovery.ConfigWriter;
import vibecheck.discovery.Discovery;
import vibecheck.discovery.Found;
import vibecheck.discovery.Probe;
import vibecheck.keys.Action;
import vibecheck.keys.Mode;
import vibecheck.protocol.Protocols;
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
        s.mode = Mode.PICKER;
        s.status = s.picker.empty() ? "" : "Space chooses, Enter starts";
    }

    static void key(UiState s, Action a, List<Effect> fx) {
        Picker p = s.picker;
        switch (a) {
            case PICK_UP -> p.move(-1);
            case PICK_DOWN -> p.move(1);
            case PICK_TOGGLE -> {
                String problem = p.toggle();
                if (problem != null) s.status = problem;
            }
            case PICK_START -> {
                if (p.chosen.isEmpty()) {
                    s.status = p.empty() ? "no models found: d starts the demo" : "choose at least one model with Space first";
                    return;
                }
                start(s, picks(p.chosenEntries()), false);
            }
            case PICK_WRITE -> {
                if (p.chosen.isEmpty()) {
                    s.status = "choose the models to write first (Space)";
                    return;
                }
                fx.add(new Effect.WriteConfig(ConfigWriter.render(picks(p.chosenEntries()))));
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
                    s.status = "choose a model first (Space, then Enter), or d for the demo, q to quit";
                    return;
                }
                s.overlay = UiState.Overlay.NONE;
                s.mode = Mode.PANELS;
            }
            default -> { }
        }
    }

    /** The demo server is up: a session with the demo models, named as such. */
    static void demo(UiState s, String baseUrl) {
        Probe server = new Probe(DEMO_SERVER, "ollama", baseUrl, null, "built-in demo (offline, canned answers)");
        List<ConfigWriter.Pick> picks = new ArrayList<>();
        for (var m : vibecheck.demo.DemoServer.MODELS) picks.add(new ConfigWriter.Pick(server, m.name(), m.name()));
        start(s, picks, true);
        s.status = "demo: built-in offline models with canned answers — try a message, then 1-5 to score";
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

    private static void start(UiState s, List<ConfigWriter.Pick> picks, boolean demo) {
        List<Contestant> contestants = new ArrayList<>();
        for (ConfigWriter.Pick p : picks) {
            ServerConfig server = Discovery.serverOf(p.server());
            ModelConfig model = new ModelConfig(p.name(), server.id(), p.model(), s.defaultTemperature,
                    vibecheck.config.Defaults.MAX_TOKENS, null);
            contestants.add(new Contestant(model, server, Protocols.create(server, s.env)));
        }
        Session old = s.session;
        s.replaceSession(new Session(contestants, old.program(), old.clock()));
        s.demo = demo;
        s.picker = null;
        s.overlay = UiState.Overlay.NONE;
        s.mode = Mode.PROMPT;
        s.status = "";
    }
}
