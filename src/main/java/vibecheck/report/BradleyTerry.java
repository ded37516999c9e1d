package vibecheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bradley–Terry ratings from pairwise outcomes, fitted by maximum likelihood with Hunter's MM iterations; a tie
 * counts as half a win for each side. Shown on the Elo scale: {@code 400·log10(strength)}, shifted so the mean is
 * 1000, so for two contestants the gap is {@code 400·log10(p/(1−p))} for the first one's share p of the points.
 * A tiny prior (a hundredth of a tie between every pair) keeps an unbeaten record finite.
 */
public final class BradleyTerry {
    /** One comparison: {@code scoreA} is 1 when a won, 0 when b won, 0.5 for a tie. */
    public record Outcome(String a, String b, double scoreA) {}

    private static final double PRIOR_TIES = 0.01;

    private BradleyTerry() {}

    public static Map<String, Double> ratings(List<String> contestants, List<Outcome> outcomes) {
        int n = contestants.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String c : contestants) index.put(c, index.size());
        double[][] wins = new double[n][n]; // wins[i][j]: points i took from j
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) if (i != j) wins[i][j] = PRIOR_TIES / 2;
        }
        for (Outcome o : outcomes) {
            Integer a = index.get(o.a());
            Integer b = index.get(o.b());
            if (a == null || b == null || a.equals(b)) continue;
            wins[a][b] += o.scoreA();
            wins[b][a] += 1 - o.scoreA();
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0);
        for (int iter = 0; iter < 10_000; iter++) {
            double maxChange = 0;
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double w = 0;
                double denom = 0;
                for (int j = 0; j < n; j++) {
                    if (i == j) continue;
                    w += wins[i][j];
                    double games = wins[i][j] + wins[j][i];
                    denom += games / (p[i] + p[j]);
                }
                next[i] = denom == 0 ? p[i] : w / denom;
            }
            double logMean = 0;
            for (double x : next) logMean += Math.log(x);
            logMean /= n;
            for (int i = 0; i < n; i++) {
                next[i] = Math.exp(Math.log(next[i]) - logMean);
                maxChange = Math.max(maxChange, Math.abs(Math.log(next[i]) - Math.log(p[i])));
            }
            p = next;
            if (maxChange < 1e-10) break;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String c : contestants) out.put(c, 1000 + 400 * Math.log10(p[index.get(c)]));
        return out;
    }

    /** Ratings with 95% intervals from {@code rounds} bootstrap resamples of the outcomes. */
    public static Map<String, double[]> intervals(List<String> contestants, List<Outcome> outcomes, Bootstrap bootstrap) {
        return bootstrap.intervals(new ArrayList<>(outcomes), sample -> ratings(contestants, sample));
    }
}
