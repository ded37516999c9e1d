package vibecheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * SIGINT (Ctrl-C), SIGTERM and SIGHUP (the SSH connection dropped): one way to install handlers for them, and the
 * three policies the commands use. A second signal during an orderly stop ends the program at once; what was saved on
 * disk stays complete, because every file is written whole or not at all.
 */
final class Interrupts {
    private static final String[] SIGNALS = {"INT", "TERM", "HUP"};

    private Interrupts() {}

    /** Every signal goes to the handler with its name ("SIGTERM"): the full screen decides what each means. */
    static void onSignals(Consumer<String> handler) {
        install((signal, count) -> handler.accept(signal));
    }

    /** The first signal runs an orderly stop (given the signal's name); a second ends the program at once. */
    static void onStop(Consumer<String> orderlyStop) {
        install((signal, count) -> {
            if (count == 1) orderlyStop.accept(signal);
            else Runtime.getRuntime().halt(ExitCodes.stoppedBy(signal));
        });
    }

    /**
     * For a command that runs a while inside a longer-lived program (tests run commands in-process): SIGTERM and
     * SIGHUP run {@code stop} with the reason, Ctrl-C too (a second press ends the program at once), until the
     * returned handle is closed, which puts back the handlers there were before.
     */
    static Handlers during(Consumer<String> stop) {
        AtomicInteger presses = new AtomicInteger();
        return install((signal, count) -> {
            if (!signal.equals("SIGINT")) stop.accept("stopped by " + signal);
            else if (presses.incrementAndGet() == 1) stop.accept("stopped by Ctrl-C");
            else Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
        });
    }

    /** Installs one handler for the three signals: it gets the signal's name and how many have come so far. */
    private static Handlers install(BiConsumer<String, Integer> handler) {
        List<Runnable> restore = new ArrayList<>();
        AtomicInteger count = new AtomicInteger();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                var before = Signal.handle(signal, sig -> handler.accept("SIG" + sig.getName(), count.incrementAndGet()));
                restore.add(() -> Signal.handle(signal, before));
            } catch (IllegalArgumentException | UnsupportedOperationException ignored) {
                // no such signal here: the default handling applies
            }
        }
        return () -> restore.forEach(Runnable::run);
    }

    /** Signal handlers in place until closed. */
    interface Handlers extends AutoCloseable {
        @Override
        void close();
    }
}
