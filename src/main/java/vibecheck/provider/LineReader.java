package vibecheck.provider;

import java.io.IOException;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads lines from a byte stream, ending them at LF, CRLF or a lone CR. Bytes are decoded one whole line at a
 * time, so a multi-byte UTF-8 character split across network reads comes out whole; a line may be any length.
 */
public final class LineReader {
    private static final ByteString CR_OR_LF = ByteString.encodeUtf8("\r\n");
    private final BufferedSource source;
    private boolean skipLf;

    public LineReader(BufferedSource source) {
        this.source = source;
    }

    /** The next line without its terminator, or null at the end of the stream. A last unterminated line is returned. */
    public String next() throws IOException {
        if (skipLf) {
            skipLf = false;
            if (!source.request(1)) return null;
            if (source.getBuffer().getByte(0) == '\n') source.skip(1);
        }
        long at = source.indexOfElement(CR_OR_LF);
        if (at < 0) {
            if (source.exhausted()) return null;
            return source.readUtf8(); // last line without a terminator
        }
        String line = source.readUtf8(at);
        byte terminator = source.readByte();
        if (terminator == '\r') skipLf = true; // CRLF: drop the LF when it arrives, without waiting for it now
        return line;
    }
}
