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
}
