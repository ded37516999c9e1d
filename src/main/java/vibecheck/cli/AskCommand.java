package vibecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import vibecheck.Version;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.config.ModelConfig;
import vibecheck.config.SystemPrompt;
import vibecheck.core.Session;
import vibecheck.core.Turn;
import vibecheck.stream.Contestant;
import vibecheck.stream.ReplyState;
import vibecheck.runner.SessionFile;
import vibecheck.runner.StreamRunner;
import vibecheck.transcript.TranscriptStore;

/** {@code vibecheck ask}: one prompt to every chosen contestant at once, headless. */
public final class AskCommand {
    static final Set<String> VALUES = Set.of("--config", "--models", "--system", "--temperature", "--transcripts");
    static final Set<String> FLAGS = Set.of("--help");

    private AskCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("ask", argv, io, VALUES, FLAGS, Help.ASK, args -> ask(args, io));
    }

    private static int ask(Args args, Io io) throws UsageException, ConfigException {
        String prompt = prompt(args, io);
        Config config = ConfigSetup.load(args.option("--config"), io);
        List<ModelConfig> chosen = chooseModels(config, args.option("--models"));
        SystemPrompt system = args.option("--system") == null ? config.initialSystemPrompt()
                : config.systemPrompt(args.option("--system")).orElseThrow(() -> new UsageException(
                        "ask: --system " + args.option("--system") + ": no such system prompt (configured: "
                                + String.join(", ", config.systemPrompts().stream().map(SystemPrompt::name).toList()) + ")"));
        Double temperature = temperature(args.option("--temperature"));
        List<String> missing = config.missingKeys(chosen, io.env());
        if (!missing.isEmpty()) {
            throw new ConfigException(missing.stream().map(m -> m.contains("is not set") ? m + " (or leave them out with --models)" : m).toList());
        }

        TranscriptStore store = Contestants.transcripts(args, io);

        List<Contestant> contestants = Contestants.of(config, chosen, io.env());
        var client = Contestants.client(config, contestants);
        Session session = new Session(contestants, Version.program(), Clock.systemUTC());
        SessionFile file = new SessionFile(session, store.pathFor(session.startedAt(), session.id()), io.err());
        try (StreamRunner runner = new StreamRunner(client, Contestants.idle(config), config.defaults().maxReplyBytes())) {
            AtomicReference<String> stopSignal = new AtomicReference<>();
            Interrupts.onStop(signal -> { // the runner ends the replies with the reason, then cancels their streams
                stopSignal.compareAndSet(null, signal);
                runner.stop("stopped by " + signal + " before it finished");
            });
            boolean sequential = config.defaults().schedule() == vibecheck.config.Schedule.SEQUENTIAL;
            session.schedule(config.defaults().schedule());
            runner.start(session, session.addTurn(prompt, system, temperature), sequential);
            Turn turn = session.turns().get(0);
            LiveProgress live = io.terminal() ? new LiveProgress(io.err(), Terminals.width(io.env())) : null;
            runner.await(file, () -> {
                if (live != null) live.draw(turn, false);
            });
            if (live != null) {
                live.draw(turn, true);
                io.err().println();
            }
            ReplyReport.printReplies(turn, io.out());
            ReplyReport.printSummary(turn, io.out());
            io.out().flush();
            file.release();
            if (file.failed()) {
                io.err().println("error: the transcript could not be saved to " + file.path() + ": " + file.problem());
                return ExitCodes.SOME_FAILED;
            }
            io.err().println("transcript: " + file.path());
            if (stopSignal.get() != null) return ExitCodes.stoppedBy(stopSignal.get());
            return turn.replies().stream().allMatch(r -> r.state() == ReplyState.FINISHED) ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } finally {
            vibecheck.stream.HttpClients.close(client);
        }
    }

    private static String prompt(Args args, Io io) throws UsageException {
        List<String> words = args.positional();
        String prompt;
        if (words.isEmpty() && !io.terminal() || words.equals(List.of("-"))) {
            try {
                prompt = new String(io.in().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("ask: cannot read the prompt from standard input: " + e.getMessage());
            }
        } else {
            prompt = String.join(" ", words);
        }
        if (prompt.isBlank()) throw new UsageException("ask: give the prompt to send, e.g. vibecheck ask \"Why is the sky blue?\"");
        return prompt.strip();
    }

    static List<ModelConfig> chooseModels(Config config, String list) throws UsageException {
        if (list == null) return config.models();
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : list.split(",")) if (!n.isBlank()) wanted.add(n.strip());
        if (wanted.isEmpty()) throw new UsageException("ask: --models is empty; give names such as --models a,b");
        List<String> unknown = wanted.stream().filter(n -> config.model(n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new UsageException("ask: --models: no model named " + String.join(", ", unknown) + " in " + config.source()
                    + " (configured: " + String.join(", ", config.models().stream().map(ModelConfig::name).toList()) + ")");
        }
        return config.models().stream().filter(m -> wanted.contains(m.name())).toList();
    }

    private static Double temperature(String value) throws UsageException {
        if (value == null) return null;
        try {
            double t = Double.parseDouble(value);
            if (t >= 0 && t <= 2) return t;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("ask: --temperature " + value + ": give a number from 0 to 2");
    }

}
