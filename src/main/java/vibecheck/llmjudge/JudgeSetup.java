package vibecheck.llmjudge;

import java.util.Map;
import vibecheck.config.Config;
import vibecheck.config.JudgeConfig;

/**
 * The judge the UI asks with {@code J}: which one, with which prompts, and the config its server entry is in. The
 * prompts file is read the first time the judge is asked, not while the first screen is being drawn.
 */
public final class JudgeSetup {
    private final JudgeConfig judge;
    private final Config config;
    private JudgePrompts prompts;

    private JudgeSetup(JudgeConfig judge, Config config) {
        this.judge = judge;
        this.config = config;
    }

    /** The config's first judge (the one {@code --judge} put first); null when the config has no judges. */
    public static JudgeSetup of(Config config) {
        return config.judges().choose(null).map(j -> new JudgeSetup(j, config)).orElse(null);
    }

    public JudgeConfig judge() {
        return judge;
    }

    /** The prompts in force (the shipped file, with the config's overrides), read once. */
    public synchronized JudgePrompts prompts() {
        if (prompts == null) prompts = JudgePrompts.of(config.judges().promptOverrides());
        return prompts;
    }

    public JudgeClient client(Map<String, String> env) {
        return new JudgeClient(judge, config, env);
    }
}
