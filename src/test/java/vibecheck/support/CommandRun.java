package vibecheck.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vibecheck.Main;
import vibecheck.cli.Io;

/** Runs the command line in-process with captured output. */
public final class CommandRun {
    public final int exit;
    public final String out;
    public final String err;

    private CommandRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CommandRun run(Path workDir, Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(env, workDir, workDir.resolve("home"),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int exit = Main.run(List.of(args), io);
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The transcript path the command printed on stderr. */
    public Path transcript() {
        for (String line : err.split("\n")) if (line.startsWith("transcript: ")) return Path.of(line.substring(12).trim());
        throw new AssertionError("no transcript path on stderr:\n" + err);
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
    }
}
