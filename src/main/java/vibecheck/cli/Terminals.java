package vibecheck.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Terminal helpers for the line-oriented commands. */
public final class Terminals {
    private Terminals() {}

    /** A UTF-8 print stream over the given stream's descriptor (the platform default may not be UTF-8). */
    public static PrintStream utf8(PrintStream original) {
        OutputStream raw = original == System.err ? new FileOutputStream(FileDescriptor.err) : new FileOutputStream(FileDescriptor.out);
        return new PrintStream(raw, true, StandardCharsets.UTF_8);
    }

    /** The terminal's width in columns: $COLUMNS, else `stty size`, else 80. */
    public static int width(java.util.Map<String, String> env) {
        try {
            String c = env.get("COLUMNS");
            if (c != null) return Math.max(20, Integer.parseInt(c.trim()));
        } catch (NumberFormatException ignored) {
            // fall through
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor() == 0 && out.matches("\\d+ \\d+")) return Math.max(20, Integer.parseInt(out.split(" ")[1]));
        } catch (Exception ignored) {
            // no terminal to ask
        }
        return 80;
    }
}
