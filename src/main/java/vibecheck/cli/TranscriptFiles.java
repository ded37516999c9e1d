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
    /**
     * Whether a saved session opens blind: when it was never judged, or when its latest score or vote was given
     * with the names hidden (the judging under way was blind; showing the names now would end that).
     */
    static boolean opensBlind(Transcript t) {
        if (!judged(t)) return true;
        String latest = null;
        boolean blind = false;
        for (Transcript.Turn turn : t.turns()) {
            if (turn.votes() != null) {
                for (Transcript.Vote v : turn.votes()) {
                    if (v.at() != null && (latest == null || v.at().compareTo(latest) >= 0)) { latest = v.at(); blind = v.blind(); }
                }
            }
            for (Transcript.Reply r : turn.replies()) {
                if (r.scores() == null) continue;
                for (Transcript.Score s : r.scores()) {
                    if (s.at() != null && (latest == null || s.at().compareTo(latest) >= 0)) { latest = s.at(); blind = s.blind(); }
                }
            }
        }
        return blind;
    }

    static boolean judged(Transcript t) {
        for (Transcript.Turn turn : t.turns()) {
            if (turn.votes() != null && !turn.votes().isEmpty()) return true;
            for (Transcript.Reply r : turn.replies()) if (r.scores() != null && !r.scores().isEmpty()) return true;
        }
        return false;
    }
}
