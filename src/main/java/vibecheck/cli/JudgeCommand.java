package vibecheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vibecheck.batch.RunFolder;
import vibecheck.config.Config;
import vibecheck.core.Effect;
import vibecheck.core.JudgeRun;
import vibecheck.core.RunJudging;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptStore;

/**
 * {@code vibecheck judge RUN_DIR}: a run in the UI one conversation at a time, blind by default, opening at the
 * first item not fully judged. Scores, notes and votes go into that item's transcript.
 */
public final class JudgeCommand {
    static final Set<String> VALUES = Set.of("--config", "--judge");
    static final Set<String> FLAGS = Set.of("--help", "--no-blind");

    private JudgeCommand() {}

    /** A run read for judging: its items, the file each is saved to, and the item to open at. */
    public record Prepared(JudgeRun run, Map<Session, Path> files, int start) {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("judge", argv, io, VALUES, FLAGS, Help.JUDGE, args -> {
            if (args.positional().size() != 1) throw new UsageException("judge: give one run folder, e.g. vibecheck judge transcripts/vibe-2026-11-26T18-44-09");
            String shown = args.positional().get(0);
            Config config = JudgeChoice.apply(ConfigSetup.loadOptional(args.option("--config"), io), args.option("--judge"), "judge");
            Prepared p;
            try {
                p = prepare(io.workDir().resolve(shown), shown, config, io.env());
            } catch (IOException e) {
                throw new UsageException("judge: " + e.getMessage());
            }
            UiCommand.requireTerminal(io);
            Session first = p.run().session(p.start());
            return UiCommand.show(config, first, s -> p.files().get(s), !args.flag("--no-blind"), List.of(), null, io,
                    state -> open(state, p));
        });
    }

    /** Reads every conversation of the run; a file that cannot be judged is named with what is wrong. */
    public static Prepared prepare(Path dir, String shown, Config config, Map<String, String> env) throws IOException {
        List<RunFolder.Saved> saved = RunFolder.read(dir, shown);
        Map<String, List<RunFolder.Saved>> groups = new LinkedHashMap<>(); // one item under one system prompt: its samples
        for (RunFolder.Saved s : saved) {
            Transcript t = s.transcript();
            for (Transcript.Turn turn : t.turns()) {
                if (turn.replies() == null || turn.replies().isEmpty()) {
                    throw new IOException(shown + "/" + s.file().getFileName() + ": turn " + turn.index() + " has no replies");
                }
            }
            groups.computeIfAbsent(tag(t).item() + "\u0000" + system(t), k -> new ArrayList<>()).add(s);
        }
        List<JudgeRun.Item> items = new ArrayList<>();
        Map<Session, Path> files = new IdentityHashMap<>();
        String suite = null;
        List<String> systems = config.systemPrompts().stream().map(vibecheck.config.SystemPrompt::name).toList();
        List<List<RunFolder.Saved>> inRunOrder = groups.values().stream().sorted(Comparator
                .comparing((List<RunFolder.Saved> g) -> position(g.get(0).file()))
                .thenComparingInt(g -> systems.contains(system(g.get(0).transcript())) ? systems.indexOf(system(g.get(0).transcript())) : systems.size()))
                .toList();
        for (List<RunFolder.Saved> group : inRunOrder) {
            List<RunFolder.Saved> ordered = group.stream().sorted(Comparator.comparingInt(s -> tag(s.transcript()).repeat())).toList();
            List<Session> samples = new ArrayList<>();
            for (RunFolder.Saved s : ordered) {
                Session session = Session.restore(s.transcript(), ReviewContestants.of(s.transcript(), config, env, false, s.file().toString()).contestants(), Clock.systemUTC());
                samples.add(session);
                files.put(session, s.file());
            }
            Transcript first = ordered.get(0).transcript();
            if (suite == null) suite = tag(first).suite();
            items.add(new JudgeRun.Item(tag(first).item() + " · " + system(first), samples, tag(first).criteria()));
        }
        JudgeRun run = new JudgeRun(suite == null ? shown : suite, items);
        List<String> keys = (config.criteria().isEmpty() ? vibecheck.config.Criterion.DEFAULTS : config.criteria())
                .stream().map(vibecheck.config.Criterion::key).toList();
        int start = run.nextUnjudged(0, keys);
        return new Prepared(run, files, Math.max(0, start));
    }

    /** Sets the navigator on the UI state and shows the first item; its panel order, when new, is saved at once. */
    public static void open(UiState state, Prepared p) {
        state.judge = p.run();
        for (Effect e : RunJudging.show(state, p.start())) {
            if (!(e instanceof Effect.Save)) continue;
            Path file = p.files().get(state.session);
            try {
                TranscriptStore.save(file, state.session.transcript());
            } catch (IOException ex) {
                state.status = "cannot save the transcript to " + file + ": " + ex.getMessage();
            }
        }
        if (state.status.isEmpty()) {
            state.status = p.run().judgedCount(state.criterionKeys()) == p.run().size() ? "every item is judged; < > move between them"
                    : "item " + (p.start() + 1) + " is the first not fully judged";
        }
    }

    /** The item's place in the suite, from the file name a run gives it ("007-…"); names of another shape sort last. */
    private static String position(Path file) {
        String n = file.getFileName().toString();
        int dash = n.indexOf('-');
        return dash > 0 && n.substring(0, dash).chars().allMatch(Character::isDigit) ? String.format("%09d", Long.parseLong(n.substring(0, dash))) : "~" + n;
    }

    private static String system(Transcript t) {
        return t.turns().get(0).systemPrompt() == null ? "none" : t.turns().get(0).systemPrompt().name();
    }

    private static Transcript.RunTag tag(Transcript t) {
        for (Transcript.Reply r : t.turns().get(0).replies()) if (r.run() != null) return r.run();
        throw new IllegalStateException("only transcripts with a run tag are read as part of a run");
    }
}
