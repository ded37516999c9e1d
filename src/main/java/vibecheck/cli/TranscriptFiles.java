package vibecheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.Config;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptFormatException;
import vibecheck.transcript.TranscriptStore;

/** Reading a saved transcript for review and export, with messages that say what is wrong with the file. */
final class TranscriptFiles {
    private TranscriptFiles() {}

    static Transcript read(String command, String file, Io io) throws UsageException {
        Path p = io.workDir().resolve(file);
        if (java.nio.file.Files.isDirectory(p)) throw new UsageException(command + ": " + file + ": is a folder, not a transcript file");
        try {
            return TranscriptStore.read(p);
        } catch (TranscriptFormatException e) {
            throw new UsageException(command + ": " + file + ": " + e.getMessage());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UsageException(command + ": " + file + ": no such file");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UsageException(command + ": " + file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not a vibecheck transcript: " + vibecheck.text.ParserMessages.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UsageException(command + ": " + file + ": cannot read it: " + e.getMessage());
        }
    }

    /** Whether anyone ever scored or voted in this session. */
    static boolean judged(Transcript t) {
        for (Transcript.Turn turn : t.turns()) {
            if (turn.votes() != null && !turn.votes().isEmpty()) return true;
            for (Transcript.Reply r : turn.replies()) if (r.scores() != null && !r.scores().isEmpty()) return true;
        }
        return false;
    }
}
