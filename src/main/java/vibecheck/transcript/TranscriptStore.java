package vibecheck.transcript;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vibecheck.text.Secrets;

/** Where transcripts live: one JSON file per session, named by start time and a short id. */
public final class TranscriptStore {
    /** Built on first use (Jackson's object mapper is a quarter of a second of start-up). */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }
    /** Built on first use: the machine's time zone is read from the JDK's zone data, 10 ms before the first screen. */
    private static final class Names {
        static final DateTimeFormatter INSTANCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss").withZone(ZoneId.systemDefault());
    }

    private final Path dir;

    public TranscriptStore(Path dir) {
        this.dir = dir;
    }

    /** Makes sure the folder exists and is writable, with a message saying what is wrong otherwise. */
    public void prepare() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(dir + ": exists and is not a folder");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(dir + ": cannot create the transcripts folder: " + e.getMessage());
        }
        if (!Files.isWritable(dir)) throw new IOException(dir + ": the transcripts folder is not writable");
        AtomicFile.cleanUp(dir); // what runs killed mid-write left behind
    }

    public Path pathFor(Instant startedAt, String sessionId) {
        return dir.resolve(Names.INSTANCE.format(startedAt) + "_" + sessionId + ".json");
    }

    /** Writes the transcript whole or not at all; no API key or header value is ever written (see {@link Secrets}). */
    public static void save(Path file, Transcript transcript) throws IOException {
        AtomicFile.write(file, TranscriptWriter.bytes(TranscriptWriter.tree(transcript)));
    }

    /**
     * Reads and checks a transcript. Malformed JSON is a {@link com.fasterxml.jackson.core.JsonProcessingException}
     * (with its line and column); JSON that is not a transcript vibecheck can use is a {@link TranscriptFormatException}.
     */
    public static Transcript read(Path file) throws IOException, TranscriptFormatException {
        return TranscriptReader.read(mapper().readTree(file.toFile()));
    }
}
