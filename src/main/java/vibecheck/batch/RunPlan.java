package vibecheck.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vibecheck.config.Config;
import vibecheck.config.Criterion;
import vibecheck.config.ModelConfig;
import vibecheck.config.SystemPrompt;
import vibecheck.suite.Suite;
import vibecheck.suite.SuiteException;

/**
 * What a run sends: the contestants, and every item × system prompt × sample as its own conversation. The command
 * line wins over the item, the item over the suite, the suite over the config.
 */
public final class RunPlan {
    private final Suite suite;
    private final List<ModelConfig> models;
    private final List<Slot> slots;

    private RunPlan(Suite suite, List<ModelConfig> models, List<Slot> slots) {
        this.suite = suite;
        this.models = models;
        this.slots = slots;
    }

    public Suite suite() { return suite; }
    public List<ModelConfig> models() { return models; }
    public List<Slot> slots() { return slots; }

    /** How many replies the whole run holds: every turn of every slot, for every contestant. */
    public int replies() {
        return slots.stream().mapToInt(s -> s.item().turns().size()).sum() * models.size();
    }

    /**
     * @param models  names from {@code --models}, or null
     * @param systems names from {@code --system} ({@code all} for every one), or null
     * @param repeat  {@code --repeat}, or null
     */
    public static RunPlan of(Suite suite, Config config, List<String> models, List<String> systems, Integer repeat)
            throws SuiteException {
        List<String> problems = new ArrayList<>();
        List<ModelConfig> chosen = models(config, models != null ? models : suite.models(),
                models != null ? "--models" : suite.at("models") + ": models", problems);
        SystemPrompt standard = config.initialSystemPrompt();
        if (suite.defaults() != null && suite.defaults().hasNonNull("systemPrompt")) {
            String name = suite.defaults().get("systemPrompt").asText();
            var named = config.systemPrompt(name);
            if (named.isPresent()) standard = named.get();
            else if (!name.equals("none")) problems.add(suite.at("defaults/systemPrompt") + ": defaults.systemPrompt: no system prompt named \"" + name + "\"" + configured(config));
            else standard = SystemPrompt.NONE;
        }
        List<Criterion> criteria = config.criteria().isEmpty() ? Criterion.DEFAULTS : config.criteria();
        List<Slot> slots = new ArrayList<>();
        for (Suite.Item item : suite.items()) {
            String where = suite.source() + ":" + item.line() + ": item " + item.id();
            List<String> names = systems != null ? systems : item.systemPrompts() != null ? item.systemPrompts() : suite.systemPrompts();
            String from = systems != null ? "--system" : item.systemPrompts() != null ? where + ": systemPrompts" : suite.at("systemPrompts") + ": systemPrompts";
            List<SystemPrompt> prompts = names == null ? List.of(standard) : prompts(config, names, from, problems);
            if (item.criteria() != null) {
                for (String c : item.criteria()) {
                    if (criteria.stream().noneMatch(k -> k.key().equals(c))) {
                        problems.add(where + ": criteria: no criterion named \"" + c + "\" (configured: "
                                + String.join(", ", criteria.stream().map(Criterion::key).toList()) + ")");
                    }
                }
            }
            int n = repeat != null ? repeat : item.repeat() != null ? item.repeat() : suite.repeat() != null ? suite.repeat() : 1;
            for (SystemPrompt p : prompts) for (int k = 1; k <= n; k++) slots.add(new Slot(item, p, k));
        }
        if (!problems.isEmpty()) throw new SuiteException(new ArrayList<>(new LinkedHashSet<>(problems)));
        return new RunPlan(suite, chosen, slots);
    }

    private static List<ModelConfig> models(Config config, List<String> names, String from, List<String> problems) {
        if (names == null) {
            if (config.models().isEmpty()) problems.add(config.source() + ": no models configured; add contestants under models");
            return config.models();
        }
        Set<String> wanted = new LinkedHashSet<>(names);
        List<String> unknown = wanted.stream().filter(n -> config.model(n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            problems.add(from + ": no model named " + String.join(", ", unknown) + " in " + config.source() + " (configured: "
                    + String.join(", ", config.models().stream().map(ModelConfig::name).toList()) + ")");
        }
        return config.models().stream().filter(m -> wanted.contains(m.name())).toList();
    }

    private static List<SystemPrompt> prompts(Config config, List<String> names, String from, List<String> problems) {
        if (names.equals(List.of("all"))) return config.systemPrompts().isEmpty() ? List.of(SystemPrompt.NONE) : config.systemPrompts();
        List<SystemPrompt> out = new ArrayList<>();
        for (String n : new LinkedHashSet<>(names)) {
            var p = config.systemPrompt(n);
            if (p.isPresent()) out.add(p.get());
            else if (n.equals("none")) out.add(SystemPrompt.NONE);
            else problems.add(from + ": no system prompt named \"" + n + "\"" + configured(config));
        }
        return out;
    }

    private static String configured(Config config) {
        return " (configured: " + String.join(", ", config.systemPrompts().stream().map(SystemPrompt::name).toList()) + ")";
    }
}
