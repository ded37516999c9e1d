package vibecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import vibecheck.Version;
import vibecheck.app.App;
import vibecheck.app.Screens;
import vibecheck.app.TerminalModes;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.core.Blind;
import vibecheck.core.Msg;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.discovery.Discovery;
import vibecheck.discovery.Found;
import vibecheck.discovery.Probe;
import vibecheck.stream.Contestant;
import vibecheck.stream.StreamEngine;
import vibecheck.transcript.TranscriptStore;
import vibecheck.ui.Theme;

/** {@code vibecheck} with no command: the full-screen UI on a new session. */
public final class UiCommand {
    static final Set<String> VALUES = Set.of("--config", "--transcripts", "--judge");
    static final Set<String> FLAGS = Set.of("--help", "--blind", "--discover");

    private UiCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("vibecheck", argv, io, VALUES, FLAGS, Help.MAIN, args -> {
            if (!args.positional().isEmpty()) {
                throw new UsageException("unknown command \"" + args.positional().get(0) + "\"; commands: ask, run, suites, judge, judge-llm, models, review, export, report (see `vibecheck --help`)");
            }
            requireTerminal(io);
            // the terminal's settings are read and made, and the screen's classes loaded, while the config is read
            TerminalModes modes = TerminalModes.begin();
            Warmup.start();
            try {
                return start(args, io, modes);
            } finally {
                modes.putBack(); // unless the screen took the terminal over: a config error leaves it as it was
            }
        });
    }

    private static int start(Args args, Io io, TerminalModes modes) throws UsageException, ConfigException {
        List<String> warnings = new ArrayList<>();
        var loaded = ConfigSetup.loadIfPresent(args.option("--config"), io, warnings);
        boolean discover = args.flag("--discover") || loaded.isEmpty(); // no config yet: find what runs here
        Config config = JudgeChoice.apply(loaded.orElseGet(() -> ConfigSetup.empty(io)), args.option("--judge"), "vibecheck");
        List<String> missing = config.missingKeys(config.models(), io.env());
        if (!missing.isEmpty()) throw new ConfigException(missing);
        TranscriptStore store = Contestants.transcripts(args, io);
        List<Contestant> contestants = discover ? List.of() : Contestants.of(config, config.models(), io.env());
        Session session = new Session(contestants, Version.program(), Clock.systemUTC());
        List<Probe> probes = probes(config, io);
        List<Found> found = discover ? Discovery.run(probes, io.env()) : null;
        return show(config, session, s -> store.pathFor(s.startedAt(), s.id()), args.flag("--blind"), probes, found, warnings, io,
                state -> { }, modes);
    }

    /**
     * The launcher keeps the class-data archive a first run writes only if that run showed its first screen (one
     * that failed before it loads too little to be worth keeping, and would be kept for good): it names a file to
     * leave as the mark, in {@code VIBECHECK_ARCHIVE_MARK}.
     */
    static void markFirstScreen(java.util.Map<String, String> env) {
        String mark = env.get("VIBECHECK_ARCHIVE_MARK");
        if (mark == null || mark.isEmpty()) return;
        try {
            Files.createFile(Path.of(mark));
        } catch (IOException | RuntimeException e) {
            // the archive is then not kept, and the next run writes one again
        }
    }

    static void requireTerminal(Io io) throws UsageException {
        if (!io.terminal()) {
            throw new UsageException("the full-screen UI needs a terminal; for scripts and pipes use `vibecheck ask \"prompt\"`");
        }
    }

    /** Where to look for model servers: the usual places, and every server the config names. */
    static List<Probe> probes(Config config, Io io) {
        List<Probe> probes = new ArrayList<>(Probe.defaults(io.env()));
        for (var p : config.servers().values()) {
            if (probes.stream().noneMatch(x -> x.baseUrl().equals(p.baseUrl()))) {
                probes.add(new Probe(p.id(), p.type(), p.baseUrl(), p.apiKeyEnv(), p.id() + " (config)"));
            }
        }
        return probes;
    }

    /**
     * Runs the UI on a session until the user quits.
     *
     * @param transcripts where a session is saved (a session started from the picker gets its own file)
     * @param found what a look for servers found, to open the picker with; null to start on the session
     */
    static int show(Config config, Session session, java.util.function.Function<Session, Path> transcripts, boolean blind,
                    List<Probe> probes, List<Found> found, Io io) {
        return show(config, session, transcripts, blind, probes, found, List.of(), io, state -> { }, null);
    }

    /** @param setup changes the state before the first screen (judging a run sets its navigator) */
    static int show(Config config, Session session, java.util.function.Function<Session, Path> transcripts, boolean blind,
                    List<Probe> probes, List<Found> found, Io io, java.util.function.Consumer<UiState> setup) {
        return show(config, session, transcripts, blind, probes, found, List.of(), io, setup, null);
    }

    /**
     * @param warnings the config's warnings, shown on the first screen until looked at
     * @param modes the terminal's settings as made when the program started; null to make them here
     */
    static int show(Config config, Session session, java.util.function.Function<Session, Path> transcripts, boolean blind,
                    List<Probe> probes, List<Found> found, List<String> warnings, Io io,
                    java.util.function.Consumer<UiState> setup, TerminalModes modes) {
        // the HTTP client is built once the first screen is up (on a two-core machine, building it beside the first
        // frame slows the frame): the first message waits for it, the first screen does not
        var client = new CompletableFuture<okhttp3.OkHttpClient>();
        vibecheck.config.BlindShuffle shuffle = config.defaults().blindShuffle();
        UiState state = new UiState(session, config.systemPrompts(), config.initialSystemPromptIndex(),
                config.keymap(), null, config.defaults().temperature(), config.criteria(),
                new Blind(session.contestants().size(), shuffle, new Random(), blind));
        state.probes = probes;
        state.env = io.env();
        state.llmJudge = vibecheck.llmjudge.JudgeSetup.of(config);
        state.sequential = config.defaults().schedule() == vibecheck.config.Schedule.SEQUENTIAL;
        state.checkServersAtStart = found == null && !session.contestants().isEmpty();
        state.configWarnings = List.copyOf(warnings);
        if (found != null) {
            state.picker = new vibecheck.core.Picker(found, List.of());
            state.overlay = UiState.Overlay.PICKER;
        }
        setup.accept(state);
        AtomicReference<App> app = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> stoppedBy = new java.util.concurrent.atomic.AtomicReference<>();
        try (StreamEngine engine = new StreamEngine(client::join, Contestants.idle(config), config.defaults().maxReplyBytes(), e -> app.get().post(e))) {
            var output = Screens.stdout();
            app.set(new App(state, Screens.terminal(output, modes), null, engine, transcripts, io.env(), Theme.forEnvironment(io.env())));
            app.get().frameOutput(output);
            app.get().configWriter(text -> ConfigFileWriter.write(text, io));
            app.get().sessionOpener(SessionOpener.of(config, io));
            app.get().afterFirstFrame(() -> {
                Warmup.later();
                CompletableFuture.runAsync(() -> {
                    markFirstScreen(io.env());
                    try {
                        client.complete(Contestants.client(config, session.contestants()));
                    } catch (RuntimeException e) {
                        client.completeExceptionally(e);
                    }
                });
            });
            Interrupts.onSignals(why -> {
                stoppedBy.compareAndSet(null, why); // the exit status says which signal stopped it, as ask's does
                app.get().post(new Msg.Shutdown(why));
            });
            app.get().run();
        } catch (IOException e) {
            io.err().println("error: the terminal failed: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        } finally {
            if (!client.cancel(false)) { // built (or being built): close it; never built: nothing to close
                try {
                    vibecheck.stream.HttpClients.close(client.join());
                } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException ignored) {
                    // it could not be built: there is nothing to close
                }
            }
        }
        Path file = app.get() != null ? app.get().transcriptOf(state.session) : transcripts.apply(state.session);
        if (state.readOnly != null) io.err().println("read-only: " + state.readOnly + "; nothing was saved to " + file);
        else if (Files.exists(file)) io.err().println("transcript: " + file);
        if (app.get() != null && app.get().saveProblem() != null) {
            io.err().println("error: " + app.get().saveProblem());
            return ExitCodes.SOME_FAILED;
        }
        return stoppedBy.get() != null ? ExitCodes.stoppedBy(stoppedBy.get()) : ExitCodes.OK;
    }
}
