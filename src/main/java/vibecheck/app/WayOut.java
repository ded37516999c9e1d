package vibecheck.app;

import java.util.concurrent.BlockingQueue;
import vibecheck.core.Msg;
import vibecheck.core.UiState;
import vibecheck.core.Update;
import vibecheck.stream.StreamEngine;

/**
 * What the app takes in after its loop has ended, so that nothing the user made is lost on the way out: the cut
 * streams' own ends (what was measured of them), and what the last writes did (a failed last save is reported).
 * Keys and everything else left in the inbox no longer matter.
 */
final class WayOut {
    private WayOut() {}

    /** Whether a message says what a write did: those still count once the loop has ended. */
    static boolean writeAnswer(Msg m) {
        return m instanceof Msg.Saved || m instanceof Msg.WrittenElsewhere || m instanceof Msg.Exported;
    }

    /**
     * Replies still streaming were ended with the reason and their streams cut; the cut streams' own ends, which
     * bring the time to first token and the tokens counted, come within moments: waits for them (at most two
     * seconds). True when any came, so the transcript is saved once more.
     */
    static boolean awaitMeasures(BlockingQueue<Msg> inbox, StreamEngine engine, UiState state) {
        boolean[] any = {false};
        engine.takeEnds(inbox, java.time.Duration.ofSeconds(2), m -> {
            if (m instanceof Msg.Reply) any[0] = true; // its effects (saves, redraws) are the one save that follows
            if (m instanceof Msg.Reply || writeAnswer(m)) Update.apply(state, m);
        });
        return any[0];
    }

    /** Lets every write finish, then takes in what they said. */
    static void finishWrites(BlockingQueue<Msg> inbox, TranscriptSaver saver, Background background, UiState state) {
        try {
            saver.drain();
            background.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (Msg m = inbox.poll(); m != null; m = inbox.poll()) {
            if (writeAnswer(m)) Update.apply(state, m);
        }
    }
}
