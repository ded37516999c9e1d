package vibecheck.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config's {@code judges}, in order, and its {@code judgePrompts}: the prompt texts that replace the shipped
 * ones, by name ({@code system}, {@code score}, {@code pair}, {@code retry}).
 */
public record Judges(List<JudgeConfig> entries, Map<String, String> promptOverrides) {
    public static final Judges NONE = new Judges(List.of(), Map.of());

    public Optional<JudgeConfig> named(String name) {
        return entries.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** The same judges with {@code name} first (the one {@code J} asks); unchanged when there is no such judge. */
    public Judges first(String name) {
        Optional<JudgeConfig> chosen = named(name);
        if (chosen.isEmpty()) return this;
        List<JudgeConfig> out = new java.util.ArrayList<>(List.of(chosen.get()));
        entries.stream().filter(j -> !j.name().equals(name)).forEach(out::add);
        return new Judges(List.copyOf(out), promptOverrides);
    }

    /** The judge a command or key uses: the one named, else the first; empty when there is none. */
    public Optional<JudgeConfig> choose(String name) {
        if (name != null) return named(name);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }
}
