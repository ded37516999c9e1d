package vibecheck.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptStore;

/**
 * A run's folder: one ordinary transcript per conversation. Opening it finds the transcripts an earlier run left,
 * by what their replies record (suite item, system prompt, sample), whatever the files are called.
 */
public final class RunFolder {
    /** A transcript already in the folder. */
    public record Saved(Path file, Transcript transcript) {}

    private final Path dir;
    private final Map<String, Saved> saved;

    private RunFolder(Path dir, Map<String, Saved> saved) {
        this.dir = dir;
        this.saved = saved;
    }

    /** Creates the folder if needed and reads what it holds; a file that is not a transcript stops the run. */
    public static RunFolder open(Path dir, String shown) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(shown + ": exists and is not a folder");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(shown + ": cannot create the run folder: " + e.getMessage());
        }
        if (!Files.isWritable(dir)) throw new IOException(shown + ": the run folder is not writable");
        Map<String, Saved> saved = new HashMap<>();
        for (Saved found : scan(dir, shown)) {
            Saved earlier = saved.put(key(found.transcript()), found);
            if (earlier != null) {
                throw new IOException(shown + ": " + earlier.file().getFileName() + " and " + found.file().getFileName()
                        + " hold the same conversation; keep one");
            }
        }
        return new RunFolder(dir, saved);
    }

    /** The transcripts of a finished or stopped run, in run order (by file name); the folder must exist. */
    public static List<Saved> read(Path dir, String shown) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(shown + ": no such run folder");
        List<Saved> found = scan(dir, shown);
        if (found.isEmpty()) throw new IOException(shown + ": no transcripts of a suite run in it (`vibecheck run SUITE --out " + shown + "` makes one)");
        return found;
    }

    private static List<Saved> scan(Path dir, String shown) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
        List<Saved> out = new java.util.ArrayList<>();
        for (Path f : files) {
            Transcript t;
            try {
                t = TranscriptStore.read(f);
            } catch (JsonProcessingException e) {
                var loc = e.getLocation();
                throw new IOException(shown + "/" + f.getFileName() + (loc == null ? "" : ":" + loc.getLineNr())
                        + ": not a vibecheck transcript (" + vibecheck.text.ParserMessages.firstLine(e.getOriginalMessage())
                        + "); move it out of the run folder");
            } catch (vibecheck.transcript.TranscriptFormatException e) {
                throw new IOException(shown + "/" + f.getFileName() + ": " + e.getMessage() + "; mend it, or move it out of the run folder");
            }
            if (key(t) != null) out.add(new Saved(f, t)); // others are transcripts of their own, not part of a run
        }
        return out;
    }

    private static String key(Transcript t) {
        if (t == null || t.turns() == null || t.turns().isEmpty()) return null;
        Transcript.Turn first = t.turns().get(0);
        if (first.replies() == null) return null;
        for (Transcript.Reply r : first.replies()) {
            if (r.run() != null && r.run().item() != null) {
                String system = first.systemPrompt() == null ? "none" : first.systemPrompt().name();
                return Slot.key(r.run().item(), system, r.run().repeat());
            }
        }
        return null;
    }

    /** The transcript an earlier run left for this conversation, or null. */
    public Saved saved(Slot slot) {
        return saved.get(slot.key());
    }

    /** Where a new conversation is saved: its own name, never a file that is already there. */
    public Path fileFor(Slot slot) {
        Saved s = saved(slot);
        if (s != null) return s.file();
        Path p = dir.resolve(slot.fileName());
        for (int n = 2; Files.exists(p); n++) p = dir.resolve(slot.fileName().replaceFirst("\\.json$", "-" + n + ".json"));
        return p;
    }

    public int savedCount() {
        return saved.size();
    }
}
