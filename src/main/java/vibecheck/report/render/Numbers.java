package vibecheck.report.render;

import java.util.Locale;

/** How figures are written in every format. */
final class Numbers {
    private Numbers() {}

    static String mean(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    static String signed(double d) {
        return String.format(Locale.ROOT, "%+.2f", d);
    }

    static String rating(double d) {
        return String.format(Locale.ROOT, "%.0f", d);
    }

    static String share(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }

    static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String ci(double[] ci, boolean rating) {
        if (ci == null) return "[–]";
        return rating ? "[" + rating(ci[0]) + "–" + rating(ci[1]) + "]"
                : String.format(Locale.ROOT, "[%.2f–%.2f]", ci[0], ci[1]);
    }

    static String signedCi(double[] ci) {
        return ci == null ? "[–]" : String.format(Locale.ROOT, "[%+.2f, %+.2f]", ci[0], ci[1]);
    }

    static String ms(Double ms) {
        return ms == null ? "–" : String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    static String tps(Double tps) {
        return tps == null ? "–" : String.format(Locale.ROOT, "%.1f tok/s", tps);
    }

    /**
     * A whisker on a line of {@code width} cells spanning [lo, hi] of the scale [min, max]: ├──●──┤ with the dot
     * at the mean, dots elsewhere.
     */
    static String whisker(double mean, double[] ci, double min, double max, int width) {
        char[] line = new char[width];
        java.util.Arrays.fill(line, '·');
        int m = at(mean, min, max, width);
        if (ci != null) {
            int lo = at(ci[0], min, max, width);
            int hi = at(ci[1], min, max, width);
            for (int i = lo; i <= hi; i++) line[i] = '─';
            line[lo] = '├';
            line[hi] = '┤';
        }
        line[m] = '●';
        return new String(line);
    }

    private static int at(double x, double min, double max, int width) {
        if (max <= min) return width / 2;
        int i = (int) Math.round((x - min) / (max - min) * (width - 1));
        return Math.max(0, Math.min(width - 1, i));
    }
}
