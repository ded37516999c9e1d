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
    /** A question before something that cannot be undone (quit or cancel every reply while replies stream). */
    CONFIRM
}
