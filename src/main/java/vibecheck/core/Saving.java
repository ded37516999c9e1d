package vibecheck.core;

/**
 * What a save's outcome changes: the session remembers what was written (so an unchanged session is not written
 * again), a failure is said in the status and kept until a save succeeds, and a transcript that another vibecheck
 * writes makes this session read-only. Part of {@link Update}; the writing itself happens off the UI thread.
 */
final class Saving {
    private Saving() {}

    static void saved(UiState s, Msg.Saved m) {
        if (m.problem() != null) {
            s.saveProblem = m.problem();
            s.status = m.problem();
            return;
        }
        if (m.sessionId().equals(s.session.id())) s.session.saved(m.content());
        if (s.saveProblem != null) s.status = "transcript saved again";
        s.saveProblem = null;
    }

    static void writtenElsewhere(UiState s, Msg.WrittenElsewhere m) {
        s.readOnly = m.what();
        s.status = "read-only: " + s.readOnly + "; scores, votes and messages here would not be saved, so none are taken";
    }
}
