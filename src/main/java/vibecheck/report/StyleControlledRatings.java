package vibecheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bradley–Terry with style as covariates, as Chatbot Arena controls for style: P(a beats b) =
 * σ(β_a − β_b + γ·(s_a − s_b)), with s the standardized differences of length and Markdown counts. The β are the
 * ratings with style held equal; γ says how much each style feature itself sways the votes. Fitted by Newton's
 * method on the log-likelihood with a small ridge (ties count half each way).
 */
public final class StyleControlledRatings {
    /** One comparison with the style features of both replies. */
    public record Outcome(String a, String b, double scoreA, double[] featuresA, double[] featuresB) {}

    public record Fit(Map<String, Double> ratings, Map<String, Double> effects) {}

    private static final double RIDGE = 1e-2;

    private StyleControlledRatings() {}

    public static Fit fit(List<String> contestants, List<Outcome> outcomes) {
        int n = contestants.size();
        int k = StyleFeatures.NAMES.length;
        int dim = n + k;
        double[][] x = new double[outcomes.size()][dim];
        double[] y = new double[outcomes.size()];
        double[] sd = new double[k];
        for (Outcome o : outcomes) for (int f = 0; f < k; f++) sd[f] += Math.pow(o.featuresA()[f] - o.featuresB()[f], 2);
        for (int f = 0; f < k; f++) sd[f] = Math.sqrt(sd[f] / Math.max(1, outcomes.size()));
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            int a = contestants.indexOf(o.a());
            int b = contestants.indexOf(o.b());
            if (a < 0 || b < 0) continue;
            x[i][a] = 1;
            x[i][b] = -1;
            for (int f = 0; f < k; f++) x[i][n + f] = sd[f] == 0 ? 0 : (o.featuresA()[f] - o.featuresB()[f]) / sd[f];
            y[i] = o.scoreA();
        }
        double[] w = new double[dim];
        for (int iter = 0; iter < 100; iter++) {
            double[] g = new double[dim];
            double[][] h = new double[dim][dim];
            for (int i = 0; i < x.length; i++) {
                double z = 0;
                for (int j = 0; j < dim; j++) z += w[j] * x[i][j];
                double p = 1 / (1 + Math.exp(-z));
                for (int j = 0; j < dim; j++) {
                    g[j] += (y[i] - p) * x[i][j];
                    for (int l = 0; l < dim; l++) h[j][l] += p * (1 - p) * x[i][j] * x[i][l];
                }
            }
            for (int j = 0; j < dim; j++) {
                g[j] -= RIDGE * w[j];
                h[j][j] += RIDGE;
            }
            double[] step = solve(h, g);
            double change = 0;
            for (int j = 0; j < dim; j++) {
                w[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-9) break;
        }
        double mean = 0;
        for (int j = 0; j < n; j++) mean += w[j];
        mean /= Math.max(1, n);
        double scale = 400 / Math.log(10);
        Map<String, Double> ratings = new LinkedHashMap<>();
        for (int j = 0; j < n; j++) ratings.put(contestants.get(j), 1000 + scale * (w[j] - mean));
        Map<String, Double> effects = new LinkedHashMap<>();
        for (int f = 0; f < k; f++) effects.put(StyleFeatures.NAMES[f], scale * w[n + f]);
        return new Fit(ratings, effects);
    }

    /** Solves h·s = g by Gaussian elimination with partial pivoting (h is small and positive definite). */
    static double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(h[i], 0, a[i], 0, n);
            a[i][n] = g[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            if (Math.abs(a[c][c]) < 1e-15) continue;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double factor = a[r][c] / a[c][c];
                for (int j = c; j <= n; j++) a[r][j] -= factor * a[c][j];
            }
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = Math.abs(a[i][i]) < 1e-15 ? 0 : a[i][n] / a[i][i];
        return s;
    }
}
