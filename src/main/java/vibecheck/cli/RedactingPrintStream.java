package vibecheck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vibecheck.text.Secrets;

/**
 * A print stream that hides every registered secret in what passes through it: the last guard, so that no key
 * or header value reaches a terminal or a pipe, whatever message carried it. Text goes through
 * {@code print(String)} (which {@code println}, {@code printf} and {@code append} use), where it is redacted whole.
 */
final class RedactingPrintStream extends PrintStream {
    private RedactingPrintStream(PrintStream target) {
        super(target, true, StandardCharsets.UTF_8);
    }

    static PrintStream wrap(PrintStream target) {
        return target instanceof RedactingPrintStream ? target : new RedactingPrintStream(target);
    }

    @Override
    public void print(String s) {
        super.print(Secrets.redact(s));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }
}
