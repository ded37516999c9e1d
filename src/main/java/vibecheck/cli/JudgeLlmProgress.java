package vibecheck.cli;

import java.io.PrintStream;

/**
 * What {@code judge-llm} shows while it goes, as {@code run} does: on a terminal one line redrawn in place
 * (done/total, unparsed, failed, elapsed, an estimate of what is left, the file); otherwise one plain line per
 * question as it is answered. Lines name replies by position, never by contestant: the person may judge them blind.
 */
final class JudgeLlmProgress {
    private final PrintStream out;
    private final boolean live;
    private final StatusLine line;
    private final int total;
    private int done;
    int unparsed;
    int failed;
    int inconsistent;
    int scores;
    int pairs;
    private String where = "";

    JudgeLlmProgress(PrintStream out, boolean live, int width, int total) {
        this.out = out;
        this.live = live;
        this.line = new StatusLine(out, width);
        this.total = total;
    }

    /** A question is being asked (the live line shows where). */
    void asking(String where) {
        this.where = where;
        if (live) draw(where);
    }

    /** While an answer is awaited: the live line turns and its clock moves, ten times a second at most. */
    void tick() {
        if (live && line.due(System.nanoTime())) draw(where);
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
    void note(String text) {
        line.clear();
        out.println(text);
        out.flush();
    }

    void finish() {
        line.clear();
    }

    private void draw(String where) {
        long elapsed = line.elapsed(System.nanoTime());
        line.draw(done + "/" + total + " judged · " + unparsed + " unparsed · " + failed + " failed · "
                + StatusLine.clock(elapsed) + " elapsed · ETA " + StatusLine.eta(elapsed, done, total - done) + " · " + where);
    }
}
