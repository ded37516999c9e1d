package vibecheck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vibecheck.text.Secrets;
import vibecheck.text.TerminalSanitizer;

/**
 * What every command prints through: the last guard between strings from configs, transcripts and servers and the
 * terminal. Every registered secret is replaced by {@code ***}, and the text is sanitized (no escape sequence,
 * no control character but newline and tab), so no byte printed can move the cursor, set a title or reach the
 * clipboard. The program's own cursor movements (the live progress display) are written with {@link #control}.
 * Text goes through {@code print(String)} (which {@code println}, {@code printf} and {@code append} use).
 */
final class SafePrintStream extends PrintStream {
    private SafePrintStream(PrintStream target) {
        super(target, true, StandardCharsets.UTF_8);
    }

    static PrintStream wrap(PrintStream target) {
        return target instanceof SafePrintStream ? target : new SafePrintStream(target);
    }

    /** Writes one of the program's own control sequences as it is. */
    static void control(PrintStream out, String sequence) {
        if (out instanceof SafePrintStream safe) safe.raw(sequence);
        else out.print(sequence);
    }

    private void raw(String s) {
        super.print(s);
    }

    @Override
    public void print(String s) {
        super.print(TerminalSanitizer.clean(Secrets.redact(String.valueOf(s))));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }
}
