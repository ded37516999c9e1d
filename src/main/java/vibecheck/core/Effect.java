package vibecheck.core;

import java.util.List;

/** What {@link Update} asks the app to do; the app carries these out, so the update itself does no I/O. */
public sealed interface Effect {
    record Start(List<Session.Outgoing> replies) implements Effect {}

    record Cancel(String replyId) implements Effect {}

    record CancelAll() implements Effect {}

    record Save() implements Effect {}

    record OpenEditor(String text) implements Effect {}

    record Redraw() implements Effect {}

    record Quit() implements Effect {}

    /** Write the session as Markdown beside its transcript. */
    record Export() implements Effect {}
}
