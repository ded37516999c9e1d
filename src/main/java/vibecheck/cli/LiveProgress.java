package vibecheck.cli;

import java.io.PrintStream;
import vibecheck.core.Reply;
import vibecheck.core.Turn;
import vibecheck.stream.ReplyState;
import vibecheck.ui.CellWidth;
import vibecheck.text.Secrets;
import vibecheck.text.TerminalSanitizer;

/** On a terminal, one line per contestant redrawn in place: state, metrics so far, and the newest text. */
final class LiveProgress {
    private static final long FRAME_NANOS = 100_000_000L;

    private final PrintStream out;
    private final int width;
    private int drawnLines;
    private long lastFrame;
    private int frame;
    private String last = "";

    LiveProgress(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    /** Redraws if a frame is due (at most ten a second) or {@code force}, and only when something changed. */
    void draw(Turn turn, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastFrame < FRAME_NANOS) return;
        lastFrame = now;
        frame++;
        int nameWidth = turn.replies().stream().mapToInt(r -> CellWidth.of(ModelsCommand.name(r.contestant().name()))).max().orElse(4);
        StringBuilder sb = new StringBuilder();
        for (Reply r : turn.replies()) sb.append(line(r, nameWidth)).append('\n');
        String text = sb.toString();
        if (text.equals(last) && !force) return;
        last = text;
        StringBuilder frameOut = new StringBuilder();
        if (drawnLines > 0) frameOut.append("\u001b[").append(drawnLines).append('A');
        for (String l : text.split("\n", -1)) {
            if (l.isEmpty()) continue;
            // names, states and text are sanitized here: the frame goes out whole, with its own cursor moves
            frameOut.append('\r').append("\u001b[2K").append(TerminalSanitizer.clean(Secrets.redact(l))).append('\n');
        }
        drawnLines = turn.replies().size();
        SafePrintStream.control(out, frameOut.toString());
        out.flush();
    }

    private String line(Reply r, int nameWidth) {
        ReplyState s = r.state();
        String mark = s.isFinal() ? (s == ReplyState.FINISHED ? "✓" : "✗")
                : String.valueOf(vibecheck.text.Spinner.frame(frame));
        String head = mark + " " + ReplyReport.pad(ModelsCommand.name(r.contestant().name()), nameWidth) + "  "
                + String.format("%-11s", s.label()) + " " + ReplyReport.metrics(r.metrics()).stripTrailing();
        if (!s.isFinal()) head = mark + " " + ReplyReport.pad(ModelsCommand.name(r.contestant().name()), nameWidth) + "  "
                + String.format("%-11s", s.label()) + " " + r.textLength() + " chars";
        int room = width - 1 - CellWidth.of(head) - 3;
        String tail = r.error() != null ? r.error() : r.text();
        if (room > 8 && !tail.isEmpty()) head += " │ " + tailFit(tail, room);
        return CellWidth.fit(head, width - 1);
    }

    /** The end of {@code s} on one line, fitted into {@code columns}. */
    static String tailFit(String s, int columns) {
        String from = s.length() > columns * 4 ? s.substring(s.length() - columns * 4) : s;
        String flat = TerminalSanitizer.clean(from).replace('\n', ' ').replace('\t', ' ');
        int w = 0;
        int start = flat.length();
        while (start > 0) {
            int cp = flat.codePointBefore(start);
            int cw = CellWidth.of(cp);
            if (w + cw > columns) break;
            w += cw;
            start -= Character.charCount(cp);
        }
        return flat.substring(start);
    }
}
