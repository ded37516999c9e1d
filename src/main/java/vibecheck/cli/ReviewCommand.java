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
 * never judged or last judged blind) and to go on with new messages. Everything is saved back into the same file; recorded turns are
 * never rewritten, and new messages go to the servers the transcript recorded unless {@code --rebind}.
 */
public final class ReviewCommand {
    static final Set<String> VALUES = Set.of("--config", "--judge");
    static final Set<String> FLAGS = Set.of("--help", "--blind", "--no-blind", "--rebind");

    private ReviewCommand() {}

    /** A transcript opened for review: the session, where it is saved, and whether it starts blind. */
    record Opened(Session session, Path path, boolean blind) {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("review", argv, io, VALUES, FLAGS, Help.REVIEW, args -> {
            if (args.positional().size() != 1) throw new UsageException("review: give one transcript file, e.g. vibecheck review transcripts/2026-11-26T18-44-09_3xvjfg.json");
            String file = args.positional().get(0);
            Transcript t = TranscriptFiles.read("review", file, io);
            Config config = JudgeChoice.apply(ConfigSetup.loadOptional(args.option("--config"), io), args.option("--judge"), "review");
            if (args.flag("--rebind")) {
                var last = t.turns().get(t.turns().size() - 1).replies();
                if (last.stream().noneMatch(r -> config.model(r.contestant()).isPresent())) {
                    throw new UsageException("review: --rebind sends to the config's contestants of the same names, but "
                            + (config.models().isEmpty() ? "no config with contestants was found (give it with --config)"
                            : config.source() + " has none named " + String.join(", ", last.stream().map(r -> r.contestant()).toList())));
                }
            }
            UiCommand.requireTerminal(io);
            String again = file + (args.option("--config") == null ? "" : " --config " + args.option("--config"));
            Opened opened = open(file, again, t, config, args.flag("--rebind"), args.flag("--blind"), args.flag("--no-blind"), io);
            var store = new vibecheck.transcript.TranscriptStore(opened.path().toAbsolutePath().getParent());
            Session session = opened.session();
            return UiCommand.show(config, session, s -> s == session ? opened.path() : store.pathFor(s.startedAt(), s.id()),
                    opened.blind(), UiCommand.probes(config, io), null, io);
        });
    }

    static Opened open(String file, Transcript t, Config config, boolean rebind, boolean blind, boolean noBlind, Io io) {
        return open(file, file, t, config, rebind, blind, noBlind, io);
    }

    /** @param asGiven the file and any {@code --config} as given, for the command a hint suggests */
    static Opened open(String file, String asGiven, Transcript t, Config config, boolean rebind, boolean blind, boolean noBlind, Io io) {
        ReviewContestants who = ReviewContestants.of(t, config, io.env(), rebind, asGiven);
        Session session = Session.restore(t, who.contestants(), Clock.systemUTC());
        session.failureHints(who.hints());
        Path path = io.workDir().resolve(file);
        vibecheck.transcript.AtomicFile.cleanUp(path.toAbsolutePath().getParent()); // what runs killed mid-write left behind
        return new Opened(session, path, blind || (!noBlind && TranscriptFiles.opensBlind(t)));
    }
}
