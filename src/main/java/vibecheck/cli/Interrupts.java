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

    static void onCtrlC(Runnable orderlyStop) {
        AtomicInteger presses = new AtomicInteger();
        try {
            Signal.handle(new Signal("INT"), sig -> {
                if (presses.incrementAndGet() == 1) orderlyStop.run();
                else Runtime.getRuntime().halt(ExitCodes.INTERRUPTED); // what was saved on disk stays complete
            });
        } catch (IllegalArgumentException | UnsupportedOperationException ignored) {
            // no signal support here: the default handling ends the program, and the transcript on disk is complete
        }
    }
}
