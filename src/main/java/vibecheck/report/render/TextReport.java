package vibecheck.report.render;

import java.util.List;
import java.util.Map;
import vibecheck.report.Report;
import vibecheck.text.TerminalSanitizer;

/** The report for a terminal: tables with whiskers for the 95% intervals. */
public final class TextReport {
    private static final int BAR = 25;

    private TextReport() {}

    public static String render(Report r, Map<String, String> labels) {
        StringBuilder sb = new StringBuilder();
        var s = r.sources();
        sb.append("vibecheck report · ").append(s.files()).append(s.files() == 1 ? " transcript" : " transcripts").append(" · ")
                .append(count(s.scores(), "score")).append(" · ").append(count(s.votes(), "vote")).append(" · raters: ")
                .append(s.raters().isEmpty() ? "–" : name(String.join(", ", s.raters()))).append(" · seed ").append(s.seed()).append('\n');
        for (String skipped : s.skipped()) sb.append("  skipped ").append(TerminalSanitizer.label(skipped, 300)).append('\n'); // the file and why, whole
        int w = nameWidth(r);
        if (!r.criteria().isEmpty()) {
            sb.append("\nScores: mean of 1–5 with its 95% interval (n scores)\n");
            int scaleAt = 4 + w + 2 + 4 + 2 + 13 + 1 + 6 + 2; // where the whiskers start
            sb.append(" ".repeat(scaleAt)).append('1').append(" ".repeat(BAR - 2)).append("5\n");
            r.criteria().forEach((crit, row) -> {
                sb.append("  ").append(name(labels.getOrDefault(crit, crit))).append('\n');
                row.forEach((c, f) -> sb.append("    ").append(pad(name(c), w)).append("  ").append(Numbers.mean(f.mean()))
                        .append("  ").append(pad(Numbers.ci(f.ci(), false), 13)).append(" n=").append(pad(String.valueOf(f.n()), 4))
                        .append("  ").append(Numbers.whisker(f.mean(), f.ci(), 1, 5, BAR)).append('\n'));
            });
        }
        if (!r.personaShift().isEmpty()) {
            sb.append("\nPersona shift: mean under a system prompt minus under none, 95% interval (* it excludes 0)\n");
            r.personaShift().forEach((prompt, byCrit) -> byCrit.forEach((crit, row) -> row.forEach((c, f) ->
                    sb.append("  ").append(pad(name(prompt), 10)).append("  ").append(pad(name(labels.getOrDefault(crit, crit)), 26))
                            .append(pad(name(c), w)).append("  ").append(Numbers.signed(f.mean())).append("  ")
                            .append(Numbers.signedCi(f.ci())).append(interval(f.ci())).append('\n'))));
        }
        if (!r.ratings().isEmpty()) {
            double min = r.ratings().values().stream().mapToDouble(x -> x.ci() == null ? x.rating() : x.ci()[0]).min().orElse(0);
            double max = r.ratings().values().stream().mapToDouble(x -> x.ci() == null ? x.rating() : x.ci()[1]).max().orElse(0);
            sb.append("\nRatings from votes: Bradley–Terry on the Elo scale, 95% interval (comparisons)\n");
            r.ratings().forEach((c, x) -> sb.append("    ").append(pad(name(c), w)).append("  ").append(pad(Numbers.rating(x.rating()), 5))
                    .append(pad(Numbers.ci(x.ci(), true), 12)).append(" n=").append(pad(String.valueOf(x.comparisons()), 4)).append("  ")
                    .append(Numbers.whisker(x.rating(), x.ci(), min, max, BAR)).append('\n'));
            for (Report.Separation sep : r.separations()) {
                sb.append("    ").append(name(sep.higher())).append(" vs ").append(name(sep.lower())).append(": ");
                if (!sep.overlap()) sb.append("apart (the intervals do not overlap)\n");
                else if (sep.moreVotes() == null) sb.append("not told apart\n");
                else sb.append("intervals overlap; about ").append(sep.moreVotes()).append(" more votes would tell them apart\n");
            }
            if (r.styleControlledRatings() != null) {
                sb.append("  with style held equal (length and Markdown as covariates): ");
                r.styleControlledRatings().forEach((c, x) -> sb.append(name(c)).append(' ').append(Numbers.rating(x)).append("  "));
                sb.append('\n');
            }
            sb.append("\nVotes per pair (wins–ties–losses)\n");
            for (Report.Pair p : r.pairs()) {
                sb.append("    ").append(name(p.a())).append(" vs ").append(name(p.b())).append(": ")
                        .append(p.winsA()).append('–').append(p.ties()).append('–').append(p.winsB()).append('\n');
            }
        }
        checks(sb, r, labels);
        style(sb, r, w);
        JudgeSections.text(sb, r, labels);
        return sb.toString();
    }

    private static void checks(StringBuilder sb, Report r, Map<String, String> labels) {
        var x = r.excluded();
        sb.append("\nLeft out: ").append(count(x.superseded, "superseded vote")).append(", ")
                .append(count(x.failed, "judgement")).append(" of failed or unfinished replies, ")
                .append(count(x.selfIdentified, "blind vote")).append(" on a reply that named itself, ")
                .append(x.notBlind).append(" not blind, ").append(x.otherRater).append(" by other raters, ")
                .append(x.invalid).append(" invalid\n");
        var pb = r.positionBias();
        if (pb.decisive() > 0) {
            sb.append("Position bias: the left panel won ").append(pb.leftWins()).append(" of ").append(pb.decisive())
                    .append(" decisive blind pair votes (p = ").append(Numbers.p(pb.p())).append(pb.p() < 0.05 ? ", a bias" : "").append(")\n");
        }
        var c = r.consistency();
        if (c.repeatedVotes() > 0 || c.repeatedScores() > 0) {
            sb.append("Consistency on repeated questions: ").append(c.flips()).append(" of ").append(c.repeatedVotes())
                    .append(" repeated pair votes flipped");
            if (c.meanAbsScoreDifference() != null) {
                sb.append("; scores moved by ").append(Numbers.mean(c.meanAbsScoreDifference())).append(" on average");
            }
            sb.append('\n');
        }
        if (!r.agreement().isEmpty()) {
            sb.append("Agreement between raters (κ for two, Krippendorff's α for more; under 0.2 = ill-defined)\n");
            r.agreement().forEach((crit, a) -> sb.append("    ").append(pad(name(labels.getOrDefault(crit, crit)), 28))
                    .append(a.kappa() != null ? "κ = " + Numbers.mean(a.kappa()) : a.alpha() != null ? "α = " + Numbers.mean(a.alpha()) : "–")
                    .append("  (").append(a.units()).append(" units)").append(a.illDefined() ? "  ill-defined" : "").append('\n'));
        }
        List<Map.Entry<String, Report.Driver>> drivers = r.drivers().entrySet().stream().filter(e -> e.getValue().decisive() > 0).toList();
        if (!drivers.isEmpty()) {
            sb.append("What your votes follow: share of decisive votes won by the reply scored higher on…\n");
            for (var e : drivers) {
                sb.append("    ").append(pad(name(labels.getOrDefault(e.getKey(), e.getKey())), 28)).append(Numbers.share(e.getValue().share()))
                        .append(" of ").append(e.getValue().decisive()).append('\n');
            }
        }
    }

    private static void style(StringBuilder sb, Report r, int w) {
        if (r.style().isEmpty()) return;
        sb.append("\nStyle per reply: tokens, headers, list items, bold spans · speed")
                .append(r.speed().sequentialOnly() ? " (one-at-a-time replies only)" : " (no one-at-a-time replies: speeds shared the GPU)").append('\n');
        r.style().forEach((c, st) -> {
            Report.Timing t = r.speed().byContestant().get(c);
            sb.append("    ").append(pad(name(c), w)).append(String.format(java.util.Locale.ROOT, "  %6.0f  %4.1f  %4.1f  %4.1f",
                    st.meanTokens(), st.headers(), st.listItems(), st.bold()));
            if (t != null) {
                sb.append("  · first token ").append(Numbers.ms(t.ttftMedianMs())).append(" · ").append(Numbers.tps(t.tokensPerSecondMedian()));
                if (t.loadMedianMs() != null) sb.append(" · load ").append(Numbers.ms(t.loadMedianMs()));
            }
            sb.append('\n');
        });
    }

    private static String interval(double[] ci) {
        if (ci == null) return "";
        return ci[0] > 0 || ci[1] < 0 ? "  *" : "";
    }

    private static int nameWidth(Report r) {
        int w = 8;
        for (var row : r.criteria().values()) for (String c : row.keySet()) w = Math.max(w, name(c).length());
        for (String c : r.ratings().keySet()) w = Math.max(w, name(c).length());
        for (String c : r.style().keySet()) w = Math.max(w, name(c).length());
        return Math.min(w, 30);
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String name(String s) {
        return TerminalSanitizer.label(s, 40);
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
