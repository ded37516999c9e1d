package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether the program runs on a terminal, told without {@code System.console()} where /proc tells it. */
class TerminalsTest {
    @Test
    void aDescriptorsLinkSaysWhetherItIsATerminal() {
        assertTrue(Terminals.isTerminal("/dev/pts/3"));
        assertTrue(Terminals.isTerminal("/dev/tty1"));
        assertTrue(Terminals.isTerminal("/dev/ttyS0"));
        assertFalse(Terminals.isTerminal("/dev/null"));
        assertFalse(Terminals.isTerminal("pipe:[123456]"));
        assertFalse(Terminals.isTerminal("socket:[99]"));
        assertNull(Terminals.isTerminal("/home/me/out.txt"), "left to System.console()");
        assertNull(Terminals.isTerminal("/dev/console"), "left to System.console()");
        assertNull(Terminals.isTerminal("/3"), "a terminal from another mount namespace: left to System.console()");
    }

    @Test
    void theAnswerIsTheConsolesOwn() {
        // this test's input and output are pipes (or a terminal, run by hand): either way both ways agree
        assertEquals(System.console() != null, Terminals.interactive());
    }
}
