package vibecheck.core;

import vibecheck.stream.ReplyEvent;

/** What the UI thread is told: the only inputs to {@link Update}. */
public sealed interface Msg {
    /** A key, by its canonical name (see {@code keys.KeyName}); {@code text} is the character typed, if any. */
    record Key(String name, String text) implements Msg {}

    record Reply(ReplyEvent event) implements Msg {}

    /**
     * Text pasted between the terminal's paste markers, gathered off the UI thread so that its length costs one
     * insert, not one key and one frame per character; {@code keys} is how many keystrokes it stands for.
     */
    record Paste(String text, int keys) implements Msg {}

    record Resized(int columns, int rows) implements Msg {}

    /** Where each panel stood in the frame just drawn (null: no room for it), so scrolling knows its extent. */
    record Laid(java.util.List<PanelView.Placement> panels) implements Msg {}

    /** Time passes while something streams: the spinner turns. */
    record Tick() implements Msg {}

    /** The external editor closed; {@code text} is null when it could not be run. */
    record EditorDone(String text, String problem) implements Msg {}

    /** What a look for model servers found. */
    record Discovered(java.util.List<vibecheck.discovery.Found> found) implements Msg {}

    /** The built-in demo server is up at {@code baseUrl} (or could not start: {@code problem}). */
    record DemoReady(String baseUrl, String problem) implements Msg {}

    /** The contestants of a session picked in the UI, built by the app ({@code demo}: the built-in demo's). */
    record SessionReady(java.util.List<vibecheck.stream.Contestant> contestants, boolean demo) implements Msg {}

    /** The config file was written (or not: {@code problem}). */
    record ConfigWritten(java.nio.file.Path path, String problem) implements Msg {}

    /** What the look at each contestant's server found at start: a problem per contestant (null: it can answer). */
    record ServersChecked(String sessionId, java.util.List<String> problems) implements Msg {}

    /** The transcripts folder was read (or not: {@code problem}). */
    record SessionsListed(SessionList list, String problem) implements Msg {}

    /** A past session was read and restored ({@code blind}: it was never judged), or not: {@code problem}. */
    record SessionOpened(Session session, java.nio.file.Path path, boolean blind, String problem) implements Msg {}

    /** The transcript now says {@code content} (or was not written: {@code problem}, in the operating system's words). */
    record Saved(String sessionId, String content, String problem) implements Msg {}

    /** Another vibecheck writes this session's transcript ({@code what} says which file and who): nothing is taken here. */
    record WrittenElsewhere(String what) implements Msg {}

    /** The Markdown export was written to {@code path} (or not: {@code problem}). */
    record Exported(java.nio.file.Path path, String problem) implements Msg {}

    /** The program is being ended from outside (SIGTERM, SIGHUP): save and go. */
    record Shutdown(String why) implements Msg {}

    /**
     * The LLM judge answered one question about turn {@code turn} ({@code judgement}, as recorded), or could not
     * ({@code failed}); {@code left} questions are still to come.
     */
    record JudgeAnswered(String sessionId, int turn, com.fasterxml.jackson.databind.node.ObjectNode judgement, String failed,
                         int left) implements Msg {}
}
