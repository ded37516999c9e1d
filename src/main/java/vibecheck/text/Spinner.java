package vibecheck.text;

/** The turning mark beside something under way, the same in the full screen and on a command's progress line. */
public final class Spinner {
    private static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    private Spinner() {}

    /** The mark for a frame count (any int, negative included). */
    public static char frame(int n) {
        return FRAMES.charAt(Math.floorMod(n, FRAMES.length()));
    }
}
