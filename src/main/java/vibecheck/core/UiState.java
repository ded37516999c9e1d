package vibecheck.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.SystemPrompt;
import vibecheck.keys.Keymap;
import vibecheck.keys.Mode;
import vibecheck.keys.Scope;

/** Everything the screen shows, owned by the UI thread and changed only by {@link Update}. */
public final class UiState {
    /** What the screen offers when no configured server answers. */
    /** What to do when no server answers, naming the keys in force. */
    public String noneAnswers() {
        return "no server answers: " + keymap.key(vibecheck.keys.Action.TO_PANELS) + ", then " + keymap.key(vibecheck.keys.Action.MODELS)
                + " picks models running here, " + keymap.key(vibecheck.keys.Action.DEMO) + " starts the demo";
    }

    /**
     * A box over the panels, each one unit: the scope of its keys (their bindings, hints and help) and what they do.
     * Its painter is the renderer's entry for it. A new box is one constant here, its keys in {@code keys.Action},
     * and its painter.
     */
    public enum Overlay {
        NONE(null, null),
        HELP(Scope.HELP, Anywhere::helpKey),
        CONFIRM_QUIT(Scope.CONFIRM, Confirming::key),
        SCORES(Scope.GRID, Grid::key),
        PICKER(Scope.PICKER, Picking::key),
        CONFIRM_CANCEL(Scope.CONFIRM, Confirming::key),
        WARNINGS(Scope.WARNINGS, Anywhere::closeOnAnyKey),
        SESSIONS(Scope.SESSIONS, Sessions::key),
        TEXT(Scope.READER, Verdict::key);

        private final Scope scope;
        private final Keys keys;

        Overlay(Scope scope, Keys keys) {
            this.scope = scope;
            this.keys = keys;
        }

        public Scope scope() {
            return scope;
        }

        Keys keys() {
            return keys;
        }
    }

    /** What a box does with a key: {@code action} is what the keymap found in the box's scope, or null. */
    interface Keys {
        void key(UiState s, vibecheck.keys.Action action, Msg.Key key, List<Effect> fx);
    }

    /** The keys in force: the open box's, a note's while one is written (in the grid too), else the mode's. */
    public Scope scope() {
        if (mode == Mode.NOTE) return Scope.NOTE;
        if (overlay != Overlay.NONE) return overlay.scope;
        return mode == Mode.PROMPT ? Scope.PROMPT : Scope.PANELS;
    }

    /** A box of text to read (the verdict, a reference answer): its title, its lines, and where it is scrolled. */
    public record TextBox(String title, List<String> lines) {}

    public TextBox textBox;
    public int textTop;

    public Session session;
    public final List<SystemPrompt> systemPrompts;
    public final Keymap keymap;
    public final Double temperatureOverride;
    public final double defaultTemperature;
    public final PromptEditor prompt = new PromptEditor();
    /** The free-text note being written (mode NOTE), and the reply it is for. */
    public final PromptEditor note = new PromptEditor();
    public String noteFor;
    public final List<vibecheck.config.Criterion> criteria;
    public int criterion;
    public Blind blind;
    /** The model picker, while it is open (or before any model is chosen). */
    public Picker picker;
    /** Where to look for model servers when the picker opens. */
    public List<vibecheck.discovery.Probe> probes = List.of();
    /** The environment, for the API keys of newly picked servers. */
    public java.util.Map<String, String> env = java.util.Map.of();
    /** Replies one after another instead of all at once (comparable speeds on one GPU). */
    public boolean sequential;
    /**
     * Why this session's transcript cannot be written here (another vibecheck writes it), or null. While set, nothing
     * that would change the transcript is accepted, so no score is shown that is not saved.
     */
    public String readOnly;
    /** The last save's failure, in the operating system's words, until a save succeeds; null when saved. */
    public String saveProblem;
    /** The contestants are the built-in demo models. */
    public boolean demo;
    /** The run being judged item by item ({@code vibecheck judge}), or null in an ordinary session. */
    public JudgeRun judge;
    /** The turn scores and votes go to: -1 follows the newest turn. */
    public int selectedTurn = -1;
    /** The LLM judge {@code J} asks (null: the config has none), and how many of its questions are still out. */
    public vibecheck.llmjudge.JudgeSetup llmJudge;
    public int judgeQuestionsLeft;
    public final List<PanelView> panels = new ArrayList<>();
    final Map<String, ReplyDisplay> displays = new HashMap<>();

    public int systemPrompt;
    public Mode mode = Mode.PROMPT;
    public int focus;
    public boolean zoom;
    public Overlay overlay = Overlay.NONE;
    public String status = "";
    public int interrupts;
    public int columns = 80;
    public int rows = 24;
    public int spinner;
    public int helpPage;
    /** Between the terminal's paste markers: keys are text, Enter a newline. */
    public boolean pasting;
    public boolean quit;
    /** Ask each contestant's server once when the first screen is up (set for a real session; tests opt in). */
    public boolean checkServersAtStart;
    /** Why each contestant (by contestant index) cannot answer; empty when it can. Null until the check has answered. */
    public List<String> serverProblems;
    /** What the config loader warned about (unknown keys…); counted on the status line until looked at. */
    public List<String> configWarnings = List.of();
    public boolean warningsSeen;
    /** The past sessions list, while it is open. */
    public SessionList sessions;

    public UiState(Session session, List<SystemPrompt> systemPrompts, int initialPrompt, Keymap keymap,
                   Double temperatureOverride, double defaultTemperature) {
        this(session, systemPrompts, initialPrompt, keymap, temperatureOverride, defaultTemperature,
                vibecheck.config.Criterion.DEFAULTS, new Blind(session.contestants().size(), vibecheck.config.BlindShuffle.SESSION, new java.util.Random(), false));
    }

    public UiState(Session session, List<SystemPrompt> systemPrompts, int initialPrompt, Keymap keymap,
                   Double temperatureOverride, double defaultTemperature, List<vibecheck.config.Criterion> criteria, Blind blind) {
        this.session = session;
        this.criteria = criteria.isEmpty() ? vibecheck.config.Criterion.DEFAULTS : List.copyOf(criteria);
        this.blind = blind;
        blind.restore(session);
        this.systemPrompts = systemPrompts.isEmpty() ? List.of(SystemPrompt.NONE) : List.copyOf(systemPrompts);
        this.systemPrompt = Math.max(0, Math.min(initialPrompt, this.systemPrompts.size() - 1));
        this.keymap = keymap;
        this.temperatureOverride = temperatureOverride;
        this.defaultTemperature = defaultTemperature;
        for (int i = 0; i < session.contestants().size(); i++) panels.add(new PanelView());
    }

    /** Starts over with a new session (new contestants); the old one stays saved in its own transcript. */
    void replaceSession(Session next) {
        session = next;
        blind = blind.resized(next.contestants().size());
        blind.restore(next); // the orders it was judged in
        panels.clear();
        for (int i = 0; i < next.contestants().size(); i++) panels.add(new PanelView());
        displays.clear();
        focus = 0;
        selectedTurn = -1;
        zoom = false;
        readOnly = null;
        serverProblems = null;
        checkServersAtStart = false;
    }

    public SystemPrompt activeSystemPrompt() {
        return systemPrompts.get(systemPrompt);
    }

    /** The display of a reply, created on first use. */
    public ReplyDisplay display(String replyId) {
        return displays.computeIfAbsent(replyId, id -> {
            ReplyDisplay d = new ReplyDisplay();
            Reply r = session.reply(id);
            if (r != null && r.state().isFinal()) { // a reply from a saved session: shown whole
                if (!r.reasoning().isEmpty()) d.append(r.reasoning(), true);
                d.append(r.text(), false);
                d.end();
                d.whole();
            }
            return d;
        });
    }

    /** The index of the turn being judged, or -1 before the first message. */
    public int judgedTurn() {
        int n = session.turns().size();
        if (n == 0) return -1;
        return selectedTurn < 0 || selectedTurn >= n ? n - 1 : selectedTurn;
    }

    /** The temperature the next message is sent to a contestant with: {@code --temperature}, else its own. */
    public double temperatureOf(int contestant) {
        return temperatureOverride != null ? temperatureOverride : session.contestants().get(contestant).model().temperature();
    }

    /** The temperatures the next message goes out with, each once, lowest first (the default when none is chosen). */
    public java.util.SortedSet<Double> temperatures() {
        java.util.SortedSet<Double> out = new java.util.TreeSet<>();
        for (int i = 0; i < session.contestants().size(); i++) out.add(temperatureOf(i));
        if (out.isEmpty()) out.add(temperatureOverride != null ? temperatureOverride : defaultTemperature);
        return out;
    }

    /** A temperature as people write it: 0.2, 0.25, 1. */
    public static String temperatureWord(double t) {
        return java.math.BigDecimal.valueOf(t).stripTrailingZeros().toPlainString();
    }

    /** Whether the names of the turn on screen are hidden now (blind, and that turn not yet revealed). */
    public boolean namesHidden() {
        int t = judgedTurn();
        return t >= 0 && blind.on() && !blind.revealed(session.turns().get(t), judgedCriterionKeys());
    }

    /** A panel's title: the contestant's name, or its letter while blind (with the name once revealed). */
    public String title(int position) {
        int turn = judgedTurn();
        int contestant = blind.contestantAt(turn, position);
        String name = session.contestants().get(contestant).name();
        String samples = "";
        if (judge != null && judge.item(judge.current()).samples().size() > 1) {
            int n = judge.item(judge.current()).samples().size();
            samples = " · sample " + (judge.sample(judge.current()) + 1) + "/" + n + ", " + judge.identical(judge.current(), contestant)
                    + "/" + n + " identical";
        }
        if (!blind.on()) {
            boolean differ = temperatures().size() > 1; // then each panel says its own (never while blind: it could tell who)
            return name + (differ ? " · temp " + temperatureWord(temperatureOf(contestant)) : "") + samples;
        }
        String letter = Blind.letter(position);
        return (turn >= 0 && blind.revealed(session.turns().get(turn), judgedCriterionKeys()) ? letter + " · " + name : letter) + samples;
    }

    /** What judging a run refuses (nothing is sent while judging): the hint bar does not offer it either. */
    private static final java.util.Set<vibecheck.keys.Action> OFF_WHILE_JUDGING = java.util.EnumSet.of(
            vibecheck.keys.Action.SEND, vibecheck.keys.Action.REGENERATE, vibecheck.keys.Action.REGENERATE_ALL,
            vibecheck.keys.Action.SWEEP, vibecheck.keys.Action.MODELS, vibecheck.keys.Action.NEXT_SYSTEM,
            vibecheck.keys.Action.PREV_SYSTEM, vibecheck.keys.Action.CANCEL, vibecheck.keys.Action.CANCEL_ALL);

    /** The actions that are off just now. */
    public java.util.Set<vibecheck.keys.Action> actionsOff() {
        return judge == null ? java.util.Set.of() : OFF_WHILE_JUDGING;
    }

    public List<String> criterionKeys() {
        return criteria.stream().map(vibecheck.config.Criterion::key).toList();
    }

    /** The criteria the judged turn is scored on: while judging a run, its item's own; otherwise all. */
    public List<String> judgedCriterionKeys() {
        return judge == null ? criterionKeys() : judge.criteria(judge.current, criterionKeys());
    }

    /** Why the contestant in a panel cannot answer, before the first message; null when it can (or before the check). */
    public String serverProblem(int position) {
        if (serverProblems == null || !session.turns().isEmpty()) return null;
        String p = serverProblems.get(blind.contestantAt(-1, position));
        if (p.isEmpty()) return null;
        if (blind.on() && (p.startsWith("not pulled") || p.startsWith("not served"))) {
            return p.substring(0, p.indexOf(':')) + ": its server does not have this panel's model (blind: the name is kept back)";
        }
        return p;
    }

    /** The check at start found no contestant's server running. */
    public boolean noServerAnswers() {
        return Readying.noneAnswers(this);
    }

    public boolean streaming() {
        return session.running() > 0;
    }
}
