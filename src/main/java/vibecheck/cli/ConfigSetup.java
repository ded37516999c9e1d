package vibecheck.cli;

import java.util.List;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.config.ConfigLoader;
import vibecheck.config.ConfigLocator;
import vibecheck.provider.Providers;

/** Finds and loads the config for a command, printing warnings about keys it does not know. */
final class ConfigSetup {
    private ConfigSetup() {}

    static Config load(String explicit, Io io) throws ConfigException {
        var path = ConfigLocator.locate(explicit, io.env(), io.workDir(), io.home());
        if (!path.isAbsolute()) path = io.workDir().resolve(path).normalize();
        ConfigLoader loader = new ConfigLoader(Providers.CATALOG);
        Config config = loader.load(path, relativize(path, io));
        for (String w : loader.warnings()) io.err().println("warning: " + w);
        return config;
    }

    /**
     * The config when there is one; when none is found at all, an empty one (built-in criteria, no system prompts):
     * enough to review or export a transcript on a machine that never had a config.
     */
    static Config loadOptional(String explicit, Io io) throws ConfigException {
        try {
            return load(explicit, io);
        } catch (ConfigException e) {
            if (explicit != null || !e.getMessage().startsWith("no config file found")) throw e;
            return empty(io);
        }
    }

    /** No config at all: built-in criteria and system prompts, no servers or models. */
    static Config empty(Io io) {
        return new Config(io.workDir(), java.util.Map.of(), List.of(),
                    new vibecheck.config.Defaults(vibecheck.config.Defaults.TEMPERATURE, vibecheck.config.Defaults.MAX_TOKENS, null,
                            vibecheck.config.Defaults.CONNECT_TIMEOUT_SECONDS, vibecheck.config.Defaults.IDLE_TIMEOUT_SECONDS, "session", "parallel"),
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

    static int report(ConfigException e, Io io) {
        List<String> problems = e.problems();
        for (String p : problems) io.err().println("error: " + p);
        return ExitCodes.USAGE;
    }
}
