package vibecheck.config;

/** A scoring criterion: what a 1 and a 5 mean. */
public record Criterion(String key, String label, String low, String high) {}
