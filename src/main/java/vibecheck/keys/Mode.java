package vibecheck.keys;

/** Where keys go: the prompt line, the panels, or anywhere (checked first). */
public enum Mode {
    GLOBAL,
    PROMPT,
    PANELS,
    /** Writing a note on a reply: keys edit the note; Enter saves it, Esc drops it. */
    NOTE,
    /** The model picker is open. */
    PICKER,
    /** The score grid (c) is open: arrows move between criteria and panels; scores, notes and votes work in it. */
    GRID,
    /** The list of past sessions (o) is open: typing filters it. */
    SESSIONS,
    /** A question before something that cannot be undone (quit or cancel every reply while replies stream). */
    CONFIRM
}
