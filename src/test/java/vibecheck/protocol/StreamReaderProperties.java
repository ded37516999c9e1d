package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import vibecheck.protocol.ollama.OllamaProtocol;
import vibecheck.protocol.openai.OpenAiProtocol;

/**
 * Properties of the stream readers: however the network splits a valid stream, the same events come out; and no
 * sequence of bytes makes a reader throw anything but an I/O failure of that reply.
 */
class StreamReaderProperties {
    /** A source that hands out the bytes in the given pieces, one piece per read, as a network would. */
    static BufferedSource split(byte[] bytes, List<Integer> cuts) {
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts.stream().map(c -> Math.floorMod(c, bytes.length + 1)).sorted().toList()) {
            if (cut > from) {
                pieces.add(Arrays.copyOfRange(bytes, from, cut));
                from = cut;
            }
        }
        if (from < bytes.length) pieces.add(Arrays.copyOfRange(bytes, from, bytes.length));
        return Okio.buffer(new Source() {
            int next;

            @Override
            public long read(Buffer sink, long byteCount) {
                if (next >= pieces.size()) return -1;
                byte[] p = pieces.get(next++);
                sink.write(p);
                return p.length;
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {}
        });
    }

    record Ev(String event, String data) {}

    @Provide
    Arbitrary<List<Ev>> events() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abz é{}\":\n").ofMaxLength(30).map(StreamReaderProperties::emoji);
        Arbitrary<String> name = Arbitraries.of("message", "ping", "content_block_delta");
        return Combinators.combine(name, text).as(Ev::new).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> terminator() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    @Property(tries = 300)
    void sseEventsComeOutTheSameHoweverTheStreamIsSplit(@ForAll("events") List<Ev> events, @ForAll("terminator") String nl,
                                                       @ForAll @Size(max = 12) List<Integer> cuts) throws IOException {
        StringBuilder raw = new StringBuilder(": keep-alive" + nl + nl);
        for (Ev e : events) {
            if (!e.event().equals("message")) raw.append("event: ").append(e.event()).append(nl);
            for (String line : e.data().split("\n", -1)) raw.append("data: ").append(line).append(nl);
            raw.append(nl);
        }
        byte[] bytes = raw.toString().getBytes(StandardCharsets.UTF_8);
        SseReader reader = new SseReader(new LineReader(split(bytes, cuts)));
        List<Ev> got = new ArrayList<>();
        SseReader.Event e;
        while ((e = reader.next()) != null) got.add(new Ev(e.event(), e.data()));
        assertEquals(visible(events.toString()), visible(got.toString()));
    }

    /** Collects what an adapter reports. */
    static final class Collect implements ReplySink {
        final StringBuilder text = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        String finished;
        String failed;

        @Override public void text(String chunk) { text.append(chunk); }
        @Override public void reasoning(String chunk) { reasoning.append(chunk); }
        @Override public void usage(Long p, Long o) {}
        @Override public void finished(String reason) { finished = reason; }
        @Override public void failed(String message) { failed = message; }
    }

    static Response response(BufferedSource body, String type) {
        return new Response.Builder().request(new Request.Builder().url("http://127.0.0.1/").build())
                .protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create(body, MediaType.get(type), -1)).build();
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        return Arbitraries.strings().withChars("abz é\"\\\n\t{}").ofMinLength(1).ofMaxLength(20).map(StreamReaderProperties::emoji).list().ofMaxSize(10);
    }

    @Property(tries = 300)
    void ollamaTextComesOutWholeHoweverTheStreamIsSplit(@ForAll("pieces") List<String> pieces,
                                                       @ForAll @Size(max = 12) List<Integer> cuts) throws IOException {
        StringBuilder raw = new StringBuilder();
        for (String p : pieces) raw.append("{\"message\":{\"role\":\"assistant\",\"content\":").append(quote(p)).append("},\"done\":false}\n");
        raw.append("{\"done\":true,\"done_reason\":\"stop\",\"eval_count\":3}\n");
        Collect sink = new Collect();
        new OllamaProtocol("http://127.0.0.1", Map.of()).read(response(split(raw.toString().getBytes(StandardCharsets.UTF_8), cuts), "application/x-ndjson"), sink);
        assertEquals(visible(String.join("", pieces)), visible(sink.text.toString()));
        assertEquals("stop", sink.finished);
    }

    @Property(tries = 300)
    void openAiTextComesOutWholeHoweverTheStreamIsSplit(@ForAll("pieces") List<String> pieces, @ForAll("terminator") String nl,
                                                       @ForAll @Size(max = 12) List<Integer> cuts) throws IOException {
        StringBuilder raw = new StringBuilder();
        for (String p : pieces) {
            raw.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":").append(quote(p)).append("}}]}").append(nl).append(nl);
        }
        raw.append("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}").append(nl).append(nl);
        raw.append("data: [DONE]").append(nl).append(nl);
        Collect sink = new Collect();
        new OpenAiProtocol("http://127.0.0.1/v1", null, null, Map.of())
                .read(response(split(raw.toString().getBytes(StandardCharsets.UTF_8), cuts), "text/event-stream"), sink);
        assertEquals(visible(String.join("", pieces)), visible(sink.text.toString()));
        assertEquals("stop", sink.finished);
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789 \n\rdata:event:errortruenull\\u").ofMaxLength(300)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, jsonish);
    }

    @Property(tries = 1000)
    void noBytesMakeAReaderThrowAnythingButTheRepliesOwnFailure(@ForAll("junk") byte[] bytes,
                                                               @ForAll @Size(max = 6) List<Integer> cuts) {
        for (ChatProtocol adapter : List.<ChatProtocol>of(new OllamaProtocol("http://127.0.0.1", Map.of()),
                new OpenAiProtocol("http://127.0.0.1/v1", null, null, Map.of()),
                new vibecheck.protocol.anthropic.AnthropicProtocol("http://127.0.0.1", null, null, Map.of()))) {
            try {
                adapter.read(response(split(bytes, cuts), "text/event-stream"), new Collect());
            } catch (IOException expected) {
                // the reply fails or is interrupted with this message: that is the contract
            }
        }
    }

    /** Some letters as a character outside the BMP (a surrogate pair), which must never be cut in two. */
    private static String emoji(String s) {
        return s.replace("z", "🙂");
    }

    /** Line breaks and tabs made visible, so a failure report shows them. */
    private static String visible(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String quote(String s) {
        return vibecheck.support.Sse.quote(s);
    }
}
