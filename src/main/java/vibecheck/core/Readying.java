package vibecheck.core;

import java.util.List;
import java.util.Objects;

/**
 * What the first screen must say: whether each contestant's server answers (and the way out when none does), and
 * the config's warnings. Part of {@link Update}.
 */
final class Readying {

    private Readying() {}

    static void checked(UiState s, Msg.ServersChecked c) {
        if (!c.sessionId().equals(s.session.id()) || c.problems().size() != s.session.contestants().size()) return;
        s.serverProblems = List.copyOf(c.problems().stream().map(p -> p == null ? "" : p).toList());
        long bad = c.problems().stream().filter(Objects::nonNull).count();
        if (bad == 0) return;
        if (noneAnswers(s) && s.session.turns().isEmpty()) {
            s.status = s.noneAnswers();
        } else if (s.session.turns().isEmpty()) {
            s.status = bad + " of " + c.problems().size() + " models cannot answer: their panels say why";
        } else { // a saved session: the panels show its turns, so the line says it
            int first = 0;
            while (c.problems().get(first) == null) first++;
            String who = s.blind.on() ? "" : " (" + s.session.contestants().get(first).name() + ": " + c.problems().get(first)
                    + (bad > 1 ? ", …" : "") + ")";
            s.status = bad + " of " + c.problems().size() + " models cannot answer a new message" + who;
        }
    }

    /** Whether the check found that no contestant's server is running. */
    static boolean noneAnswers(UiState s) {
        return s.serverProblems != null && !s.serverProblems.isEmpty()
                && s.serverProblems.stream().allMatch(p -> p.startsWith("not running") || p.startsWith("not reachable"));
    }

    /** W: the config's warnings in a box; looked at, they are no longer counted on the status line. */
    static void warnings(UiState s) {
        if (s.configWarnings.isEmpty()) s.status = "the config has no warnings";
        else s.overlay = UiState.Overlay.WARNINGS;
        s.warningsSeen = true;
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
