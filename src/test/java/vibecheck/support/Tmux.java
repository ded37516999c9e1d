package vibecheck.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Drives a real terminal: a detached tmux session running the real jar. */
public final class Tmux implements AutoCloseable {
    public final String session;
    private final String socket;

    private Tmux(String session) {
        this.session = session;
        this.socket = session; // a tmux server of its own: nothing else on the machine can interfere
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    public static Tmux start(int columns, int rows, String shellCommand) throws Exception {
        Tmux t = new Tmux("vibecheck-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        t.run("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-s", t.session, shellCommand);
        return t;
    }

    public String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("tmux");
        cmd.add("-L");
        cmd.add(socket);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        return out;
    }

    public void send(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    public String capture() throws Exception {
        return run("capture-pane", "-p", "-t", session);
    }

    public String until(Predicate<String> condition, String what, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        String screen = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                screen = capture();
            } catch (IOException gone) {
                screen = "(session gone: " + gone.getMessage() + ")";
            }
            if (condition.test(screen)) return screen;
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
    }

    public long panePid() throws Exception {
        return Long.parseLong(run("list-panes", "-t", session, "-F", "#{pane_pid}").trim());
    }

    /** Waits until a process has ended (or is a zombie waiting to be reaped). */
    public static void awaitGone(long pid, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            Process ps = new ProcessBuilder("ps", "-o", "stat=", "-p", String.valueOf(pid)).redirectErrorStream(true).start();
            String stat = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            ps.waitFor();
            if (stat.isEmpty() || stat.startsWith("Z")) return;
            Thread.sleep(50);
        }
        throw new AssertionError("process " + pid + " still running after " + seconds + " s");
    }

    @Override
    public void close() {
        try {
            run("kill-server");
        } catch (Exception ignored) {
            // already gone
        }
    }
}
