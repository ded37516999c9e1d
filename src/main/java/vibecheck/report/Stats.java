package vibecheck.report;

import java.util.Arrays;
import java.util.List;

/** Plain summary statistics. */
public final class Stats {
    private Stats() {}

    public static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) sum += x;
        return xs.length == 0 ? Double.NaN : sum / xs.length;
    }

    public static double mean(List<? extends Number> xs) {
        return mean(xs.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** The q-quantile (0..1) by linear interpolation between order statistics (type 7, as R and numpy default). */
    public static double quantile(double[] xs, double q) {
        if (xs.length == 0) return Double.NaN;
        double[] s = xs.clone();
        Arrays.sort(s);
        return quantileSorted(s, q);
    }

    static double quantileSorted(double[] s, double q) {
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    public static double median(double[] xs) {
        return quantile(xs, 0.5);
    }

    /**
     * Two-sided exact binomial test of {@code k} successes in {@code n} trials against p = 1/2: the probability of
     * an outcome at least as far from n/2 as k.
     */
    public static double binomialTwoSided(int k, int n) {
        if (n == 0) return 1.0;
        double[] pmf = new double[n + 1];
        // log-space binomial coefficients to stay exact enough for large n
        double logHalfN = n * Math.log(0.5);
        double logC = 0;
        for (int i = 0; i <= n; i++) {
            if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
            pmf[i] = Math.exp(logC + logHalfN);
        }
        double observed = pmf[k];
        double p = 0;
        for (double x : pmf) if (x <= observed * (1 + 1e-9)) p += x;
        return Math.min(1.0, p);
    }
}
