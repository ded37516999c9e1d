package vibecheck.runner;

/**
 * When a transcript is due to be saved while replies stream: at once after a reply changes state, and at most once
 * a second for text alone, so a crash loses at most a second of text and a flood of tokens never means a flood of
 * fsyncs. Times are {@link System#nanoTime()} values passed in, so tests need no clock.
 */
public final class SaveThrottle {
    /** Text is saved at most this often. */
    public static final long TEXT_EVERY_NANOS = 1_000_000_000L;

    private long lastSave;
    private boolean unsavedText;
    private boolean unsavedState;

    public SaveThrottle(long now) {
        this.lastSave = now;
    }

    /** New text arrived. */
    public void text() {
        unsavedText = true;
    }

    /** A reply changed state (started, waiting, ended): worth saving at once. */
    public void state() {
        unsavedState = true;
    }

    public boolean due(long now) {
        return unsavedState || unsavedText && now - lastSave >= TEXT_EVERY_NANOS;
    }

    /** How long until a save is due, or {@link Long#MAX_VALUE} when nothing is waiting to be saved. */
    public long nanosUntilDue(long now) {
        if (unsavedState) return 0;
        if (!unsavedText) return Long.MAX_VALUE;
        return Math.max(0, lastSave + TEXT_EVERY_NANOS - now);
    }

    /** Whether anything is waiting to be saved, due or not. */
    public boolean pending() {
        return unsavedState || unsavedText;
    }

    /** Whether a change of state (not text alone) is waiting to be saved. */
    public boolean statePending() {
        return unsavedState;
    }

    public void saved(long now) {
        lastSave = now;
        unsavedText = false;
        unsavedState = false;
    }
}
