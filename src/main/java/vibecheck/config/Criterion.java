package vibecheck.config;

/** A scoring criterion: what a 1 and a 5 mean. */
public record Criterion(String key, String label, String low, String high) {
    /** What is scored when the config names no criteria: the seven the shipped config has. */
    public static final java.util.List<Criterion> DEFAULTS = java.util.List.of(
            new Criterion("tone", "Tone", "formal", "casual"),
            new Criterion("empathy", "Empathy", "cold", "warm and attuned"),
            new Criterion("lecturing", "Lecturing / moralizing", "preachy", "none"),
            new Criterion("hallucination", "Hallucination", "makes things up", "accurate"),
            new Criterion("clarifying", "Asks clarifying questions", "never asks", "asks when it should"),
            new Criterion("instructions", "Instruction following", "ignores instructions", "follows exactly"),
            new Criterion("memory", "Memory of earlier turns", "forgets", "remembers everything"));
}
