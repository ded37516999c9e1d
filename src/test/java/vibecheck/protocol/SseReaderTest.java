package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseReaderTest {
    static List<SseReader.Event> events(String raw) throws IOException {
        SseReader r = new SseReader(new LineReader(LineReaderTest.trickle(raw.getBytes(StandardCharsets.UTF_8))));
        List<SseReader.Event> out = new ArrayList<>();
        SseReader.Event e;
        while ((e = r.next()) != null) out.add(e);
        return out;
    }

    @Test
    void dataWithAndWithoutSpaceCommentsAndEventNames() throws IOException {
        List<SseReader.Event> got = events(": OPENROUTER PROCESSING\n\ndata:{\"a\":1}\n\nevent: ping\ndata: {}\n\n");
        assertEquals(List.of(new SseReader.Event("message", "{\"a\":1}"), new SseReader.Event("ping", "{}")), got);
    }

    @Test
    void multiLineDataJoinsWithNewline() throws IOException {
        assertEquals(List.of(new SseReader.Event("message", "line one\nline two")), events("data: line one\ndata: line two\n\n"));
    }

    @Test
    void crAndCrlfLineEndings() throws IOException {
        assertEquals(2, events("data: a\r\rdata: b\r\n\r\n").size());
        assertEquals("b", events("data: a\r\rdata: b\r\n\r\n").get(1).data());
    }

    @Test
    void onlyOneLeadingSpaceIsRemoved() throws IOException {
        assertEquals("  indented", events("data:   indented\n\n").get(0).data());
    }

    @Test
    void nonStandardFieldIsItsOwnEvent() throws IOException {
        assertEquals(new SseReader.Event("error", "{\"message\":\"boom\"}"), events("error: {\"message\":\"boom\"}\n\n").get(0));
    }

    @Test
    void unterminatedLastEventIsStillDelivered() throws IOException {
        assertEquals(List.of(new SseReader.Event("message", "[DONE]")), events("data: [DONE]"));
    }

    @Test
    void idAndRetryAreIgnoredAndEmptyEventsAreNotDispatched() throws IOException {
        assertEquals(List.of(new SseReader.Event("message", "x")), events("id: 4\nretry: 100\n\n\ndata: x\n\n"));
    }
}
