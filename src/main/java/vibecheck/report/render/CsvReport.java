package vibecheck.report.render;

import java.util.Locale;
import vibecheck.report.Report;

/** The report as CSV, one row per figure, for a notebook: RFC 4180 quoting, lines ending in LF. */
public final class CsvReport {
    private CsvReport() {}

    public static String render(Report r) {
        StringBuilder sb = new StringBuilder("section,system_prompt,criterion,contestant,other,statistic,value,ci_low,ci_high,n\n");
        r.criteria().forEach((crit, row) -> row.forEach((c, f) -> row(sb, "score", "", crit, c, "", "mean", f.mean(), f.ci(), f.n())));
        r.bySystemPrompt().forEach((p, byCrit) -> byCrit.forEach((crit, row) -> row.forEach((c, f) ->
                row(sb, "score_by_prompt", p, crit, c, "", "mean", f.mean(), f.ci(), f.n()))));
        r.personaShift().forEach((p, byCrit) -> byCrit.forEach((crit, row) -> row.forEach((c, f) ->
                row(sb, "persona_shift", p, crit, c, "none", "mean_difference", f.mean(), f.ci(), f.n()))));
        r.ratings().forEach((c, x) -> row(sb, "rating", "", "", c, "", "bradley_terry_elo", x.rating(), x.ci(), x.comparisons()));
        if (r.styleControlledRatings() != null) {
            r.styleControlledRatings().forEach((c, x) -> row(sb, "rating", "", "", c, "", "style_controlled_elo", x, null, null));
        }
        for (Report.Pair p : r.pairs()) {
            row(sb, "pair", "", "", p.a(), p.b(), "wins", p.winsA(), null, null);
            row(sb, "pair", "", "", p.a(), p.b(), "ties", p.ties(), null, null);
            row(sb, "pair", "", "", p.a(), p.b(), "losses", p.winsB(), null, null);
        }
        var pb = r.positionBias();
        row(sb, "position_bias", "", "", "", "", "left_win_share", pb.decisive() == 0 ? Double.NaN : pb.leftWins() / (double) pb.decisive(), null, pb.decisive());
        row(sb, "position_bias", "", "", "", "", "p_value", pb.p(), null, pb.decisive());
        r.drivers().forEach((crit, d) -> {
            if (d.share() != null) row(sb, "driver", "", crit, "", "", "higher_scored_won_share", d.share(), null, d.decisive());
        });
        r.agreement().forEach((crit, a) -> row(sb, "agreement", "", crit, "", String.join(" ", a.raters()),
                a.kappa() != null ? "weighted_kappa" : "krippendorff_alpha", a.kappa() != null ? a.kappa() : a.alpha() == null ? Double.NaN : a.alpha(), null, a.units()));
        r.style().forEach((c, s) -> {
            row(sb, "style", "", "", c, "", "mean_tokens", s.meanTokens(), null, s.replies());
            row(sb, "style", "", "", c, "", "headers", s.headers(), null, s.replies());
            row(sb, "style", "", "", c, "", "list_items", s.listItems(), null, s.replies());
            row(sb, "style", "", "", c, "", "bold", s.bold(), null, s.replies());
        });
        r.speed().byContestant().forEach((c, t) -> {
            if (t.ttftMedianMs() != null) row(sb, "speed", "", "", c, "", "ttft_median_ms", t.ttftMedianMs(), t.ttftIqrMs(), t.replies());
            if (t.tokensPerSecondMedian() != null) row(sb, "speed", "", "", c, "", "tokens_per_second_median", t.tokensPerSecondMedian(), t.tokensPerSecondIqr(), t.replies());
        });
        JudgeSections.csv(sb, r, (section, crit, contestant, other, statistic, value, n) ->
                row(sb, section, "", crit, contestant, other, statistic, value, null, n));
        return sb.toString();
    }

    /** One figure as a row (no interval, no system prompt). */
    interface Row {
        void add(String section, String crit, String contestant, String other, String statistic, double value, Integer n);
    }

    private static void row(StringBuilder sb, String section, String prompt, String crit, String contestant, String other,
                            String statistic, double value, double[] ci, Integer n) {
        sb.append(q(section)).append(',').append(q(prompt)).append(',').append(q(crit)).append(',').append(q(contestant)).append(',')
                .append(q(other)).append(',').append(q(statistic)).append(',').append(num(value)).append(',')
                .append(ci == null ? "" : num(ci[0])).append(',').append(ci == null ? "" : num(ci[1])).append(',')
                .append(n == null ? "" : n.toString()).append("\n");
    }

    private static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "";
    }

    /** A field, quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
    static String q(String s) {
        if (s == null) return "";
        String t = s;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) t = "'" + t;
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) return "\"" + t.replace("\"", "\"\"") + "\"";
        return t;
    }
}
