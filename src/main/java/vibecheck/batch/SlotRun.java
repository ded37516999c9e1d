package vibecheck.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vibecheck.core.Reply;
import vibecheck.core.Session;
import vibecheck.runner.SessionFile;
import vibecheck.runner.StreamRunner;
import vibecheck.stream.Contestant;
import vibecheck.stream.ReplyState;
import vibecheck.transcript.Transcript;

/**
 * One conversation of a run: the item's messages sent in order, each after every contestant's previous reply, into
 * its own transcript. Resuming, a reply whose hash matches a finished one in the saved transcript is kept (and so is
 * a failed one, unless failures are retried); everything else is asked for again, the earlier attempt kept under
 * {@code regenerated}. A contestant whose reply did not finish is not sent the turns after it.
 */
public final class SlotRun {
    private final Slot slot;
    private final String suite;
    private final Session session;
    private final Transcript saved;
    private final SessionFile file;
    private final boolean retryFailed;
    private final boolean sequential;

    private SlotRun(Slot slot, String suite, Session session, Transcript saved, SessionFile file, boolean retryFailed,
                    boolean sequential) {
        this.slot = slot;
        this.suite = suite;
        this.session = session;
        this.saved = saved;
        this.file = file;
        this.retryFailed = retryFailed;
        this.sequential = sequential;
    }

    /**
     * Why an earlier run's transcript for this conversation cannot be carried on by this run, or null when it can:
     * other contestants, or an item whose messages or system prompt have changed since.
     */
    public static String mismatch(Slot slot, List<Contestant> contestants, RunFolder.Saved s) {
        Transcript t = s.transcript();
        String name = s.file().getFileName().toString();
        List<String> names = t.turns().get(0).replies().stream().map(Transcript.Reply::contestant).toList();
        if (!new HashSet<>(names).equals(contestants.stream().map(Contestant::name).collect(Collectors.toSet()))
                || names.size() != contestants.size()) {
            return name + " was run with " + String.join(", ", names) + "; this run has "
                    + String.join(", ", contestants.stream().map(Contestant::name).toList());
        }
        List<String> messages = slot.item().turns();
        if (t.turns().size() > messages.size()) return name + " has more turns than item " + slot.item().id() + " has now";
        for (int i = 0; i < t.turns().size(); i++) {
            Transcript.Turn turn = t.turns().get(i);
            if (turn.replies() == null || turn.replies().size() != names.size()) return name + ": turn " + (i + 1) + " lacks replies";
            for (int j = 0; j < names.size(); j++) {
                if (!names.get(j).equals(turn.replies().get(j).contestant())) return name + ": turn " + (i + 1) + " has its replies in another order";
            }
            if (!messages.get(i).equals(turn.message())) return "item " + slot.item().id() + "'s message " + (i + 1) + " differs from " + name;
            String text = turn.systemPrompt() == null || turn.systemPrompt().text() == null ? "" : turn.systemPrompt().text();
            if (!slot.system().text().equals(text)) return "system prompt " + slot.system().name() + " differs from the one in " + name;
        }
        return null;
    }

    /** A conversation to run: carried on from {@code saved} when an earlier run left one (checked with {@link #mismatch}). */
    public static SlotRun prepare(Slot slot, String suite, List<Contestant> contestants, RunFolder.Saved saved, Path path,
                                  boolean retryFailed, boolean sequential, String program, Clock clock, PrintStream err) {
        Session session;
        if (saved == null) {
            session = new Session(contestants, program, clock);
        } else {
            Map<String, Contestant> byName = contestants.stream().collect(Collectors.toMap(Contestant::name, Function.identity()));
            List<Contestant> inFileOrder = saved.transcript().turns().get(0).replies().stream().map(r -> byName.get(r.contestant())).toList();
            session = Session.restore(saved.transcript(), inFileOrder, clock);
        }
        session.schedule(sequential ? vibecheck.config.Schedule.SEQUENTIAL : vibecheck.config.Schedule.PARALLEL);
        return new SlotRun(slot, suite, session, saved == null ? null : saved.transcript(), new SessionFile(session, path, err),
                retryFailed, sequential);
    }

    public Session session() {
        return session;
    }

    public Slot slot() {
        return slot;
    }

    public boolean saveFailed() {
        return file.failed();
    }

    /** Sends what is missing, turn by turn, until done or the runner is stopped; a complete conversation's file is left as it was. */
    public void run(StreamRunner runner, Runnable progress) {
        try {
            List<String> messages = slot.item().turns();
            for (int t = 0; t < messages.size() && runner.stopped() == null; t++) {
                boolean newTurn = t >= session.turns().size();
                List<Session.Outgoing> out = newTurn ? fresh(t, messages.get(t)) : again(t);
                if (out.isEmpty()) {
                    if (newTurn) file.save(); // a turn no one could be asked in still shows, with why
                    continue;
                }
                runner.start(session, out, sequential);
                runner.await(file, progress);
            }
        } finally {
            file.release();
        }
    }

    /** A turn the saved transcript has: who must be asked again. */
    private List<Session.Outgoing> again(int t) {
        List<Session.Outgoing> out = new ArrayList<>();
        for (int i = 0; i < session.contestants().size(); i++) {
            if (!previousFinished(t, i)) continue;
            Contestant c = session.contestants().get(i);
            String hash = ReplyHash.of(c, session.requestFor(t, i, null), slot.repeat());
            if (keeps(saved.turns().get(t).replies().get(i), hash)) continue; // the turns there were at the start are the saved ones
            Session.Outgoing o = session.regenerate(t, i, null);
            session.tag(o.replyId(), tag(hash));
            out.add(o);
        }
        return out;
    }

    /** A turn not yet asked: everyone whose conversation is still going is asked. */
    private List<Session.Outgoing> fresh(int t, String message) {
        List<Session.Outgoing> out = new ArrayList<>();
        List<Session.Outgoing> all = session.addTurn(message, slot.system(), null);
        for (int i = 0; i < all.size(); i++) {
            Session.Outgoing o = all.get(i);
            if (!previousFinished(t, i)) {
                session.tag(o.replyId(), tag(null));
                session.cancel(o.replyId(), "not sent: the reply to message " + t + " did not finish");
                continue;
            }
            session.tag(o.replyId(), tag(ReplyHash.of(o.contestant(), o.request(), slot.repeat())));
            out.add(o);
        }
        return out;
    }

    private boolean previousFinished(int t, int contestant) {
        if (t == 0) return true;
        Reply before = session.turns().get(t - 1).replies().get(contestant);
        return before.state() == ReplyState.FINISHED;
    }

    /** Whether a saved reply stands: finished under the same hash, or failed under it and failures are not retried. */
    private boolean keeps(Transcript.Reply r, String hash) {
        if (r == null || r.run() == null || r.run().hash() == null) return false;
        if (!hash.equals(r.run().hash())) return false;
        if ("finished".equals(r.state())) return true;
        return !retryFailed && ("failed".equals(r.state()) || "interrupted".equals(r.state()));
    }

    private Transcript.RunTag tag(String hash) {
        return new Transcript.RunTag(suite, slot.item().id(), slot.repeat(), hash, slot.item().criteria(), slot.item().reference());
    }
}
