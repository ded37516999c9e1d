package vibecheck.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Whether standard input and output are both a terminal, as {@code System.console() != null} says. On Linux the
     * answer is read from {@code /proc/self/fd}: {@code System.console()} builds a formatter and its patterns
     * first, 10 ms of the start-up.
     */
    public static boolean interactive() {
        Boolean in = terminalAt(0);
        Boolean out = terminalAt(1);
        if (in != null && out != null) return in && out;
        return System.console() != null;
    }

    private static Boolean terminalAt(int fd) {
        try {
            return isTerminal(Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // no /proc here: System.console() answers
        }
    }

    /**
     * What a descriptor's link in /proc says: a terminal, not one, or null where only the device itself can tell
     * (a file, /dev/console, a terminal from another mount namespace shown by some other name).
     */
    static Boolean isTerminal(String target) {
        if (target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")) return true;
        if (target.equals("/dev/null") || target.startsWith("pipe:") || target.startsWith("socket:") || target.startsWith("anon_inode:")) {
            return false;
        }
        return null;
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
