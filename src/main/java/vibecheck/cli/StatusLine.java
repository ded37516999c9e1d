package vibecheck.cli;

import java.io.PrintStream;
import java.util.Locale;
import vibecheck.text.Spinner;
import vibecheck.text.TerminalSanitizer;
import vibecheck.ui.CellWidth;

/**
 * One line of a command's progress, redrawn in place on a terminal ({@code run}, {@code judge-llm}): a turning mark
 * and the text, sanitized (it may name a suite's items) and cut to the terminal's width, at most ten times a second.
 */
final class StatusLine {
    /** The line is drawn again at most this often. */
    static final long FRAME_NANOS = 100_000_000L;

    private final PrintStream out;
    private final int width;
    private final long startedAt = System.nanoTime();
    private int frame;
    private boolean drawn;
    private long lastFrame;

    StatusLine(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    /** Whether the line may be drawn again now. */
    boolean due(long now) {
        return now - lastFrame >= FRAME_NANOS;
    }

    /** How long since the command began. */
    long elapsed(long now) {
        return now - startedAt;
    }

    void draw(String text) {
        String line = Spinner.frame(frame++) + " " + text;
        // the program's own cursor moves go out with it: the text itself is sanitized
        SafePrintStream.control(out, "\r\u001b[2K" + CellWidth.fit(TerminalSanitizer.label(line, 1000), width - 1));
        out.flush();
        drawn = true;
        lastFrame = System.nanoTime();
    }

    /** Clears the line, if drawn (before a line that must stay, or the closing summary). */
    void clear() {
        if (!drawn) return;
        SafePrintStream.control(out, "\r\u001b[2K");
        out.flush();
        drawn = false;
    }

    /** "m:ss", or "h:mm:ss" from an hour on. */
    static String clock(long nanos) {
        long s = nanos / 1_000_000_000L;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** What is left at the pace so far ({@code done} in {@code elapsed}), or "–" before anything is done. */
    static String eta(long elapsed, int done, int left) {
        return done <= 0 ? "–" : clock((long) ((double) elapsed / done * left));
    }
}
