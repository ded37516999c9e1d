package vibecheck.cli;

import java.io.PrintStream;
import java.util.HashSet;
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
    private final PrintStream out;
    private final boolean live;
    private final StatusLine line;
    private final int total;
    private int doneBefore;
    private int failedBefore;
    private int keptTotal;
    private SlotRun current;
    private Set<String> finalAtStart = new HashSet<>();
    private final Set<String> printed = new HashSet<>();

    RunProgress(PrintStream out, boolean live, int width, int total) {
        this.out = out;
        this.live = live;
        this.line = new StatusLine(out, width);
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
        if (line.due(now)) draw(now);
    }

    /** Clears the live line before the closing summary. */
    void finish() {
        line.clear();
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
        long elapsed = line.elapsed(now);
        // the ETA counts only what this run did, not what an earlier one left done
        line.draw(done + "/" + total + " done · " + failed + " failed · " + streaming + " streaming · " + StatusLine.clock(elapsed)
                + " elapsed · ETA " + StatusLine.eta(elapsed, done - keptTotal, total - done) + " · " + current.slot().item().id());
    }
}
