package vibecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The report's statistics against numbers worked by hand and closed forms. */
class StatisticsTest {
    private static List<BradleyTerry.Outcome> record(String a, String b, int winsA, int ties, int winsB) {
        List<BradleyTerry.Outcome> out = new ArrayList<>();
        for (int i = 0; i < winsA; i++) out.add(new BradleyTerry.Outcome(a, b, 1));
        for (int i = 0; i < ties; i++) out.add(new BradleyTerry.Outcome(a, b, 0.5));
        for (int i = 0; i < winsB; i++) out.add(new BradleyTerry.Outcome(a, b, 0));
        return out;
    }

    @Test
    void twoContestantsAreApartBy400Log10OfTheOddsOfTheWinShare() {
        Map<String, Double> r = BradleyTerry.ratings(List.of("a", "b"), record("a", "b", 70, 0, 30));
        double gap = 400 * Math.log10(0.7 / 0.3); // 147.19
        assertEquals(gap, r.get("a") - r.get("b"), 0.05);
        assertEquals(1000, (r.get("a") + r.get("b")) / 2, 1e-6);
        Map<String, Double> withTies = BradleyTerry.ratings(List.of("a", "b"), record("a", "b", 60, 20, 20));
        assertEquals(gap, withTies.get("a") - withTies.get("b"), 0.05, "a tie is half a win each");
    }

    @Test
    void threeContestantsWithStrengthsFourTwoOneAreRecoveredExactly() {
        List<BradleyTerry.Outcome> o = new ArrayList<>();
        o.addAll(record("a", "b", 200, 0, 100));
        o.addAll(record("b", "c", 200, 0, 100));
        o.addAll(record("a", "c", 400, 0, 100));
        Map<String, Double> r = BradleyTerry.ratings(List.of("a", "b", "c"), o);
        assertEquals(400 * Math.log10(2), r.get("a") - r.get("b"), 0.05);
        assertEquals(400 * Math.log10(2), r.get("b") - r.get("c"), 0.05);
    }

    @Test
    void anUnbeatenRecordStaysFiniteAndOnTop() {
        Map<String, Double> r = BradleyTerry.ratings(List.of("a", "b"), record("a", "b", 5, 0, 0));
        assertTrue(Double.isFinite(r.get("a")) && r.get("a") > r.get("b"), r.toString());
    }

    @Test
    void ratingIntervalsContainTheFitAndNarrowWithMoreVotes() {
        List<String> cs = List.of("a", "b");
        Map<String, double[]> few = BradleyTerry.intervals(cs, record("a", "b", 7, 0, 3), new Bootstrap(1, 200));
        Map<String, double[]> many = BradleyTerry.intervals(cs, record("a", "b", 70, 0, 30), new Bootstrap(1, 200));
        double fit = BradleyTerry.ratings(cs, record("a", "b", 70, 0, 30)).get("a");
        assertTrue(many.get("a")[0] < fit && fit < many.get("a")[1], "interval holds the fit");
        assertTrue(few.get("a")[1] - few.get("a")[0] > 2 * (many.get("a")[1] - many.get("a")[0]), "ten votes say less than a hundred");
    }

    @Test
    void theBootstrapIntervalCoversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        SplittableRandom data = new SplittableRandom(42);
        int covered = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            List<Double> sample = new ArrayList<>();
            for (int i = 0; i < 40; i++) sample.add(3 + data.nextDouble(-1.5, 1.5)); // uniform, true mean 3
            double[] ci = new Bootstrap(t, 1000).interval(sample, Stats::mean);
            if (ci[0] <= 3 && 3 <= ci[1]) covered++;
        }
        double coverage = covered / (double) trials;
        assertTrue(coverage > 0.88 && coverage < 0.99, "coverage " + coverage);
    }

    @Test
    void exactBinomialTestByHand() {
        // P(X >= 8) + P(X <= 2) for X ~ Bin(10, 1/2) = 2 * (45 + 10 + 1) / 1024
        assertEquals(112.0 / 1024, Stats.binomialTwoSided(8, 10), 1e-12);
        assertEquals(1.0, Stats.binomialTwoSided(5, 10), 1e-12);
        assertEquals(2.0 / 1024, Stats.binomialTwoSided(10, 10), 1e-12);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}), 1e-12);
        assertEquals(1.75, Stats.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-12);
    }

    @Test
    void weightedKappaOnATextbookTable() {
        // 50 items, two raters, yes/no: 20 both yes, 5 yes/no, 10 no/yes, 15 both no: κ = 0.4 (with two categories
        // linear weights give the unweighted κ)
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) pairs.add(new int[] {1, 1});
        for (int i = 0; i < 5; i++) pairs.add(new int[] {1, 2});
        for (int i = 0; i < 10; i++) pairs.add(new int[] {2, 1});
        for (int i = 0; i < 15; i++) pairs.add(new int[] {2, 2});
        Collections.shuffle(pairs, new java.util.Random(3));
        int[] a = pairs.stream().mapToInt(p -> p[0]).toArray();
        int[] b = pairs.stream().mapToInt(p -> p[1]).toArray();
        assertEquals(0.4, Agreement.weightedKappa(a, b, 2), 1e-9);
        assertEquals(1.0, Agreement.weightedKappa(new int[] {1, 3, 5, 2}, new int[] {1, 3, 5, 2}, 5), 1e-9);
    }

    @Test
    void linearWeightsCountANearMissAsHalfAgreement() {
        // three categories; observed: (1,1) (2,2) (1,2) (2,3) each once → worked by hand:
        // observed disagreement = (0 + 0 + 0.5 + 0.5)/4 = 0.25; marginals a = (1/2, 1/2, 0), b = (1/4, 1/2, 1/4)
        // expected = Σ w·pa·pb = 0.5·(1/2·1/2) + 1·(1/2·1/4) + 0.5·(1/2·1/4) + 0.5·(1/2·1/4) = 0.125+0.125+0.0625+0.0625 = 0.375
        // κ = 1 − 0.25/0.375 = 1/3
        assertEquals(1.0 / 3, Agreement.weightedKappa(new int[] {1, 2, 1, 2}, new int[] {1, 2, 2, 3}, 3), 1e-9);
    }

    @Test
    void krippendorffAlphaIsOneForPerfectAgreementAndMatchesKappaScaleForChance() {
        assertEquals(1.0, Agreement.krippendorffOrdinal(Map.of("u1", List.of(1, 1, 1), "u2", List.of(4, 4), "u3", List.of(2, 2, 2)), 5), 1e-9);
        // two units, two raters who always disagree completely: worse than chance
        assertTrue(Agreement.krippendorffOrdinal(Map.of("u1", List.of(1, 5), "u2", List.of(5, 1)), 5) < 0);
    }
}
