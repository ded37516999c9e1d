package vibecheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How much raters agree on ordinal 1–5 scores: weighted Cohen's κ for two, Krippendorff's α for more. */
public final class Agreement {
    private Agreement() {}

    /**
     * Cohen's κ with linear weights for two raters' paired ratings on the categories {@code 1..k}: 1 is perfect
     * agreement, 0 what chance gives. NaN when fewer than two pairs or no variation to agree about.
     */
    public static double weightedKappa(int[] a, int[] b, int k) {
        int n = a.length;
        if (n < 2 || b.length != n) return Double.NaN;
        double[][] observed = new double[k][k];
        double[] rowA = new double[k];
        double[] colB = new double[k];
        for (int i = 0; i < n; i++) {
            observed[a[i] - 1][b[i] - 1] += 1.0 / n;
            rowA[a[i] - 1] += 1.0 / n;
            colB[b[i] - 1] += 1.0 / n;
        }
        double disagreeObserved = 0;
        double disagreeExpected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = Math.abs(i - j) / (double) (k - 1);
                disagreeObserved += w * observed[i][j];
                disagreeExpected += w * rowA[i] * colB[j];
            }
        }
        return disagreeExpected == 0 ? Double.NaN : 1 - disagreeObserved / disagreeExpected;
    }

    /**
     * Krippendorff's α for ordinal data. {@code units} maps each rated unit to the values raters gave it (missing
     * raters simply absent); units with fewer than two values are not pairable and are left out.
     */
    public static double krippendorffOrdinal(Map<String, List<Integer>> units, int k) {
        double[][] o = new double[k + 1][k + 1]; // coincidence matrix over values 1..k
        for (List<Integer> values : units.values()) {
            int m = values.size();
            if (m < 2) continue;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) o[values.get(i)][values.get(j)] += 1.0 / (m - 1);
                }
            }
        }
        double[] nc = new double[k + 1];
        double total = 0;
        for (int c = 1; c <= k; c++) {
            for (int d = 1; d <= k; d++) nc[c] += o[c][d];
            total += nc[c];
        }
        if (total < 2) return Double.NaN;
        double observed = 0;
        double expected = 0;
        for (int c = 1; c <= k; c++) {
            for (int d = 1; d <= k; d++) {
                double delta = ordinalDistance(c, d, nc);
                observed += o[c][d] * delta;
                expected += nc[c] * nc[d] * delta;
            }
        }
        expected /= (total - 1);
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    private static double ordinalDistance(int c, int d, double[] nc) {
        if (c == d) return 0;
        int lo = Math.min(c, d);
        int hi = Math.max(c, d);
        double sum = 0;
        for (int g = lo; g <= hi; g++) sum += nc[g];
        sum -= (nc[lo] + nc[hi]) / 2;
        return sum * sum;
    }

    /** Pairs of ratings two raters gave the same units. */
    public static List<int[]> pairs(Map<String, Integer> a, Map<String, Integer> b) {
        List<int[]> out = new ArrayList<>();
        for (var e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) out.add(new int[] {e.getValue(), other});
        }
        return out;
    }
}
