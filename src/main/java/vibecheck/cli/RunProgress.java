package vibecheck.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vibecheck.batch.SlotRun;
import vibecheck.core.Reply;
import vibecheck.core.Turn;
import vibecheck.stream.ReplyState;
import vibecheck.ui.CellWidth;

/**
 * What a run shows while it goes: on a terminal one line redrawn in place (done/total, failures, replies streaming
 * now, elapsed time and an estimate of what is left); otherwise one plain line per reply as it ends.
 */
final class RunProgress {
    private static final long FRAME_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean live;
    private final int width;
    private final int total;
    private final long startedAt = System.nanoTime();
    private int doneBefore;
    private int failedBefore;
    private int keptTotal;
    private SlotRun current;
    private Set<String> finalAtStart = new HashSet<>();
    private final Set<String> printed = new HashSet<>();
    private long lastFrame;
    private int frame;

    RunProgress(PrintStream out, boolean live, int width, int total) {
        this.out = out;
        this.live = live;
        this.width = width;
        this.total = total;
    }

    /** A conversation begins: what it already holds counts as done. */
    void begin(SlotRun slot) {
        current = slot;
        finalAtStart = new HashSet<>();
        printed.clear();
        for (Turn t : slot.session().turns()) for (Reply r : t.replies()) if (r.state().isFinal()) finalAtStart.add(r.id());
        keptTotal += finalAtStart.size();
    }

    /** The conversation is over: its replies join the totals. */
    void end() {
        tick();
        for (Turn t : current.session().turns()) {
            for (Reply r : t.replies()) {
                if (!r.state().isFinal()) continue;
                doneBefore++;
                if (r.state() != ReplyState.FINISHED) failedBefore++;
            }
        }
        current = null;
    }

    void tick() {
        if (current == null) return;
        if (!live) {
            printEnded();
            return;
        }
        long now = System.nanoTime();
        if (now - lastFrame < FRAME_NANOS) return;
        lastFrame = now;
        draw(now);
    }

    /** Clears the live line before the closing summary. */
    void finish() {
        if (live && lastFrame != 0) {
            SafePrintStream.control(out, "\r\u001b[2K");
            out.flush();
        }
    }

    private void printEnded() {
        // each line numbers its own reply: those already ended (before, or printed), then one more per line
        int done = doneBefore;
        for (Turn t : current.session().turns()) {
            for (Reply r : t.replies()) if (r.state().isFinal() && (finalAtStart.contains(r.id()) || printed.contains(r.id()))) done++;
        }
        for (Turn t : current.session().turns()) {
            for (Reply r : t.replies()) {
                if (!r.state().isFinal() || finalAtStart.contains(r.id()) || !printed.add(r.id())) continue;
                done++;
                String where = current.slot().item().id() + (current.slot().item().turns().size() > 1 ? " #" + t.index() : "")
                        + " " + current.slot().system().name() + " r" + current.slot().repeat();
                int names = current.session().contestants().stream().mapToInt(c -> CellWidth.of(c.name())).max().orElse(4);
                out.println("[" + done + "/" + total + "] " + where + "  " + ReplyReport.summary(r, names));
            }
        }
        out.flush();
    }

    private void draw(long now) {
        int done = doneBefore;
        int failed = failedBefore;
        int streaming = 0;
        for (Turn t : current.session().turns()) {
            for (Reply r : t.replies()) {
                if (r.state().isFinal()) {
                    done++;
                    if (r.state() != ReplyState.FINISHED) failed++;
                } else if (r.state() == ReplyState.STREAMING || r.state() == ReplyState.LOADING) {
                    streaming++;
                }
            }
        }
        long elapsed = now - startedAt;
        int doneNow = done - keptTotal;
        String eta = doneNow <= 0 ? "–" : clock((long) ((double) elapsed / doneNow * (total - done)));
        String line = vibecheck.text.Spinner.frame(frame++) + " " + done + "/" + total + " done · " + failed + " failed · "
                + streaming + " streaming · " + clock(elapsed) + " elapsed · ETA " + eta + " · " + current.slot().item().id();
        // the item id comes from a suite file: sanitized here, as the line goes out with the program's own cursor moves
        SafePrintStream.control(out, "\r\u001b[2K" + CellWidth.fit(vibecheck.text.TerminalSanitizer.label(line, 1000), width - 1));
        out.flush();
    }

    static String clock(long nanos) {
        long s = nanos / 1_000_000_000L;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
