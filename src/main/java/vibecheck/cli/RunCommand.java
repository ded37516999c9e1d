package vibecheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vibecheck.Version;
import vibecheck.batch.RunFolder;
import vibecheck.batch.RunPlan;
import vibecheck.batch.Slot;
import vibecheck.batch.SlotRun;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.core.Reply;
import vibecheck.core.Turn;
import vibecheck.runner.StreamRunner;
import vibecheck.stream.Contestant;
import vibecheck.stream.ReplyState;
import vibecheck.suite.Suite;
import vibecheck.suite.SuiteException;
import vibecheck.suite.SuiteLoader;

/**
 * {@code vibecheck run SUITE}: every item of a suite to every contestant, each item its own conversation, into a run
 * folder of ordinary transcripts. Run again into the same folder, it sends only what is missing.
 */
public final class RunCommand {
    static final Set<String> VALUES = Set.of("--config", "--models", "--system", "--repeat", "--out", "--transcripts", "--tag", "--column");
    static final Set<String> FLAGS = Set.of("--help", "--retry-failed");
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss").withZone(ZoneId.systemDefault());

    private RunCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("run", argv, io, VALUES, FLAGS, Help.RUN, args -> {
            try {
                return run(args, argv, io);
            } catch (SuiteException e) {
                for (String p : e.problems()) io.err().println("error: " + p);
                return ExitCodes.USAGE;
            }
        });
    }

    private static int run(Args args, List<String> argv, Io io) throws UsageException, ConfigException, SuiteException {
        if (args.positional().size() != 1) {
            throw new UsageException("run: give one suite, a file or a built-in name, e.g. vibecheck run vibe (`vibecheck suites` lists them)");
        }
        String ref = args.positional().get(0);
        Suite suite = SuiteLoader.load(ref, io.workDir(), args.option("--column"));
        for (String note : suite.notes()) io.err().println("note: " + note);
        if (args.option("--tag") != null) {
            List<String> tags = names(args.option("--tag"), "--tag");
            Suite tagged = suite.withTags(tags);
            if (tagged.items().isEmpty()) {
                java.util.Set<String> known = new java.util.TreeSet<>();
                for (Suite.Item i : suite.items()) if (i.tags() != null) known.addAll(i.tags());
                throw new UsageException("run: --tag " + String.join(",", tags) + ": no item of " + ref + " has "
                        + (tags.size() == 1 ? "that tag" : "those tags") + (known.isEmpty() ? " (its items have no tags)" : " (its tags: " + String.join(", ", known) + ")"));
            }
            suite = tagged;
        }
        Integer repeat = repeat(args.option("--repeat"));
        var overlay = suite.defaults() == null ? null : suite.defaults().deepCopy();
        if (overlay != null) overlay.remove("systemPrompt"); // the run's default system prompt: the plan checks it against this suite
        Config config = ConfigSetup.load(args.option("--config"), io, overlay);
        RunPlan plan = RunPlan.of(suite, config, names(args.option("--models"), "--models"), names(args.option("--system"), "--system"), repeat);
        List<String> missing = config.missingKeys(plan.models(), io.env());
        if (!missing.isEmpty()) throw new ConfigException(missing);

        String outName = args.option("--out") != null ? args.option("--out")
                : (args.option("--transcripts") == null ? "transcripts" : args.option("--transcripts")) + "/"
                        + safeName(suite.name()) + "-" + FOLDER_TIME.format(Instant.now());
        RunFolder folder;
        try {
            folder = RunFolder.open(io.workDir().resolve(outName), outName);
        } catch (IOException e) {
            throw new UsageException("run: " + e.getMessage());
        }
        List<Contestant> contestants = Contestants.of(config, plan.models(), io.env());
        List<String> conflicts = new ArrayList<>();
        for (Slot slot : plan.slots()) {
            var saved = folder.saved(slot);
            String why = saved == null ? null : SlotRun.mismatch(slot, contestants, saved);
            if (why != null) conflicts.add("run: " + outName + ": " + why);
        }
        if (!conflicts.isEmpty()) {
            conflicts.add("run: nothing was sent; run into a new folder (another --out), or with the same choices as before");
            throw new ConfigException(conflicts);
        }
        boolean sequential = config.defaults().schedule() == vibecheck.config.Schedule.SEQUENTIAL;
        List<String> again = new ArrayList<>(argv);
        if (args.option("--out") == null) again.addAll(List.of("--out", outName));
        return execute(plan, folder, contestants, config, sequential, args.flag("--retry-failed"), outName, again, io);
    }

    private static int execute(RunPlan plan, RunFolder folder, List<Contestant> contestants, Config config, boolean sequential,
                               boolean retryFailed, String outName, List<String> again, Io io) {
        io.err().println("run " + plan.suite().name() + ": " + plan.suite().items().size() + " items, " + plan.slots().size()
                + " conversations, " + plan.replies() + " replies from " + contestants.size() + (contestants.size() == 1 ? " contestant" : " contestants")
                + (folder.savedCount() > 0 ? " (" + folder.savedCount() + " conversations already in the folder)" : "")
                + " → " + outName);
        var client = Contestants.client(config, contestants);
        RunProgress progress = new RunProgress(io.terminal() ? io.err() : io.out(), io.terminal(), Terminals.width(io.env()), plan.replies());
        List<SlotRun> runs = new ArrayList<>();
        boolean saveFailed = false;
        StreamRunner runner = new StreamRunner(client, Contestants.idle(config));
        try (runner; Interrupts.Handlers signals = Interrupts.during(runner::stop)) {
            for (Slot slot : plan.slots()) {
                if (runner.stopped() != null) break;
                RunFolder.Saved saved = folder.saved(slot);
                SlotRun run = SlotRun.prepare(slot, plan.suite().name(), contestants, saved, folder.fileFor(slot), retryFailed,
                        sequential, Version.program(), Clock.systemUTC(), io.err());
                runs.add(run);
                progress.begin(run);
                run.run(runner, progress::tick);
                progress.end();
                saveFailed |= run.saveFailed();
            }
            progress.finish();
            summary(plan, runs, contestants, io);
            io.err().println("run folder: " + outName);
            boolean allFinished = runs.size() == plan.slots().size() && runs.stream().allMatch(RunCommand::finished);
            if (runner.stopped() != null) {
                io.err().println(runner.stopped() + "; what finished is saved. Go on with: " + Args.commandLine("run", again));
                return ExitCodes.INTERRUPTED;
            }
            if (!allFinished) {
                List<String> retry = new ArrayList<>(again);
                if (!retry.contains("--retry-failed")) retry.add("--retry-failed");
                io.err().println("some replies did not finish; send them again with: " + Args.commandLine("run", retry));
            }
            return saveFailed || !allFinished ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        } finally {
            vibecheck.stream.HttpClients.close(client);
        }
    }

    private static boolean finished(SlotRun run) {
        return run.session().turns().size() == run.slot().item().turns().size()
                && run.session().turns().stream().allMatch(t -> t.replies().stream().allMatch(r -> r.state() == ReplyState.FINISHED));
    }

    /** One line per contestant: how many of its planned replies finished, failed, or are not done (cut short or never sent). */
    private static void summary(RunPlan plan, List<SlotRun> runs, List<Contestant> contestants, Io io) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Contestant c : contestants) counts.put(c.name(), new int[3]);
        for (SlotRun run : runs) {
            for (Turn t : run.session().turns()) {
                for (Reply r : t.replies()) {
                    int[] n = counts.get(r.contestant().name());
                    if (n == null) continue;
                    if (r.state() == ReplyState.FINISHED) n[0]++;
                    else if (r.state() == ReplyState.FAILED || r.state() == ReplyState.INTERRUPTED) n[1]++;
                }
            }
        }
        int planned = 0;
        for (Slot slot : plan.slots()) planned += slot.item().turns().size(); // each contestant's replies in the plan
        for (int[] n : counts.values()) n[2] = Math.max(0, planned - n[0] - n[1]);
        int width = contestants.stream().mapToInt(c -> vibecheck.ui.CellWidth.of(c.name())).max().orElse(4);
        for (var e : counts.entrySet()) {
            int[] n = e.getValue();
            io.out().println(ReplyReport.pad(e.getKey(), width) + "  " + n[0] + " finished, " + n[1] + " failed, " + n[2] + " not done");
        }
        io.out().flush();
    }


    private static List<String> names(String value, String flag) throws UsageException {
        if (value == null) return null;
        List<String> out = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (out.isEmpty()) throw new UsageException("run: " + flag + " is empty; give names such as " + flag + " a,b");
        if (out.contains("all") && out.size() > 1) throw new UsageException("run: " + flag + ": \"all\" stands alone");
        if (out.contains("all") && flag.equals("--models")) throw new UsageException("run: --models: leave it out to run every model");
        return out;
    }

    private static Integer repeat(String value) throws UsageException {
        if (value == null) return null;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 100) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("run: --repeat " + value + ": give a whole number from 1 to 100");
    }

    static String safeName(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "suite" : t.length() > 40 ? t.substring(0, 40) : t;
    }
}
