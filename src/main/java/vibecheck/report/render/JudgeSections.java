package vibecheck.report.render;

import java.util.Map;
import vibecheck.report.Report;

/**
 * The LLM judges' part of the report in every format: each judge's own scores beside the person's, its ratings
 * from its comparisons, and per criterion how far it agrees with the person (κ linearly weighted on scores, the
 * share of decisive pair verdicts agreeing), how often its verdict changed with the order, and whether to trust it.
 */
final class JudgeSections {
    static final String AGREEMENT_NOTE = "κ: Cohen's kappa with linear weights on the 1–5 scores both gave; pairs: share of"
            + " comparisons where both picked a winner that picked the same one (ties left out); trusted: κ ≥ 0.4";

    private JudgeSections() {}

    static void text(StringBuilder sb, Report r, Map<String, String> labels) {
        if (r.judges() == null) return;
        r.judges().forEach((judge, j) -> {
            sb.append("\nLLM judge ").append(TextReport.name(judge)).append(" (").append(TextReport.name(String.join(", ", j.models())))
                    .append(" · prompt version ").append(String.join(", ", j.promptVersions())).append("): apart from your judgements\n");
            if (!j.scores().isEmpty()) {
                sb.append("  Its mean scores beside yours (n scores)\n");
                j.scores().forEach((crit, row) -> {
                    sb.append("    ").append(TextReport.name(labels.getOrDefault(crit, crit))).append('\n');
                    row.forEach((c, f) -> {
                        Report.Figure you = you(r, crit, c);
                        sb.append("      ").append(TextReport.pad(TextReport.name(c), 24)).append("judge ").append(Numbers.mean(f.mean()))
                                .append(" (n=").append(f.n()).append(") · you ")
                                .append(you == null ? "–" : Numbers.mean(you.mean()) + " (n=" + you.n() + ")").append('\n');
                    });
                });
            }
            if (!j.ratings().isEmpty()) {
                sb.append("  Its ratings from its overall comparisons (Bradley–Terry, Elo scale):");
                j.ratings().forEach((c, x) -> sb.append("  ").append(TextReport.name(c)).append(' ').append(Numbers.rating(x.rating()))
                        .append(" (n=").append(x.comparisons()).append(')'));
                sb.append('\n');
            }
            sb.append("  Agreement with you: κ is Cohen's kappa with linear weights on the 1–5 scores you both gave (trusted: κ ≥ 0.4);\n"
                    + "  pairs: of the comparisons where you both picked a winner, the share picking the same (ties left out)\n");
            j.agreement().forEach((crit, a) -> sb.append("    ").append(TextReport.pad(TextReport.name(label(labels, crit)), 28))
                    .append(line(a)).append('\n'));
            if (j.unparsed() > 0) sb.append("  ").append(TextReport.count(j.unparsed(), "answer")).append(" could not be read (unparsed): left out\n");
        });
    }

    static void markdown(StringBuilder sb, Report r, Map<String, String> labels) {
        if (r.judges() == null) return;
        r.judges().forEach((judge, j) -> {
            sb.append("\n## LLM judge ").append(MarkdownReport.esc(judge)).append("\n\nModel ").append(MarkdownReport.esc(String.join(", ", j.models())))
                    .append(", prompt version ").append(String.join(", ", j.promptVersions())).append(". Apart from your judgements.\n");
            if (!j.scores().isEmpty()) {
                sb.append("\n| criterion | contestant | judge | n | you | n |\n|---|---|---|---|---|---|\n");
                j.scores().forEach((crit, row) -> row.forEach((c, f) -> {
                    Report.Figure you = you(r, crit, c);
                    sb.append("| ").append(MarkdownReport.esc(labels.getOrDefault(crit, crit))).append(" | ").append(MarkdownReport.esc(c))
                            .append(" | ").append(Numbers.mean(f.mean())).append(" | ").append(f.n()).append(" | ")
                            .append(you == null ? "–" : Numbers.mean(you.mean())).append(" | ").append(you == null ? "–" : you.n()).append(" |\n");
                }));
            }
            if (!j.ratings().isEmpty()) {
                sb.append("\nIts ratings from its overall comparisons (Bradley–Terry, Elo scale): ");
                j.ratings().forEach((c, x) -> sb.append(MarkdownReport.esc(c)).append(' ').append(Numbers.rating(x.rating()))
                        .append(" (n=").append(x.comparisons()).append(") "));
                sb.append('\n');
            }
            sb.append("\n").append(AGREEMENT_NOTE).append(".\n\n| criterion | κ | scored | pairs agree | decisive | inconsistent | trusted |\n|---|---|---|---|---|---|---|\n");
            j.agreement().forEach((crit, a) -> sb.append("| ").append(MarkdownReport.esc(label(labels, crit))).append(" | ")
                    .append(a.kappa() == null ? "–" : Numbers.mean(a.kappa())).append(" | ").append(a.scored()).append(" | ")
                    .append(Numbers.share(a.pairAgreement())).append(" | ").append(a.decisive()).append(" | ")
                    .append(a.pairs() == 0 ? "–" : a.inconsistent() + " of " + a.pairs() + " (" + Numbers.share(a.inconsistencyRate()) + ")")
                    .append(" | ").append(trust(a)).append(" |\n"));
            if (j.unparsed() > 0) sb.append("\n").append(TextReport.count(j.unparsed(), "answer")).append(" could not be read (unparsed): left out.\n");
        });
    }

    static void html(StringBuilder sb, Report r, Map<String, String> labels) {
        if (r.judges() == null) return;
        r.judges().forEach((judge, j) -> {
            sb.append("<h2>LLM judge ").append(HtmlReport.h(judge)).append("</h2>\n<p class=\"note\">Model ")
                    .append(HtmlReport.h(String.join(", ", j.models()))).append(", prompt version ").append(HtmlReport.h(String.join(", ", j.promptVersions())))
                    .append(". Apart from your judgements.</p>\n");
            if (!j.scores().isEmpty()) {
                sb.append("<table><tr><th>criterion</th><th>contestant</th><th>judge</th><th>n</th><th>you</th><th>n</th></tr>\n");
                j.scores().forEach((crit, row) -> row.forEach((c, f) -> {
                    Report.Figure you = you(r, crit, c);
                    sb.append("<tr><td>").append(HtmlReport.h(labels.getOrDefault(crit, crit))).append("</td><td>").append(HtmlReport.h(c))
                            .append("</td><td>").append(Numbers.mean(f.mean())).append("</td><td>").append(f.n()).append("</td><td>")
                            .append(you == null ? "–" : Numbers.mean(you.mean())).append("</td><td>").append(you == null ? "–" : you.n()).append("</td></tr>\n");
                }));
                sb.append("</table>\n");
            }
            if (!j.ratings().isEmpty()) {
                sb.append("<p>Its ratings from its overall comparisons (Bradley–Terry, Elo scale): ");
                j.ratings().forEach((c, x) -> sb.append(HtmlReport.h(c)).append(' ').append(Numbers.rating(x.rating()))
                        .append(" (n=").append(x.comparisons()).append(") "));
                sb.append("</p>\n");
            }
            sb.append("<p class=\"note\">").append(HtmlReport.h(AGREEMENT_NOTE)).append("</p>\n<table><tr><th>criterion</th><th>κ</th><th>scored</th>"
                    + "<th>pairs agree</th><th>decisive</th><th>inconsistent</th><th>trusted</th></tr>\n");
            j.agreement().forEach((crit, a) -> sb.append("<tr><td>").append(HtmlReport.h(label(labels, crit))).append("</td><td>")
                    .append(a.kappa() == null ? "–" : Numbers.mean(a.kappa())).append("</td><td>").append(a.scored()).append("</td><td>")
                    .append(Numbers.share(a.pairAgreement())).append("</td><td>").append(a.decisive()).append("</td><td>")
                    .append(a.pairs() == 0 ? "–" : a.inconsistent() + " of " + a.pairs() + " (" + Numbers.share(a.inconsistencyRate()) + ")")
                    .append("</td><td>").append(trust(a)).append("</td></tr>\n"));
            sb.append("</table>\n");
            if (j.unparsed() > 0) sb.append("<p>").append(TextReport.count(j.unparsed(), "answer")).append(" could not be read (unparsed): left out.</p>\n");
        });
    }

    /** Rows of the CSV: section {@code judge_score}, {@code judge_rating}, {@code judge_agreement}; {@code other} names the judge. */
    static void csv(StringBuilder sb, Report r, CsvReport.Row row) {
        if (r.judges() == null) return;
        r.judges().forEach((judge, j) -> {
            j.scores().forEach((crit, figures) -> figures.forEach((c, f) -> row.add("judge_score", crit, c, judge, "mean", f.mean(), f.n())));
            j.ratings().forEach((c, x) -> row.add("judge_rating", "", c, judge, "bradley_terry_elo", x.rating(), x.comparisons()));
            j.agreement().forEach((crit, a) -> {
                if (a.kappa() != null) row.add("judge_agreement", crit, "", judge, "linear_weighted_kappa", a.kappa(), a.scored());
                if (a.pairAgreement() != null) row.add("judge_agreement", crit, "", judge, "pair_agreement_share", a.pairAgreement(), a.decisive());
                if (a.inconsistencyRate() != null) row.add("judge_agreement", crit, "", judge, "inconsistency_rate", a.inconsistencyRate(), a.pairs());
                if (a.trusted() != null) row.add("judge_agreement", crit, "", judge, "trusted", a.trusted() ? 1 : 0, a.scored());
            });
        });
    }

    private static Report.Figure you(Report r, String crit, String contestant) {
        var row = r.criteria().get(crit);
        return row == null ? null : row.get(contestant);
    }

    private static String label(Map<String, String> labels, String crit) {
        return "overall".equals(crit) ? "Overall (comparisons)" : labels.getOrDefault(crit, crit);
    }

    private static String line(Report.JudgeAgreement a) {
        StringBuilder sb = new StringBuilder();
        if (a.scored() > 0 || a.pairs() == 0) {
            sb.append(a.kappa() == null ? "κ –" : "κ = " + Numbers.mean(a.kappa())).append(" over ").append(a.scored())
                    .append(a.scored() == 1 ? " reply" : " replies").append(a.pairs() > 0 ? " · " : "");
        }
        if (a.pairs() > 0) {
            sb.append("pairs agree ").append(Numbers.share(a.pairAgreement())).append(" of ").append(a.decisive()).append(" decisive")
                    .append(" · ").append(a.inconsistent()).append(" of ").append(a.pairs()).append(" inconsistent (")
                    .append(Numbers.share(a.inconsistencyRate())).append(')');
        }
        return sb.append("  ").append(trust(a)).toString();
    }

    private static String trust(Report.JudgeAgreement a) {
        if (a.trusted() == null) return a.pairs() > 0 && a.scored() == 0 ? "–" : "too few to tell";
        return a.trusted() ? "trusted" : "not trusted";
    }
}
