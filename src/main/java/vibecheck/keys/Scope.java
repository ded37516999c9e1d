package vibecheck.keys;

/**
 * Where a key is looked up: every key the user can press is an {@link Action} of one scope. Global keys are looked
 * up first, then the scope in front, then (for the prompt line and a note) the keys that edit text. A scope whose
 * typed characters are text never lets a letter be a command.
 */
public enum Scope {
    GLOBAL("Anywhere", null, true),
    PROMPT("Prompt line", null, true),
    EDIT("Editing text", null, true),
    PANELS("Panels", null, false),
    NOTE("Note on a reply", "NOTE", true),
    GRID("Score grid", "SCORE_TABLE", false),
    PICKER("Model picker", "MODELS", false),
    SESSIONS("Past sessions, typing filters", "SESSIONS", true),
    CONFIRM("Questions: other keys say no", null, false),
    HELP("This help", "HELP", false),
    READER("Verdict, reference", "VERDICT", false),
    WARNINGS("Config warnings", "WARNINGS", false);

    private final String title;
    private final String opener;
    private final boolean typesText;

    Scope(String title, String opener, boolean typesText) {
        this.title = title;
        this.opener = opener;
        this.typesText = typesText;
    }

    /** The help screen's heading for this scope's keys. */
    public String title() { return title; }

    /** The action that opens this scope, named in its heading ("Score grid (c)"), or null. */
    public Action opener() { return opener == null ? null : Action.valueOf(opener); }

    /** Whether a typed character is text here (so a one-character key can never be a command in it). */
    public boolean typesText() { return typesText; }

    /** The scope looked up after this one: the text-editing keys behind the prompt line and a note. */
    public Scope behind() {
        return this == PROMPT || this == NOTE ? EDIT : null;
    }
}
