package vibecheck.core;

import java.util.List;

/** What {@link Update} asks the app to do; the app carries these out, so the update itself does no I/O. */
public sealed interface Effect {
    /** Start replies; {@code sequential}: one after another, in order, instead of all at once. */
    record Start(List<Session.Outgoing> replies, boolean sequential) implements Effect {
        public Start(List<Session.Outgoing> replies) {
            this(replies, false);
        }
    }

    record Cancel(String replyId) implements Effect {}

    record CancelAll() implements Effect {}

    record Save() implements Effect {}

    record OpenEditor(String text) implements Effect {}

    record Redraw() implements Effect {}

    record Quit() implements Effect {}

    /** Look for model servers (off the UI thread); answered by {@link Msg.Discovered}. */
    record Discover() implements Effect {}

    /** Start the built-in demo server; answered by {@link Msg.DemoReady}. */
    record StartDemo() implements Effect {}

    /** Write a config file for the chosen models; answered by {@link Msg.ConfigWritten}. */
    record WriteConfig(java.util.List<vibecheck.discovery.ConfigWriter.Pick> picks) implements Effect {}

    /** A new session with these picked models (the demo's when {@code demo}): the app builds their contestants. */
    record StartSession(java.util.List<vibecheck.discovery.ConfigWriter.Pick> picks, boolean demo) implements Effect {}

    /** Ask each contestant's server whether it can answer (off the UI thread); answered by {@link Msg.ServersChecked}. */
    record CheckServers() implements Effect {}

    /** Put text on the local clipboard through the terminal (OSC 52). */
    record Copy(String text) implements Effect {}

    /** Read the transcripts folder (off the UI thread); answered by {@link Msg.SessionsListed}. */
    record ListSessions() implements Effect {}

    /** Read and restore a saved session (off the UI thread); answered by {@link Msg.SessionOpened}. */
    record OpenSession(java.nio.file.Path path) implements Effect {}

    /** Write the session as Markdown beside its transcript. */
    record Export() implements Effect {}

    /**
     * Ask the LLM judge {@code questions} about turn {@code turn} (0-based) of the session, one after another, off the
     * UI thread; each answer comes back as a {@link Msg.JudgeAnswered}.
     */
    record AskJudge(String sessionId, int turn, vibecheck.llmjudge.JudgeSetup setup, vibecheck.llmjudge.NameRedactor redactor,
                    java.util.List<vibecheck.llmjudge.Question> questions) implements Effect {}
}
