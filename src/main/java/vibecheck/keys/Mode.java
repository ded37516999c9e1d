package vibecheck.keys;

/** Where keys go: the prompt line, the panels, or anywhere (checked first). */
public enum Mode {
    GLOBAL,
    PROMPT,
    PANELS
}
