package vibecheck.llmjudge;

import java.util.Map;
import vibecheck.config.Config;
import vibecheck.config.JudgeConfig;

/** The judge the UI asks with {@code J}: which one, with which prompts, and the config its server entry is in. */
public record JudgeSetup(JudgeConfig judge, JudgePrompts prompts, Config config) {
    /** The config's judge named {@code name} (null: the first); null when the config has no judges. */
    public static JudgeSetup of(Config config, String name) {
        return config.judges().choose(name).map(j -> new JudgeSetup(j, JudgePrompts.of(config.judges().promptOverrides()), config))
                .orElse(null);
    }

    public JudgeClient client(Map<String, String> env) {
        return new JudgeClient(judge, config, env);
    }
}
