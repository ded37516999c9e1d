package vibecheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The verdict, computed once and shown in every format: the JSON form of these records is the contract other
 * tools read. Means and ratings come with 95% bootstrap intervals ({@code ci}: [low, high], null when there is
 * too little to resample).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        Sources sources,
        Map<String, Map<String, Figure>> criteria,
        Map<String, Map<String, Map<String, Figure>>> bySystemPrompt,
        Map<String, Map<String, Map<String, Figure>>> personaShift,
        Map<String, Rating> ratings,
        List<Pair> pairs,
        List<Separation> separations,
        Map<String, Double> styleControlledRatings,
        Map<String, Double> styleEffects,
        Evidence.Excluded excluded,
        PositionBias positionBias,
        Consistency consistency,
        Map<String, AgreementFigure> agreement,
        Map<String, Driver> drivers,
        Map<String, Style> style,
        Speed speed,
        Map<String, Judge> judges) {

    /**
     * An LLM judge, apart from the person: its own mean score per criterion and contestant ({@code scores}), its
     * Bradley–Terry ratings from its overall comparisons ({@code ratings}), and per criterion ("overall" for the
     * overall comparisons) how far it agrees with the person ({@code agreement}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Judge(List<String> models, List<String> promptVersions, Map<String, Map<String, Figure>> scores,
                        Map<String, Rating> ratings, Map<String, JudgeAgreement> agreement, int unparsed) {}

    /**
     * Judge against person on one criterion. {@code kappa}: linearly weighted Cohen's κ over the replies both scored
     * ({@code scored} of them); {@code pairAgreement}: the share of pair verdicts where both picked a winner
     * ({@code decisive} of them) that picked the same one — ties on either side left out; {@code inconsistent} of
     * the judge's {@code pairs} comparisons changed with the order ({@code inconsistencyRate}). {@code trusted}:
     * κ ≥ 0.4 (null when there is no κ: too few scores both gave, or no variation to agree about).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JudgeAgreement(int scored, Double kappa, int decisive, Double pairAgreement, int pairs, int inconsistent,
                                 Double inconsistencyRate, Boolean trusted) {}

    public record Sources(int files, List<String> skipped, List<String> raters, long seed, int scores, int votes) {}

    /** A mean of 1–5 scores (or a difference of means, for a persona shift) over {@code n} scores. */
    public record Figure(double mean, int n, double[] ci) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rating(double rating, double[] ci, int comparisons) {}

    public record Pair(String a, String b, int winsA, int winsB, int ties) {}

    /** Two contestants next to each other in the ratings: are they apart, and if not, about how many votes more. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Separation(String higher, String lower, double gap, boolean overlap, Integer moreVotes) {}

    public record PositionBias(int leftWins, int decisive, double p) {}

    public record Consistency(int repeatedVotes, int flips, int repeatedScores, Double meanAbsScoreDifference) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgreementFigure(List<String> raters, Double kappa, Double alpha, int units, boolean illDefined) {}

    /** How often the reply scored higher on a criterion won a decisive vote. */
    public record Driver(int decisive, int higherWon, Double share) {}

    public record Style(double meanTokens, double headers, double listItems, double bold, int replies) {}

    /** Medians and interquartile ranges; {@code sequentialOnly} false means no one-at-a-time replies existed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speed(boolean sequentialOnly, Map<String, Timing> byContestant) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timing(Double ttftMedianMs, double[] ttftIqrMs, Double tokensPerSecondMedian, double[] tokensPerSecondIqr,
                         Double loadMedianMs, int replies) {}
}
