package vibecheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every current, valid judgement found in a set of transcripts, flattened, with what was left out counted. An
 * <em>item</em> is one independently asked question (a suite item, or a turn of a session): the unit the
 * bootstrap resamples. A <em>question</em> identifies what was asked (suite item, or system prompt and message),
 * so that the same question judged twice can be found.
 */
public final class Evidence {
    public record Score(String rater, String item, String question, String contestant, String criterion, int value,
                        String systemPrompt, boolean blind) {}

    /** One current vote: the pairwise outcomes it implies ({@code a} against {@code b}, 1, ½ or 0 for a). */
    public record Vote(String rater, String item, String question, String kind, boolean blind, String systemPrompt,
                       String left, String right, String outcome, List<BradleyTerry.Outcome> outcomes,
                       java.util.Map<String, StyleFeatures> style) {}

    /** A finished reply, for style and speed. */
    public record Reply(String contestant, String text, Long outputTokens, Long ttftMs, Double tokensPerSecond,
                        Long loadMs, boolean sequential) {}

    /** What was left out of the figures, and why. */
    public static final class Excluded {
        public int selfIdentified;
        public int failed;
        public int superseded;
        public int notBlind;
        public int otherRater;
        public int invalid;
    }

    public final List<Score> scores = new ArrayList<>();
    public final List<Vote> votes = new ArrayList<>();
    public final List<Reply> replies = new ArrayList<>();
    public final Excluded excluded = new Excluded();
    /** What LLM judges said, kept apart: it never enters the figures above. */
    public final JudgeEvidence judges = new JudgeEvidence();
    public final Set<String> raters = new LinkedHashSet<>();
    public final Set<String> contestants = new LinkedHashSet<>();
    public final Set<String> criteria = new LinkedHashSet<>();
    public final Set<String> systemPrompts = new LinkedHashSet<>();
    /** Files that could not be read, each with why; the report says so and goes on with the rest. */
    public final List<String> skipped = new ArrayList<>();
    public int files;
}
