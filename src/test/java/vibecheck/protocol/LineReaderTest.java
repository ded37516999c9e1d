package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    /** A source that hands out one byte per read, as the worst network would. */
    static BufferedSource trickle(byte[] bytes) {
        Buffer all = new Buffer().write(bytes);
        Source oneByte = new Source() {
            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (all.exhausted()) return -1;
                sink.writeByte(all.readByte());
                return 1;
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {}
        };
        return Okio.buffer(oneByte);
    }

    static List<String> lines(BufferedSource source) throws IOException {
        LineReader r = new LineReader(source);
        List<String> out = new ArrayList<>();
        String l;
        while ((l = r.next()) != null) out.add(l);
        return out;
    }

    @Test
    void endsLinesAtLfCrlfAndLoneCr() throws IOException {
        byte[] in = "a\nb\r\nc\rd\r\re".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("a", "b", "c", "d", "", "e"), lines(trickle(in)));
    }

    @Test
    void crlfSplitAcrossReadsIsOneTerminator() throws IOException {
        assertEquals(List.of("x", "", "y"), lines(trickle("x\r\n\r\ny\r\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void multiByteCharactersSplitAcrossReadsComeOutWhole() throws IOException {
        String text = "héllo 世界 🙂 ok";
        List<String> got = lines(trickle((text + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(text), got);
    }

    @Test
    void aLineUpToTheLimitIsReadWhole() throws IOException {
        String big = "x".repeat(Limits.MAX_LINE_BYTES);
        Buffer b = new Buffer().writeUtf8(big).writeUtf8("\nnext\n");
        assertEquals(List.of(big, "next"), lines(b));
    }

    @Test
    void aLineLongerThanTheLimitFailsWithoutReadingOnToItsEnd() throws IOException {
        Buffer b = new Buffer().writeUtf8("ok\n").writeUtf8("x".repeat(3 * 1024 * 1024)).writeUtf8("\n");
        LineReader r = new LineReader(b);
        assertEquals("ok", r.next());
        Limits.Exceeded e = org.junit.jupiter.api.Assertions.assertThrows(Limits.Exceeded.class, r::next);
        assertEquals("the server sent a line longer than 1 MiB without a line break; stopped reading", e.getMessage());
    }

    @Test
    void anEndlessLineFailsOnceTheLimitHasArrived() {
        // a source that never ends: the reader must give up after the limit, not wait for a line break
        okio.Source endless = new okio.Source() {
            @Override
            public long read(Buffer sink, long byteCount) {
                sink.writeUtf8("y".repeat((int) Math.min(byteCount, 8192)));
                return Math.min(byteCount, 8192);
            }

            @Override
            public okio.Timeout timeout() {
                return okio.Timeout.NONE;
            }

            @Override
            public void close() {}
        };
        LineReader r = new LineReader(okio.Okio.buffer(endless));
        org.junit.jupiter.api.Assertions.assertThrows(Limits.Exceeded.class, r::next);
    }

    @Test
    void lastLineWithoutTerminatorIsReturned() throws IOException {
        LineReader r = new LineReader(new Buffer().writeUtf8("one\ntwo"));
        assertEquals("one", r.next());
        assertEquals("two", r.next());
        assertNull(r.next());
    }
}
