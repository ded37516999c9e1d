package vibecheck.cli;

import vibecheck.config.Config;
import vibecheck.config.JudgeConfig;

/** {@code --judge NAME} in the UI commands: the judge {@code J} asks is the one named (else the config's first). */
final class JudgeChoice {
    private JudgeChoice() {}

    static Config apply(Config config, String name, String command) throws UsageException {
        if (name == null) return config;
        if (config.judges().named(name).isEmpty()) {
            throw new UsageException(command + ": --judge " + name + ": no such judge in " + config.source()
                    + (config.judges().entries().isEmpty() ? " (it has no judges)"
                    : " (judges: " + String.join(", ", config.judges().entries().stream().map(JudgeConfig::name).toList()) + ")"));
        }
        return config.withJudges(config.judges().first(name));
    }
}
