package vibecheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What a command may touch of the outside world, so tests can run commands in-process. */
public record Io(
        Map<String, String> env,
        Path workDir,
        Path home,
        InputStream in,
        PrintStream out,
        PrintStream err,
        boolean terminal) {

    /** Output goes through {@link SafePrintStream}: no key is printed, and no byte printed moves the terminal. */
    public Io {
        out = SafePrintStream.wrap(out);
        err = SafePrintStream.wrap(err);
    }

    public static Io system() {
        String home = System.getProperty("user.home");
        return new Io(System.getenv(), Path.of("").toAbsolutePath(), home == null ? null : Path.of(home),
                System.in, Terminals.utf8(System.out), Terminals.utf8(System.err), Terminals.interactive());
    }
}
