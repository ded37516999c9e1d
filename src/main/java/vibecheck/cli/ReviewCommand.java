package vibecheck.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import vibecheck.config.Config;
import vibecheck.core.Session;
import vibecheck.transcript.Transcript;

/**
 * {@code vibecheck review FILE}: a saved session in the UI, to score or re-score every turn (blind when it was
 * never judged) and to go on with new messages. Everything is saved back into the same file.
 */
public final class ReviewCommand {
    static final Set<String> VALUES = Set.of("--config");
    static final Set<String> FLAGS = Set.of("--help", "--blind", "--no-blind");

    private ReviewCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("review", argv, io, VALUES, FLAGS, Help.REVIEW, args -> {
            if (args.positional().size() != 1) throw new UsageException("review: give one transcript file, e.g. vibecheck review transcripts/2026-11-26T18-44-09_3xvjfg.json");
            String file = args.positional().get(0);
            Transcript t = TranscriptFiles.read("review", file, io);
            UiCommand.requireTerminal(io);
            Config config = ConfigSetup.loadOptional(args.option("--config"), io);
            Session session = Session.restore(t, TranscriptFiles.contestants(t, config, io.env()), Clock.systemUTC());
            boolean blind = args.flag("--blind") || (!args.flag("--no-blind") && !TranscriptFiles.judged(t));
            Path path = io.workDir().resolve(file);
            var store = new vibecheck.transcript.TranscriptStore(path.toAbsolutePath().getParent());
            return UiCommand.show(config, session, s -> s == session ? path : store.pathFor(s.startedAt(), s.id()), blind,
                    UiCommand.probes(config, io), null, io);
        });
    }
}
