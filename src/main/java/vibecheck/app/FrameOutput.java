package vibecheck.app;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal's output. While a frame is drawn, everything is gathered and sent in one write when the frame ends
 * (Lanterna's default, an auto-flushing {@code System.out}, costs thousands of system calls a frame). Outside a
 * frame every write goes out at once, so Lanterna's terminal-size queries reach the terminal without waiting.
 */
public final class FrameOutput extends OutputStream {
    private final OutputStream out;
    private byte[] buf = new byte[1 << 16];
    private int count;
    private boolean framing;
    private long writes;

    public FrameOutput(OutputStream out) {
        this.out = out;
    }

    private static final byte[] SYNC_BEGIN = "\u001b[?2026h".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] SYNC_END = "\u001b[?2026l".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Starts gathering a frame. The frame is wrapped in synchronized-output marks, so a terminal that knows them
     * shows it whole (no half-drawn frame); one that does not ignores them.
     */
    public synchronized void beginFrame() {
        framing = true;
        ensure(SYNC_BEGIN.length);
        System.arraycopy(SYNC_BEGIN, 0, buf, count, SYNC_BEGIN.length);
        count += SYNC_BEGIN.length;
    }

    public synchronized void endFrame() throws IOException {
        framing = false;
        if (count == SYNC_BEGIN.length) { // nothing changed on screen: send nothing at all
            count = 0;
            return;
        }
        ensure(SYNC_END.length);
        System.arraycopy(SYNC_END, 0, buf, count, SYNC_END.length);
        count += SYNC_END.length;
        send();
    }

    /** How many times bytes were handed to the operating system: for measuring. */
    public synchronized long writes() {
        return writes;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        ensure(1);
        buf[count++] = (byte) b;
        if (!framing) send();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        ensure(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
        if (!framing) send();
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!framing) send();
    }

    private void ensure(int more) {
        if (count + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }

    private void send() throws IOException {
        if (count == 0) return;
        out.write(buf, 0, count);
        out.flush();
        writes++;
        count = 0;
    }
}
