package vibecheck.cli;

import java.io.PrintStream;
import java.util.Locale;
import vibecheck.core.Reply;
import vibecheck.core.Turn;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyState;
import vibecheck.ui.CellWidth;
import vibecheck.text.TerminalSanitizer;

/** Prints finished replies and the one-line summaries; all model and server text is sanitized first. */
final class ReplyReport {
    private ReplyReport() {}

    static void printReplies(Turn turn, PrintStream out) {
        for (Reply r : turn.replies()) {
            var c = r.contestant();
            out.println("=== " + ModelsCommand.name(c.name()) + " (" + ModelsCommand.name(c.model().model()) + " on "
                    + ModelsCommand.name(c.server().id()) + ") ===");
            String reasoning = r.reasoning();
            if (!reasoning.isEmpty()) {
                out.println("[reasoning: " + reasoning.length() + " characters, kept in the transcript]");
            }
            String text = TerminalSanitizer.clean(r.text());
            out.print(text);
            if (!text.isEmpty() && !text.endsWith("\n")) out.println();
            if (text.isEmpty()) out.println("(no answer text: " + r.state().label() + ")");
            out.println();
        }
    }

    static void printSummary(Turn turn, PrintStream out) {
        int nameWidth = turn.replies().stream().mapToInt(r -> CellWidth.of(ModelsCommand.name(r.contestant().name()))).max().orElse(4);
        for (Reply r : turn.replies()) out.println(summary(r, nameWidth));
    }

    static String summary(Reply r, int nameWidth) {
        StringBuilder sb = new StringBuilder();
        sb.append(pad(ModelsCommand.name(r.contestant().name()), nameWidth)).append("  ");
        String state = r.state().label();
        if (r.state() == ReplyState.FINISHED && r.finishReason() != null) state += " (" + r.finishReason() + ")";
        sb.append(String.format("%-18s", state));
        sb.append(metrics(r.metrics()));
        if (r.error() != null) sb.append("  ").append(TerminalSanitizer.clean(oneLine(r.error())));
        if (r.hint() != null) sb.append(" — ").append(TerminalSanitizer.label(r.hint(), 300));
        return sb.toString().stripTrailing();
    }

    static String metrics(Metrics m) {
        return String.format(Locale.ROOT, "ttft %-8s %-12s %s",
                m.ttftMs() == null ? "–" : seconds(m.ttftMs()),
                m.tokensPerSecond() == null ? "– tok/s" : String.format(Locale.ROOT, "%.1f tok/s", m.tokensPerSecond()),
                m.outputTokens() == null ? "0 tokens" : m.outputTokens() + " tokens");
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }

    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - CellWidth.of(s)));
    }
}
