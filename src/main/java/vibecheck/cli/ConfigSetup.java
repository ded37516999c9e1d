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
