package vibecheck.core;

import java.util.List;
import vibecheck.keys.Action;
import vibecheck.keys.Mode;

/**
 * {@code o}: the past sessions in the transcripts folder, filtered by typing, one opened in place the way
 * {@code vibecheck review} opens it. Part of {@link Update}.
 */
final class Sessions {
    private Sessions() {}

    static void ask(UiState s, List<Effect> fx) {
        if (s.streaming()) {
            s.status = "replies are still streaming: past sessions open once they end";
            return;
        }
        s.status = "reading the transcripts folder…";
        fx.add(new Effect.ListSessions());
    }

    static void listed(UiState s, Msg.SessionsListed m) {
        if (m.problem() != null) {
            s.status = m.problem();
            return;
        }
        s.sessions = m.list();
        s.overlay = UiState.Overlay.SESSIONS;
        s.status = "";
    }

    static void key(UiState s, Action a, Msg.Key k, List<Effect> fx) {
        SessionList list = s.sessions;
        s.status = "";
        if (list == null) return;
        if (a == null) {
            if (k.text() != null) list.type(k.text()); // typing filters: no letter here is a command
            return;
        }
        switch (a) {
            case SESSION_ERASE -> list.backspace();
            case SESSION_UP -> list.move(-1);
            case SESSION_DOWN -> list.move(1);
            case SESSION_CLOSE -> close(s);
            case SESSION_OPEN -> {
                SessionList.Entry e = list.chosen();
                if (e == null) {
                    s.status = "no session matches \"" + list.filter() + "\"";
                } else if (s.streaming()) {
                    s.status = "replies are still streaming: the session opens once they end";
                } else {
                    s.status = "opening " + e.path().getFileName() + "…";
                    fx.add(new Effect.OpenSession(e.path()));
                }
            }
            default -> { }
        }
    }

    static void opened(UiState s, Msg.SessionOpened m) {
        if (m.problem() != null) {
            s.status = m.problem();
            return;
        }
        close(s);
        s.replaceSession(m.session());
        s.demo = false;
        if (s.blind.on() != m.blind()) s.blind.toggle();
        s.status = "opened " + m.path().getFileName() + ": " + m.session().turns().size() + (m.session().turns().size() == 1 ? " turn" : " turns")
                + (m.blind() ? ", blind (never judged, or last judged blind)" : "") + "; scores and new messages are saved into it";
    }

    private static void close(UiState s) {
        s.sessions = null;
        s.overlay = UiState.Overlay.NONE;
        s.mode = Mode.PANELS;
    }
}
