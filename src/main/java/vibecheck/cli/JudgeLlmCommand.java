package vibecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.config.Criterion;
import vibecheck.config.JudgeConfig;
import vibecheck.llmjudge.Asking;
import vibecheck.llmjudge.JudgeClient;
import vibecheck.llmjudge.JudgePrompts;
import vibecheck.llmjudge.JudgementFile;
import vibecheck.llmjudge.NameRedactor;
import vibecheck.llmjudge.Question;
import vibecheck.llmjudge.Questions;
import vibecheck.transcript.LlmJudgement;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptFormatException;

/**
 * {@code vibecheck judge-llm PATH…}: a configured LLM judge scores every finished reply on each criterion and
 * compares every two replies of a turn (in both orders), into the transcripts beside the person's judgements. Run
 * again, it asks only what is not recorded yet for that judge, model and prompt version.
 */
public final class JudgeLlmCommand {
    static final Set<String> VALUES = Set.of("--config", "--judge", "--criteria");
    static final Set<String> FLAGS = Set.of("--help", "--per-criterion", "--no-pairs", "--no-scores", "--retry-unparsed");
    /** A judge that fails this many times in a row is not asked the rest (its server is down, or the model missing). */
    static final int FAILURES_IN_A_ROW = 3;

    private JudgeLlmCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("judge-llm", argv, io, VALUES, FLAGS, Help.JUDGE_LLM, args -> run(args, argv, io));
    }

    private record Planned(Path file, String shown, int asked) {}

    private static int run(Args args, List<String> argv, Io io) throws UsageException, ConfigException {
        if (args.positional().isEmpty()) {
            throw new UsageException("judge-llm: give transcripts or a run folder, e.g. vibecheck judge-llm runs/persona");
        }
        if (args.flag("--no-pairs") && args.flag("--no-scores")) throw new UsageException("judge-llm: --no-pairs and --no-scores leave nothing to ask");
        Config config = ConfigSetup.load(args.option("--config"), io);
        JudgeConfig judge = judge(config, args.option("--judge"));
        List<String> missing = config.missingKeys(List.of(judge.asModel()), io.env());
        if (!missing.isEmpty()) throw new ConfigException(missing);
        List<Criterion> all = config.criteria().isEmpty() ? Criterion.DEFAULTS : config.criteria();
        List<Criterion> chosen = criteria(args.option("--criteria"), all);
        boolean perCriterion = args.flag("--per-criterion");
        boolean scores = !args.flag("--no-scores");
        boolean pairs = !args.flag("--no-pairs");
        boolean retryUnparsed = args.flag("--retry-unparsed");
        JudgePrompts prompts = JudgePrompts.of(config.judges().promptOverrides());

        List<Planned> plan = new ArrayList<>();
        int total = 0;
        int already = 0;
        java.util.Set<Path> seen = new java.util.HashSet<>(); // a file named twice (itself and its folder) is judged once
        for (String given : args.positional()) {
            for (Path f : files(given, io)) {
                if (!seen.add(f.toAbsolutePath().normalize())) continue;
                String shown = io.workDir().relativize(f.toAbsolutePath().normalize()).toString();
                Transcript t;
                try {
                    t = vibecheck.transcript.TranscriptStore.read(f);
                } catch (TranscriptFormatException | IOException e) {
                    if (Files.isDirectory(io.workDir().resolve(given))) {
                        io.err().println("note: skipped " + shown + ": not a transcript vibecheck can use ("
                                + vibecheck.text.ParserMessages.firstLine(e.getMessage()) + ")");
                        continue;
                    }
                    throw new UsageException("judge-llm: " + shown + ": " + (e instanceof TranscriptFormatException ? "" : "not a vibecheck transcript: ")
                            + vibecheck.text.ParserMessages.firstLine(e.getMessage()));
                }
                int asked = 0;
                int have = 0;
                for (int i = 0; i < t.turns().size(); i++) {
                    List<Question> qs = Questions.of(t, i, judge, prompts, chosen, all, perCriterion, scores, pairs);
                    int pending = Questions.pending(qs, t.turns().get(i), retryUnparsed).size();
                    asked += pending;
                    have += qs.size() - pending;
                }
                plan.add(new Planned(f, shown, asked));
                total += asked;
                already += have;
            }
        }
        io.err().println("judge-llm " + judge.name() + " (" + judge.model() + " on " + judge.server() + ", prompt version "
                + prompts.version() + "): " + plan.size() + (plan.size() == 1 ? " transcript, " : " transcripts, ") + total
                + (total == 1 ? " question" : " questions") + " to ask" + (already > 0 ? " (" + already + " already answered)" : ""));
        return execute(plan, total, judge, config, prompts, chosen, all, perCriterion, scores, pairs, retryUnparsed, argv, io);
    }

    private static int execute(List<Planned> plan, int total, JudgeConfig judge, Config config, JudgePrompts prompts,
                               List<Criterion> chosen, List<Criterion> all, boolean perCriterion, boolean scores, boolean pairs,
                               boolean retryUnparsed, List<String> argv, Io io) {
        JudgeLlmProgress progress = new JudgeLlmProgress(io.terminal() ? io.err() : io.out(), io.terminal(), Terminals.width(io.env()), total);
        int skipped = 0;
        int inARow = 0;
        String gaveUp = null;
        try (JudgeClient client = new JudgeClient(judge, config, io.env())) {
            client.whileWaiting(progress::tick);
            var stopped = new java.util.concurrent.atomic.AtomicReference<String>(); // set by a signal, on its own thread
            Interrupts.Handlers watch = Interrupts.during(why -> {
                stopped.compareAndSet(null, why);
                client.stop(why);
            });
            try (watch) {
                files:
                for (Planned p : plan) {
                    if (stopped.get() != null || gaveUp != null) break;
                    if (p.asked() == 0) continue;
                    try (JudgementFile file = JudgementFile.open(p.file(), Clock.systemUTC())) {
                        Transcript t = file.transcript(); // read again under the lock: it may have changed since
                        Asking asking = new Asking(client, judge, prompts, NameRedactor.of(t), Clock.systemUTC());
                        for (int i = 0; i < t.turns().size(); i++) {
                            Transcript.Turn turn = file.transcript().turns().get(i);
                            List<Question> qs = Questions.pending(Questions.of(file.transcript(), i, judge, prompts, chosen, all, perCriterion, scores, pairs), turn, retryUnparsed);
                            for (Question q : qs) {
                                String where = p.shown() + " turn " + (i + 1) + " " + q.describe(turn);
                                progress.asking(where);
                                Asking.Outcome o = asking.ask(q);
                                if (stopped.get() != null) break files;
                                if (o.judgement() == null) {
                                    progress.answered(where, "failed: " + o.failed(), false);
                                    if (io.terminal()) progress.note("failed: " + where + ": " + o.failed());
                                    if (++inARow >= FAILURES_IN_A_ROW) {
                                        gaveUp = o.failed();
                                        break files;
                                    }
                                    continue;
                                }
                                inARow = 0;
                                LlmJudgement j = file.add(i, o.judgement());
                                count(progress, j);
                                progress.answered(where, verdict(j, turn), true);
                            }
                        }
                    } catch (IOException | TranscriptFormatException e) {
                        skipped++;
                        progress.note("error: " + p.shown() + ": " + e.getMessage());
                    }
                }
            }
            progress.finish();
            io.out().println("judged: " + progress.scores + " scores, " + progress.pairs + " pair verdicts ("
                    + progress.inconsistent + " inconsistent across orders), " + progress.unparsed + " unparsed, " + progress.failed + " failed"
                    + (skipped > 0 ? ", " + skipped + (skipped == 1 ? " file" : " files") + " not written" : ""));
            io.out().flush();
            if (stopped.get() != null) {
                io.err().println(stopped.get() + "; what was judged is saved. Go on with: " + Args.commandLine("judge-llm", argv));
                return ExitCodes.INTERRUPTED;
            }
            if (gaveUp != null) {
                io.err().println("the judge failed " + FAILURES_IN_A_ROW + " times in a row, so the rest was not asked (" + gaveUp
                        + "). What was judged is saved; go on with: " + Args.commandLine("judge-llm", argv));
            }
            return progress.failed > 0 || skipped > 0 || gaveUp != null ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
    }

    private static void count(JudgeLlmProgress progress, LlmJudgement j) {
        if (!j.ok()) progress.unparsed++;
        else if (LlmJudgement.SCORE.equals(j.kind())) progress.scores++;
        else {
            progress.pairs++;
            if (j.inconsistent()) progress.inconsistent++;
        }
    }

    /** The verdict in words, by reply position (never by name). */
    private static String verdict(LlmJudgement j, Transcript.Turn turn) {
        if (!j.ok()) return "unparsed (kept as it came)";
        if (LlmJudgement.SCORE.equals(j.kind())) return String.valueOf(j.score());
        if (j.inconsistent()) return "tie (inconsistent: the verdict changed with the order)";
        if (LlmJudgement.TIE.equals(j.winner())) return "tie";
        List<String> names = turn.replies().stream().map(Transcript.Reply::contestant).toList();
        return "reply " + (names.indexOf(j.winner()) + 1) + " better";
    }

    private static JudgeConfig judge(Config config, String name) throws UsageException {
        if (config.judges().entries().isEmpty()) {
            throw new UsageException("judge-llm: " + config.source() + " has no judges; add one, e.g. \"judges\": "
                    + "[{\"name\": \"j-llama70\", \"server\": \"ollama\", \"model\": \"llama3:70b\"}]");
        }
        return config.judges().choose(name).orElseThrow(() -> new UsageException("judge-llm: --judge " + name
                + ": no such judge in " + config.source() + " (judges: "
                + String.join(", ", config.judges().entries().stream().map(JudgeConfig::name).toList()) + ")"));
    }

    private static List<Criterion> criteria(String value, List<Criterion> all) throws UsageException {
        if (value == null) return null;
        List<String> keys = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (keys.isEmpty()) throw new UsageException("judge-llm: --criteria is empty; give criteria such as --criteria empathy,tone");
        List<Criterion> out = new ArrayList<>();
        for (String k : keys) {
            Criterion c = all.stream().filter(x -> x.key().equals(k)).findFirst().orElseThrow(() -> new UsageException(
                    "judge-llm: --criteria: no criterion \"" + k + "\" (criteria: " + String.join(", ", all.stream().map(Criterion::key).toList()) + ")"));
            out.add(c);
        }
        return out;
    }

    /** The transcripts a path stands for: the file itself, or every .json under a folder, in name order. */
    private static List<Path> files(String given, Io io) throws UsageException {
        Path p = io.workDir().resolve(given);
        if (Files.isRegularFile(p)) return List.of(p);
        if (!Files.isDirectory(p)) throw new UsageException("judge-llm: " + given + ": no such file or folder");
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("judge-llm: " + given + ": cannot read the folder: " + e.getMessage());
        }
    }
}
