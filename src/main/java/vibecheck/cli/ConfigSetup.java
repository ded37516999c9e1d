package vibecheck.cli;

import java.util.List;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.config.ConfigLoader;
import vibecheck.config.ConfigLocator;
import vibecheck.protocol.Protocols;

/** Finds and loads the config for a command, printing warnings about keys it does not know. */
final class ConfigSetup {
    private ConfigSetup() {}

    static Config load(String explicit, Io io) throws ConfigException {
        return read(ConfigLocator.locate(explicit, io.env(), io.workDir(), io.home()), io);
    }

    /** The config, or empty when there is none yet (none named, none in the usual places). */
    static java.util.Optional<Config> loadIfPresent(String explicit, Io io) throws ConfigException {
        return loadIfPresent(explicit, io, new java.util.ArrayList<>());
    }

    /** The same, adding the config's warnings to {@code warnings} too (the full-screen UI shows them). */
    static java.util.Optional<Config> loadIfPresent(String explicit, Io io, List<String> warnings) throws ConfigException {
        var path = ConfigLocator.find(explicit, io.env(), io.workDir(), io.home());
        return path.isPresent() ? java.util.Optional.of(read(path.get(), io, warnings)) : java.util.Optional.empty();
    }

    /** The config with {@code defaults} (a suite's) laid over its own {@code defaults}, key by key. */
    static Config load(String explicit, Io io, com.fasterxml.jackson.databind.node.ObjectNode defaults) throws ConfigException {
        return read(ConfigLocator.locate(explicit, io.env(), io.workDir(), io.home()), io, defaults);
    }

    private static Config read(java.nio.file.Path path, Io io) throws ConfigException {
        return read(path, io, null, new java.util.ArrayList<>());
    }

    private static Config read(java.nio.file.Path path, Io io, List<String> warnings) throws ConfigException {
        return read(path, io, null, warnings);
    }

    private static Config read(java.nio.file.Path path, Io io, com.fasterxml.jackson.databind.node.ObjectNode defaults)
            throws ConfigException {
        return read(path, io, defaults, new java.util.ArrayList<>());
    }

    private static Config read(java.nio.file.Path path, Io io, com.fasterxml.jackson.databind.node.ObjectNode defaults,
                               List<String> warnings) throws ConfigException {
        if (!path.isAbsolute()) path = io.workDir().resolve(path).normalize();
        ConfigLoader loader = new ConfigLoader(Protocols.CATALOG);
        java.nio.file.Path shown = relativize(path, io);
        var tree = vibecheck.config.ConfigReader.read(path, shown.toString());
        if (defaults != null && tree instanceof com.fasterxml.jackson.databind.node.ObjectNode root) {
            var own = root.get("defaults") instanceof com.fasterxml.jackson.databind.node.ObjectNode o ? o : root.putObject("defaults");
            own.setAll(defaults);
        }
        Config config = loader.fromTree(shown, tree);
        for (String w : loader.warnings()) io.err().println("warning: " + w);
        warnings.addAll(loader.warnings());
        vibecheck.core.Rater.configure(config.rater());
        return config;
    }

    /**
     * The config when there is one; when none is found at all, an empty one (built-in criteria, no system prompts):
     * enough to review or export a transcript on a machine that never had a config.
     */
    static Config loadOptional(String explicit, Io io) throws ConfigException {
        return loadIfPresent(explicit, io).orElseGet(() -> empty(io));
    }

    /** No config at all: built-in criteria and system prompts, no servers or models. */
    static Config empty(Io io) {
        return new Config(io.workDir(), java.util.Map.of(), List.of(),
                    vibecheck.config.Defaults.standard(),
                    SHIPPED_PROMPTS, vibecheck.config.Criterion.DEFAULTS, vibecheck.keys.Keymap.defaults());
    }

    static final List<vibecheck.config.SystemPrompt> SHIPPED_PROMPTS = List.of(
            new vibecheck.config.SystemPrompt("none", ""),
            new vibecheck.config.SystemPrompt("friend", "Answer like a friend would: warm, casual and direct. No lectures, no disclaimers unless they truly matter."),
            new vibecheck.config.SystemPrompt("mentor", "Answer like an experienced mentor: encouraging but honest, explain your reasoning, and ask a clarifying question when the request is ambiguous."));

    /** Paths in messages are shown relative to the working folder when they are inside it. */
    private static java.nio.file.Path relativize(java.nio.file.Path p, Io io) {
        return p.startsWith(io.workDir()) ? io.workDir().relativize(p) : p;
    }

    /** What every command does with its arguments: --help, and bad input as one clear line each and exit 2. */
    interface Body {
        int run(Args args) throws UsageException, ConfigException;
    }

    static int command(String name, List<String> argv, Io io, java.util.Set<String> values, java.util.Set<String> flags,
                       String help, Body body) {
        try {
            Args args = Args.parse(name, argv, values, flags);
            if (args.flag("--help")) {
                io.out().print(help);
                return ExitCodes.OK;
            }
            return body.run(args);
        } catch (UsageException e) {
            io.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ConfigException e) {
            return report(e, io);
        }
    }

    static int report(ConfigException e, Io io) {
        List<String> problems = e.problems();
        for (String p : problems) io.err().println("error: " + p);
        return ExitCodes.USAGE;
    }
}
