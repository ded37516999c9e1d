package vibecheck.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vibecheck.config.Config;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.Protocols;
import vibecheck.protocol.RemoteModel;
import vibecheck.discovery.Discovery;
import vibecheck.discovery.Found;
import vibecheck.text.TerminalSanitizer;

/** {@code vibecheck models}: what each configured server serves, and which of it are contestants. */
public final class ModelsCommand {
    static final Set<String> VALUES = Set.of("--config");
    static final Set<String> FLAGS = Set.of("--help");

    private ModelsCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("models", argv, io, VALUES, FLAGS, Help.MODELS, args -> {
            if (!args.positional().isEmpty()) throw new UsageException("models: unexpected argument " + args.positional().get(0));
            var config = ConfigSetup.loadIfPresent(args.option("--config"), io);
            return config.isPresent() ? list(config.get(), io) : discover(io);
        });
    }

    /** What one server answered: its models, or why there are none. */
    private record Listing(ServerConfig server, List<RemoteModel> models, String problem) {}

    private static int list(Config config, Io io) throws vibecheck.config.ConfigException {
        List<String> badKeys = new ArrayList<>();
        for (ServerConfig p : config.servers().values()) {
            String problem = p.keyProblem(io.env());
            if (problem != null) badKeys.add(config.source() + ": $.servers." + p.id() + ".apiKeyEnv: " + problem);
        }
        if (!badKeys.isEmpty()) throw new vibecheck.config.ConfigException(badKeys); // before anything is sent
        List<ServerConfig> reachable = new ArrayList<>();
        for (ServerConfig p : config.servers().values()) {
            if (p.apiKeyEnv() == null || p.apiKey(io.env()) != null) reachable.add(p);
        }
        List<Found> found = Discovery.listConfigured(reachable, io.env(), Duration.ofSeconds(3), Duration.ofSeconds(15));
        boolean allReached = true;
        for (ServerConfig p : config.servers().values()) {
            int i = reachable.indexOf(p);
            if (i < 0) {
                print(config, new Listing(p, List.of(), "skipped: $" + p.apiKeyEnv() + " is not set"), io);
                continue;
            }
            Found f = found.get(i);
            allReached &= f.answered();
            print(config, new Listing(p, f.models(), f.answered() ? null : problem(f, p, io)), io);
        }
        return allReached ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String problem(Found f, ServerConfig p, Io io) {
        var adapter = Protocols.create(p, io.env());
        boolean http = f.problem().startsWith("HTTP ");
        int status = http ? Integer.parseInt(f.problem().substring(5, 8)) : 0;
        String hint = adapter.hint(status, f.problem(), "");
        if (hint != null && hint.contains("vibecheck models")) hint = "check baseUrl: the model list should be at " + adapter.listModels().url();
        return (http ? "" : "cannot reach " + adapter.listModels().url() + ": ") + f.problem() + (hint == null ? "" : " — " + hint);
    }

    /** With no config: what runs on this machine, looked for the way the UI does. */
    private static int discover(Io io) {
        io.out().println("no config file: looking for model servers on this machine");
        var found = Discovery.run(vibecheck.discovery.Probe.defaults(io.env()), io.env());
        Config none = ConfigSetup.empty(io);
        boolean any = false;
        for (var f : found) {
            var p = Discovery.serverOf(f.probe());
            if (f.answered()) {
                any = true;
                print(none, new Listing(p, f.models(), null), io);
            } else {
                io.out().println(f.probe().label() + " at " + name(vibecheck.text.Urls.withoutPassword(f.probe().baseUrl())) + ": " + TerminalSanitizer.label(f.problem(), 400));
            }
        }
        if (!any) io.out().println("nothing found: start one with `ollama serve`, or run `vibecheck` for a demo");
        return any ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static void print(Config config, Listing l, Io io) {
        ServerConfig p = l.server();
        List<ModelConfig> contestants = config.models().stream().filter(m -> m.server().equals(p.id())).toList();
        String head = name(p.id()) + " (" + p.type() + ", " + name(p.baseUrl()) + ")";
        if (l.problem() != null) {
            io.out().println(head + ": " + TerminalSanitizer.label(l.problem(), 400));
            for (ModelConfig m : contestants) io.out().println("    contestant " + name(m.name()) + " → " + name(m.model()) + " (not checked)");
            return;
        }
        io.out().println(head + ": " + l.models().size() + (l.models().size() == 1 ? " model" : " models"));
        Map<String, String> byModel = contestants.stream()
                .collect(Collectors.toMap(ModelConfig::model, ModelConfig::name, (a, b) -> a + ", " + b));
        for (RemoteModel m : l.models()) {
            String contestant = byModel.get(m.id());
            if (contestant == null && !m.id().contains(":")) contestant = byModel.get(m.id() + ":latest");
            StringBuilder line = new StringBuilder(contestant != null ? "  * " : "    ");
            line.append(name(m.id()));
            List<String> details = new ArrayList<>();
            if (m.sizeBytes() != null) details.add(String.format(Locale.ROOT, "%.1f GB", m.sizeBytes() / 1e9));
            if (m.parameterSize() != null) details.add(m.parameterSize());
            if (m.family() != null) details.add(m.family());
            if (m.quantization() != null) details.add(m.quantization());
            if (!details.isEmpty()) line.append("  (").append(TerminalSanitizer.label(String.join(", ", details), 80)).append(')');
            if (contestant != null) line.append("  ← contestant ").append(name(contestant));
            io.out().println(line);
        }
        for (ModelConfig m : contestants) {
            boolean served = l.models().stream().anyMatch(r -> r.id().equals(m.model()) || r.id().equals(m.model() + ":latest"));
            if (!served) {
                String hint = "ollama".equals(p.type()) ? Protocols.create(p, Map.of()).hint(404, "model not found", m.model())
                        : "give it one of the ids above as its model in the config";
                io.out().println("  ! contestant " + name(m.name()) + " wants " + name(m.model()) + ", which this server does not list"
                        + (hint == null ? "" : " — " + TerminalSanitizer.label(hint, 200)));
            }
        }
    }

    /** A name or id as one line of at most 100 characters: a server's model id can hold anything. */
    static String name(String s) {
        return TerminalSanitizer.label(s, 100);
    }
}
