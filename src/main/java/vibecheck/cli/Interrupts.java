package vibecheck.cli;

import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/** Ctrl-C handling: the first press runs an orderly stop; a second one ends the program at once. */
final class Interrupts {
    private Interrupts() {}

    /** SIGTERM, SIGHUP (the SSH connection dropped) and SIGINT from outside: the handler gets the signal's name. */
    static void onSignals(java.util.function.Consumer<String> handler) {
        for (String name : new String[] {"TERM", "HUP", "INT"}) {
            try {
                Signal.handle(new Signal(name), sig -> handler.accept("SIG" + sig.getName()));
            } catch (IllegalArgumentException | UnsupportedOperationException ignored) {
                // not on this platform
            }
        }
    }

    /**
     * Ctrl-C, SIGTERM and SIGHUP: the first runs an orderly stop (given the signal's name, e.g. "SIGTERM"); a second
     * one ends the program at once.
     */
    static void onStop(java.util.function.Consumer<String> orderlyStop) {
        AtomicInteger signals = new AtomicInteger();
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal.handle(new Signal(name), sig -> {
                    if (signals.incrementAndGet() == 1) orderlyStop.accept("SIG" + sig.getName());
                    else Runtime.getRuntime().halt(ExitCodes.stoppedBy("SIG" + sig.getName())); // what was saved on disk stays complete
                });
            } catch (IllegalArgumentException | UnsupportedOperationException ignored) {
                // no signal support here: the default handling ends the program, and the transcript on disk is complete
            }
        }
    }

    /**
     * For a command that runs a while inside a longer-lived program (tests run commands in-process): SIGTERM and
     * SIGHUP run {@code stop} with the signal's name, Ctrl-C too (a second press ends the program at once), until
     * the returned handle is closed, which puts back the handlers there were before.
     */
    static Handlers during(java.util.function.Consumer<String> stop) {
        java.util.List<Runnable> restore = new java.util.ArrayList<>();
        AtomicInteger presses = new AtomicInteger();
        for (String name : new String[] {"TERM", "HUP", "INT"}) {
            try {
                Signal signal = new Signal(name);
                var before = Signal.handle(signal, sig -> {
                    if (!sig.getName().equals("INT")) stop.accept("stopped by SIG" + sig.getName());
                    else if (presses.incrementAndGet() == 1) stop.accept("stopped by Ctrl-C");
                    else Runtime.getRuntime().halt(ExitCodes.INTERRUPTED); // what was saved on disk stays complete
                });
                restore.add(() -> Signal.handle(signal, before));
            } catch (IllegalArgumentException | UnsupportedOperationException ignored) {
                // not on this platform
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
