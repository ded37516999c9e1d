package vibecheck.core;

import java.util.List;
import java.util.Objects;

/** What the look at each contestant's server found at start, and the way out when none answers. Part of {@link Update}. */
final class Readying {

    private Readying() {}

    static void checked(UiState s, Msg.ServersChecked c) {
        if (!c.sessionId().equals(s.session.id()) || c.problems().size() != s.session.contestants().size()) return;
        s.serverProblems = List.copyOf(c.problems().stream().map(p -> p == null ? "" : p).toList());
        long bad = c.problems().stream().filter(Objects::nonNull).count();
        if (bad == 0) return;
        if (noneAnswers(s)) s.status = UiState.NONE_ANSWERS;
        else s.status = bad + " of " + c.problems().size() + " models cannot answer: their panels say why";
    }

    /** Whether the check found that no contestant's server is running. */
    static boolean noneAnswers(UiState s) {
        return s.serverProblems != null && !s.serverProblems.isEmpty()
                && s.serverProblems.stream().allMatch(p -> p.startsWith("not running") || p.startsWith("not reachable"));
    }

    static void demo(UiState s, List<Effect> fx) {
        if (s.streaming()) {
            s.status = "replies are still streaming: the demo starts a new session once they end";
            return;
        }
        s.status = "starting the demo…";
        fx.add(new Effect.StartDemo());
    }
}
