package vibecheck.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** A loaded, validated configuration. */
public record Config(
        Path source,
        Map<String, ServerConfig> servers,
        List<ModelConfig> models,
        Defaults defaults,
        List<SystemPrompt> systemPrompts,
        List<Criterion> criteria,
        vibecheck.keys.Keymap keymap,
        String rater,
        Judges judges) {

    public Config(Path source, Map<String, ServerConfig> servers, List<ModelConfig> models, Defaults defaults,
                  List<SystemPrompt> systemPrompts, List<Criterion> criteria, vibecheck.keys.Keymap keymap) {
        this(source, servers, models, defaults, systemPrompts, criteria, keymap, null, Judges.NONE);
    }

    /** This config with other judges (the one {@code --judge} names first). */
    public Config withJudges(Judges now) {
        return new Config(source, servers, models, defaults, systemPrompts, criteria, keymap, rater, now);
    }

    public ServerConfig serverOf(ModelConfig model) {
        return servers.get(model.server());
    }

    public Optional<ModelConfig> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<SystemPrompt> systemPrompt(String name) {
        return systemPrompts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The system prompt a session starts with: {@code defaults.systemPrompt}, else the first listed, else none. */
    public SystemPrompt initialSystemPrompt() {
        if (defaults.systemPrompt() != null) {
            Optional<SystemPrompt> named = systemPrompt(defaults.systemPrompt());
            if (named.isPresent()) return named.get();
        }
        return systemPrompts.isEmpty() ? SystemPrompt.NONE : systemPrompts.get(0);
    }

    /**
     * Where {@link #initialSystemPrompt()} stands in {@link #systemPrompts()} (0 for an empty list). Found by
     * identity: a record's {@code equals} spins its method handles on first use, 10-15 ms before the first screen.
     */
    public int initialSystemPromptIndex() {
        SystemPrompt initial = initialSystemPrompt();
        for (int i = 0; i < systemPrompts.size(); i++) {
            if (systemPrompts.get(i) == initial) return i;
        }
        return 0;
    }

    /**
     * Problems with the API keys the given contestants need: an {@code apiKeyEnv} that names an unset variable, or
     * a key that could not be sent (a line break, a control or non-ASCII character), named but never shown.
     * Checked only for servers actually used, so an unused OpenAI entry never blocks a local run.
     */
    public List<String> missingKeys(List<ModelConfig> chosen, Map<String, String> env) {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (ModelConfig m : chosen) {
            ServerConfig p = serverOf(m);
            if (p.apiKeyEnv() != null && p.apiKey(env) == null) {
                users.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(m.name());
            }
        }
        List<String> problems = new ArrayList<>();
        users.forEach((id, names) -> problems.add(String.format(
                "%s: $.servers.%s.apiKeyEnv: environment variable %s is not set (needed by %s); set %s, or take those models out of the config",
                source, id, servers.get(id).apiKeyEnv(), String.join(", ", names), servers.get(id).apiKeyEnv())));
        Set<String> seen = new java.util.HashSet<>();
        for (ModelConfig m : chosen) {
            ServerConfig p = serverOf(m);
            String problem = p.keyProblem(env);
            if (problem != null && seen.add(p.id())) problems.add(source + ": $.servers." + p.id() + ".apiKeyEnv: " + problem);
        }
        return problems;
    }
}
