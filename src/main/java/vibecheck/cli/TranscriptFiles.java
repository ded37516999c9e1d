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
import vibecheck.config.ProviderConfig;
import vibecheck.provider.Providers;
import vibecheck.stream.Contestant;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptStore;

/** Reading a saved transcript for review and export, with messages that say what is wrong with the file. */
final class TranscriptFiles {
    private TranscriptFiles() {}

    static Transcript read(String command, String file, Io io) throws UsageException {
        Path p = io.workDir().resolve(file);
        if (java.nio.file.Files.isDirectory(p)) throw new UsageException(command + ": " + file + ": is a folder, not a transcript file");
        try {
            Transcript t = TranscriptStore.read(p);
            if (t == null || t.turns() == null) throw new UsageException(command + ": " + file + ": not a vibecheck transcript (no turns)");
            if (t.schema() > Transcript.SCHEMA) {
                throw new UsageException(command + ": " + file + ": written by a newer vibecheck (schema " + t.schema() + "); upgrade to read it");
            }
            for (Transcript.Turn turn : t.turns()) {
                if (turn.replies() == null || turn.replies().isEmpty()) {
                    throw new UsageException(command + ": " + file + ": turn " + turn.index() + " has no replies");
                }
            }
            return t;
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UsageException(command + ": " + file + ": no such file");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UsageException(command + ": " + file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not a vibecheck transcript: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UsageException(command + ": " + file + ": cannot read it: " + e.getMessage());
        }
    }

    /**
     * The transcript's contestants, ready to go on talking: a name the config knows uses the config's model and
     * server; one it does not is rebuilt from what the transcript recorded (its server, model and type).
     */
    static List<Contestant> contestants(Transcript t, Config config, Map<String, String> env) {
        List<Contestant> out = new ArrayList<>();
        Map<String, ProviderConfig> rebuilt = new LinkedHashMap<>();
        for (Transcript.Reply r : t.turns().get(0).replies()) {
            var known = config.model(r.contestant());
            if (known.isPresent() && config.providerOf(known.get()) != null) {
                ModelConfig m = known.get();
                ProviderConfig p = config.providerOf(m);
                out.add(new Contestant(m, p, Providers.create(p, env)));
                continue;
            }
            String type = Providers.CATALOG.types().contains(r.providerType()) ? r.providerType() : "openai";
            ProviderConfig p = config.providers().get(r.provider());
            if (p == null || !p.type().equals(type)) {
                p = rebuilt.computeIfAbsent(r.provider() + "@" + r.baseUrl(), k -> new ProviderConfig(r.provider(), type,
                        r.baseUrl() == null ? Providers.CATALOG.defaultBaseUrl(type) : r.baseUrl(),
                        Providers.CATALOG.defaultApiKeyEnv(type), null, Map.of()));
            }
            var params = r.parameters();
            double temperature = config.defaults().temperature();
            if (params != null && params.at("/temperature").isNumber()) temperature = params.at("/temperature").asDouble();
            if (params != null && params.at("/options/temperature").isNumber()) temperature = params.at("/options/temperature").asDouble();
            ModelConfig m = new ModelConfig(r.contestant(), p.id(), r.model(), temperature, config.defaults().maxTokens(), null);
            out.add(new Contestant(m, p, Providers.create(p, env)));
        }
        return out;
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
