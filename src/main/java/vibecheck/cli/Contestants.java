package vibecheck.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import vibecheck.config.Config;
import vibecheck.config.ModelConfig;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.stream.HttpClients;

/** Builds the contestants of a run and the one HTTP client they share. */
final class Contestants {
    private Contestants() {}

    static List<Contestant> of(Config config, List<ModelConfig> chosen, Map<String, String> env) {
        List<Contestant> out = new ArrayList<>();
        for (ModelConfig m : chosen) {
            var p = config.serverOf(m);
            out.add(new Contestant(m, p, Protocols.create(p, env)));
        }
        return out;
    }

    /** One client for all of them; TLS support is built only when one of them uses https. */
    static OkHttpClient client(Config config, List<Contestant> contestants) {
        boolean tls = contestants.stream().anyMatch(c -> c.server().usesTls());
        return HttpClients.create(tls, Duration.ofSeconds(config.defaults().connectTimeoutSeconds()), idle(config));
    }

    static Duration idle(Config config) {
        return Duration.ofSeconds(config.defaults().idleTimeoutSeconds());
    }

    /** The transcripts folder from {@code --transcripts} (default ./transcripts), created and checked. */
    static vibecheck.transcript.TranscriptStore transcripts(Args args, Io io) throws UsageException {
        String dir = args.option("--transcripts") == null ? "transcripts" : args.option("--transcripts");
        var store = new vibecheck.transcript.TranscriptStore(io.workDir().resolve(dir));
        try {
            store.prepare();
        } catch (java.io.IOException e) {
            throw new UsageException("--transcripts: " + e.getMessage());
        }
        return store;
    }
}
