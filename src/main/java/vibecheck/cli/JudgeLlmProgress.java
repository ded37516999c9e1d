package vibecheck.cli;

import java.io.PrintStream;
import vibecheck.ui.CellWidth;

/**
 * What {@code judge-llm} shows while it goes, as {@code run} does: on a terminal one line redrawn in place
 * (done/total, unparsed, failed, elapsed, an estimate of what is left, the file); otherwise one plain line per
 * question as it is answered. Lines name replies by position, never by contestant: the person may judge them blind.
 */
final class JudgeLlmProgress {
    /** The line is drawn again at most this often. */
    private static final long FRAME_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean live;
    private final int width;
    private final int total;
    private final long startedAt = System.nanoTime();
    private int done;
    int unparsed;
    int failed;
    int inconsistent;
    int scores;
    int pairs;
    private int frame;
    private boolean drawn;
    private String where = "";
    private long lastFrame;

    JudgeLlmProgress(PrintStream out, boolean live, int width, int total) {
        this.out = out;
        this.live = live;
        this.width = width;
        this.total = total;
    }

    /** A question is being asked (the live line shows where). */
    void asking(String where) {
        this.where = where;
        if (live) draw(where);
    }

    /** While an answer is awaited: the live line turns and its clock moves, ten times a second at most. */
    void tick() {
        if (live && System.nanoTime() - lastFrame >= FRAME_NANOS) draw(where);
    }

    /** A question was answered ({@code what}: the verdict in words) or failed. */
    void answered(String where, String what, boolean ok) {
        done++;
        if (!ok) failed++;
        if (live) draw(where);
        else {
            out.println("[" + done + "/" + total + "] " + where + ": " + what);
            out.flush();
        }
    }

    /** A line that must stay (a failure, a skipped file): printed above the live line. */
    void note(String line) {
        if (live && drawn) SafePrintStream.control(out, "\r\u001b[2K");
        out.println(line);
        out.flush();
        drawn = false;
    }

    void finish() {
        if (live && drawn) {
            SafePrintStream.control(out, "\r\u001b[2K");
            out.flush();
        }
    }

    private void draw(String where) {
        long elapsed = System.nanoTime() - startedAt;
        String eta = done == 0 ? "–" : RunProgress.clock((long) ((double) elapsed / done * (total - done)));
        String line = vibecheck.text.Spinner.frame(frame++) + " " + done + "/" + total + " judged · " + unparsed + " unparsed · "
                + failed + " failed · " + RunProgress.clock(elapsed) + " elapsed · ETA " + eta + " · " + where;
        SafePrintStream.control(out, "\r\u001b[2K" + CellWidth.fit(vibecheck.text.TerminalSanitizer.label(line, 1000), width - 1));
        out.flush();
        drawn = true;
        lastFrame = System.nanoTime();
    }
}
