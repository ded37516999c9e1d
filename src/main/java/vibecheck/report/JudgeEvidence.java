package vibecheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What LLM judges said (a turn's {@code judgements}), next to what the person said about the same replies: the
 * current judgement per judge and question, on the current replies only (a judgement of a reply since regenerated is
 * left out). None of it ever enters the person's figures.
 */
public final class JudgeEvidence {
    /** A judge's score of one reply ({@code value} null when unparsed) and the person's current score of it, if any. */
    public record Score(String judge, String model, String promptVersion, String unit, String contestant, String criterion,
                        Integer value, Integer human) {}

    /**
     * A judge's comparison of a and b (criterion null: overall): {@code winner} a, b, "tie", or null when unparsed;
     * {@code human} the person's current verdict on the same two replies (a, b or "tie"), or null when there is none.
     */
    public record Pair(String judge, String model, String promptVersion, String criterion, String a, String b,
                       String winner, boolean inconsistent, String human) {}

    public final List<Score> scores = new ArrayList<>();
    public final List<Pair> pairs = new ArrayList<>();
    public final Set<String> judges = new LinkedHashSet<>();
}
