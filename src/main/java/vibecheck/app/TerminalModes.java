package vibecheck.app;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The terminal's settings for the full-screen UI, made by one {@code stty} process started as the program starts,
 * on a thread of its own while the config is read: the settings as they were (to restore), the terminal's size
 * (so the first screen need not ask the terminal, a round trip over SSH) and the ones the UI wants, all at once.
 * Started from Java, each {@code stty} costs 10-20 ms; made one at a time before the first frame they were a tenth
 * of the start-up.
 * <p>
 * Until the screen takes them over ({@link #handedOver()}), they are put back when the program ends for any reason
 * (a config error, a signal): {@link #putBack()} and a shutdown hook.
 */
public final class TerminalModes {
    /** What the UI wants: keys one at a time, unechoed; Ctrl-C, Ctrl-S, Ctrl-Q and Ctrl-J arrive as keys. */
    static final List<String> WANTED = List.of("-icanon", "min", "1", "-echo", "intr", "undef", "-icrnl", "-ixon");

    private final CompletableFuture<Made> made;
    private volatile boolean handedOver;
    private volatile boolean resized;
    private volatile boolean putBack;

    /** What the process found and did. */
    record Made(String saved, TerminalSize size, boolean applied) {}

    private TerminalModes(CompletableFuture<Made> made) {
        this.made = made;
    }

    /** Starts reading and making the settings on the controlling terminal, beside whatever comes next. */
    public static TerminalModes begin() {
        CompletableFuture<Made> made = new CompletableFuture<>();
        TerminalModes modes = new TerminalModes(made);
        Thread t = new Thread(() -> {
            try {
                made.complete(make());
            } catch (Throwable e) {
                made.complete(new Made(null, null, false));
            }
        }, "terminal-modes");
        t.setDaemon(true);
        t.start();
        Runtime.getRuntime().addShutdownHook(new Thread(modes::putBack, "terminal-modes-back"));
        try { // a resize before the screen listens for one (it does once it is made): the size read is stale
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> modes.resized = true);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            modes.resized = true; // no way to tell: the screen reads the size itself
        }
        return modes;
    }

    private static Made make() {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", "stty -g && stty size && stty " + String.join(" ", WANTED))
                    .redirectInput(new File("/dev/tty")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            int status = p.waitFor();
            String[] lines = out.split("\n");
            String saved = lines.length > 0 && !lines[0].isBlank() ? lines[0].trim() : null;
            return new Made(saved, lines.length > 1 ? size(lines[1]) : null, status == 0 && saved != null);
        } catch (IOException e) {
            return new Made(null, null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Made(null, null, false);
        }
    }

    /** {@code stty size}'s "ROWS COLUMNS"; null for anything else, or a terminal that does not know (0 0). */
    static TerminalSize size(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 2) return null;
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Made made() {
        try {
            return made.get();
        } catch (ExecutionException e) {
            return new Made(null, null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Made(null, null, false);
        }
    }

    /** The screen has the terminal now and restores it itself. */
    void handedOver() {
        handedOver = true;
    }

    /** The size read as the program started, unless the terminal was resized since; null when not known. */
    TerminalSize size() {
        return resized ? null : made().size();
    }

    /** The settings as they were, if the screen never took them over (whether or not all of them were changed). */
    public void putBack() {
        if (handedOver || putBack) return;
        putBack = true;
        Made m = made();
        if (m.saved() == null) return;
        try {
            new ProcessBuilder("stty", m.saved()).redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // the terminal is gone: nothing is left to restore
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
