package vibecheck.protocol;

import java.io.IOException;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads lines from a byte stream, ending them at LF, CRLF or a lone CR. Bytes are decoded one whole line at a
 * time, so a multi-byte UTF-8 character split across network reads comes out whole. A line longer than the limit
 * ({@link Limits#MAX_LINE_BYTES} unless given) fails with {@link Limits.Exceeded} once that many bytes have come
 * without a line break: no more than the limit is ever held.
 */
public final class LineReader {
    private static final ByteString CR_OR_LF = ByteString.encodeUtf8("\r\n");
    private final BufferedSource source;
    private final long maxLine;
    private boolean skipLf;

    public LineReader(BufferedSource source) {
        this(source, Limits.MAX_LINE_BYTES);
    }

    public LineReader(BufferedSource source, long maxLineBytes) {
        this.source = source;
        this.maxLine = maxLineBytes;
    }

    /** The next line without its terminator, or null at the end of the stream. A last unterminated line is returned. */
    public String next() throws IOException {
        if (skipLf) {
            skipLf = false;
            if (!source.request(1)) return null;
            if (source.getBuffer().getByte(0) == '\n') source.skip(1);
        }
        long at = terminator();
        if (at < 0) {
            if (source.exhausted()) return null;
            return source.readUtf8(); // last line without a terminator
        }
        String line = source.readUtf8(at);
        byte terminator = source.readByte();
        if (terminator == '\r') skipLf = true; // CRLF: drop the LF when it arrives, without waiting for it now
        return line;
    }

    /**
     * Where the next line ends in the buffer, reading more as needed, or -1 when the stream ends first. Scans only
     * what arrived since the last look, and gives up once the line is longer than the limit.
     */
    private long terminator() throws IOException {
        long scanned = 0;
        while (true) {
            long at = source.getBuffer().indexOfElement(CR_OR_LF, scanned);
            if (at >= 0) {
                if (at > maxLine) throw tooLong();
                return at;
            }
            scanned = source.getBuffer().size();
            if (scanned > maxLine) throw tooLong();
            if (!source.request(scanned + 1)) return -1;
        }
    }

    private Limits.Exceeded tooLong() {
        return new Limits.Exceeded("the server sent a line longer than " + Limits.mib(maxLine)
                + " without a line break; stopped reading");
    }
}
