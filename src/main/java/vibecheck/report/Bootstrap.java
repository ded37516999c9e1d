package vibecheck.report;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence intervals: the statistic recomputed on resamples (with replacement) of the
 * units that were independently sampled — items for scores, votes for ratings — and the 2.5th and 97.5th
 * percentiles of those values taken as the 95% interval. Seeded, so a report is reproducible.
 */
public final class Bootstrap {
    private final SplittableRandom random;
    private final int rounds;

    public Bootstrap(long seed, int rounds) {
        this.random = new SplittableRandom(seed);
        this.rounds = rounds;
    }

    /**
     * 95% intervals for several statistics computed together on each resample (ratings that are fitted jointly):
     * one interval per key the statistic returns.
     */
    public <T> java.util.Map<String, double[]> intervals(List<T> units, java.util.function.Function<List<T>, java.util.Map<String, Double>> statistic) {
        java.util.Map<String, double[]> values = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> kept = new java.util.HashMap<>();
        if (units.size() >= 2) {
            Object[] sample = new Object[units.size()];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < sample.length; i++) sample[i] = units.get(random.nextInt(units.size()));
                @SuppressWarnings("unchecked")
                List<T> resample = (List<T>) List.of(sample);
                for (var e : statistic.apply(resample).entrySet()) {
                    if (e.getValue() == null || e.getValue().isNaN()) continue;
                    double[] v = values.computeIfAbsent(e.getKey(), k -> new double[rounds]);
                    int at = kept.merge(e.getKey(), 1, Integer::sum) - 1;
                    v[at] = e.getValue();
                }
            }
        }
        java.util.Map<String, double[]> out = new java.util.LinkedHashMap<>();
        for (var e : values.entrySet()) {
            int n = kept.get(e.getKey());
            if (n < 2) continue;
            double[] got = java.util.Arrays.copyOf(e.getValue(), n);
            java.util.Arrays.sort(got);
            out.put(e.getKey(), new double[] {Stats.quantileSorted(got, 0.025), Stats.quantileSorted(got, 0.975)});
        }
        return out;
    }

    /** A 95% interval for {@code statistic} over {@code units}; {NaN, NaN} when there are fewer than two units. */
    public <T> double[] interval(List<T> units, ToDoubleFunction<List<T>> statistic) {
        if (units.size() < 2) return new double[] {Double.NaN, Double.NaN};
        double[] values = new double[rounds];
        int kept = 0;
        Object[] sample = new Object[units.size()];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < sample.length; i++) sample[i] = units.get(random.nextInt(units.size()));
            @SuppressWarnings("unchecked")
            List<T> resample = (List<T>) List.of(sample);
            double v = statistic.applyAsDouble(resample);
            if (!Double.isNaN(v)) values[kept++] = v;
        }
        if (kept < 2) return new double[] {Double.NaN, Double.NaN};
        double[] got = java.util.Arrays.copyOf(values, kept);
        java.util.Arrays.sort(got);
        return new double[] {Stats.quantileSorted(got, 0.025), Stats.quantileSorted(got, 0.975)};
    }

    /** A 95% interval for statistic(a) − statistic(b), resampling each group on its own. */
    public <T> double[] difference(List<T> a, List<T> b, ToDoubleFunction<List<T>> statistic) {
        if (a.size() < 2 || b.size() < 2) return new double[] {Double.NaN, Double.NaN};
        double[] values = new double[rounds];
        int kept = 0;
        for (int r = 0; r < rounds; r++) {
            double v = statistic.applyAsDouble(resample(a)) - statistic.applyAsDouble(resample(b));
            if (!Double.isNaN(v)) values[kept++] = v;
        }
        if (kept < 2) return new double[] {Double.NaN, Double.NaN};
        double[] got = java.util.Arrays.copyOf(values, kept);
        java.util.Arrays.sort(got);
        return new double[] {Stats.quantileSorted(got, 0.025), Stats.quantileSorted(got, 0.975)};
    }

    private <T> List<T> resample(List<T> units) {
        List<T> out = new java.util.ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) out.add(units.get(random.nextInt(units.size())));
        return out;
    }
}
