package vibecheck.report.render;

import java.util.Map;
import vibecheck.report.Report;

/** The report as Markdown tables, for a write-up. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Report r, Map<String, String> labels) {
        StringBuilder sb = new StringBuilder("# vibecheck report\n\n");
        var s = r.sources();
        sb.append(s.files()).append(" transcripts · ").append(s.scores()).append(" scores · ").append(s.votes())
                .append(" votes · raters: ").append(esc(String.join(", ", s.raters()))).append(" · seed ").append(s.seed()).append("\n\n");
        if (!r.criteria().isEmpty()) {
            sb.append("## Scores\n\nMean of 1–5 with its 95% bootstrap interval (resampling items) and the number of scores.\n\n");
            sb.append("| criterion | contestant | mean | 95% interval | n |\n|---|---|---|---|---|\n");
            r.criteria().forEach((crit, row) -> row.forEach((c, f) -> sb.append("| ").append(esc(labels.getOrDefault(crit, crit))).append(" | ")
                    .append(esc(c)).append(" | ").append(Numbers.mean(f.mean())).append(" | ").append(Numbers.ci(f.ci(), false))
                    .append(" | ").append(f.n()).append(" |\n")));
        }
        if (!r.personaShift().isEmpty()) {
            sb.append("\n## Persona shift\n\nMean under the system prompt minus the mean under none (\\* the interval excludes 0).\n\n");
            sb.append("| system prompt | criterion | contestant | shift | 95% interval |\n|---|---|---|---|---|\n");
            r.personaShift().forEach((p, byCrit) -> byCrit.forEach((crit, row) -> row.forEach((c, f) ->
                    sb.append("| ").append(esc(p)).append(" | ").append(esc(labels.getOrDefault(crit, crit))).append(" | ").append(esc(c))
                            .append(" | ").append(Numbers.signed(f.mean())).append(" | ").append(Numbers.signedCi(f.ci()))
                            .append(f.ci() != null && (f.ci()[0] > 0 || f.ci()[1] < 0) ? " \\*" : "").append(" |\n"))));
        }
        if (!r.ratings().isEmpty()) {
            sb.append("\n## Ratings\n\nBradley–Terry fitted to every current vote (ties as half a win), on the Elo scale.\n\n");
            sb.append("| contestant | rating | 95% interval | comparisons | style held equal |\n|---|---|---|---|---|\n");
            r.ratings().forEach((c, x) -> sb.append("| ").append(esc(c)).append(" | ").append(Numbers.rating(x.rating())).append(" | ")
                    .append(Numbers.ci(x.ci(), true)).append(" | ").append(x.comparisons()).append(" | ")
                    .append(r.styleControlledRatings() == null || !r.styleControlledRatings().containsKey(c) ? "–"
                            : Numbers.rating(r.styleControlledRatings().get(c))).append(" |\n"));
            sb.append("\n| pair | wins | ties | losses |\n|---|---|---|---|\n");
            for (Report.Pair p : r.pairs()) {
                sb.append("| ").append(esc(p.a())).append(" vs ").append(esc(p.b())).append(" | ").append(p.winsA()).append(" | ")
                        .append(p.ties()).append(" | ").append(p.winsB()).append(" |\n");
            }
        }
        var x = r.excluded();
        sb.append("\n## Left out\n\n- superseded votes: ").append(x.superseded).append("\n- judgements of failed or unfinished replies: ")
                .append(x.failed).append("\n- blind votes on a reply that named itself: ").append(x.selfIdentified)
                .append("\n- not blind (with --blind-only): ").append(x.notBlind).append("\n- other raters: ").append(x.otherRater)
                .append("\n- invalid: ").append(x.invalid).append('\n');
        var pb = r.positionBias();
        sb.append("\n## Rater checks\n\n- Position bias: the left panel won ").append(pb.leftWins()).append(" of ").append(pb.decisive())
                .append(" decisive blind pair votes (two-sided binomial p = ").append(Numbers.p(pb.p())).append(")\n");
        var c = r.consistency();
        sb.append("- Repeated questions: ").append(c.flips()).append(" of ").append(c.repeatedVotes()).append(" repeated pair votes flipped")
                .append(c.meanAbsScoreDifference() == null ? "" : "; mean absolute score change " + Numbers.mean(c.meanAbsScoreDifference())).append('\n');
        r.agreement().forEach((crit, a) -> sb.append("- Agreement on ").append(esc(labels.getOrDefault(crit, crit))).append(": ")
                .append(a.kappa() != null ? "κ = " + Numbers.mean(a.kappa()) : a.alpha() != null ? "α = " + Numbers.mean(a.alpha()) : "–")
                .append(" over ").append(a.units()).append(" units").append(a.illDefined() ? " (ill-defined criterion)" : "").append('\n'));
        r.drivers().forEach((crit, d) -> {
            if (d.decisive() > 0) sb.append("- Votes follow ").append(esc(labels.getOrDefault(crit, crit))).append(": ")
                    .append(Numbers.share(d.share())).append(" of ").append(d.decisive()).append(" decisive votes\n");
        });
        if (!r.style().isEmpty()) {
            sb.append("\n## Style and speed\n\n").append(r.speed().sequentialOnly() ? "Speeds from one-at-a-time replies only."
                    : "No one-at-a-time replies: speeds were measured sharing the GPU.").append("\n\n")
                    .append("| contestant | tokens | headers | list items | bold | first token | speed | load |\n|---|---|---|---|---|---|---|---|\n");
            r.style().forEach((name, st) -> {
                Report.Timing t = r.speed().byContestant().get(name);
                sb.append("| ").append(esc(name)).append(String.format(java.util.Locale.ROOT, " | %.0f | %.1f | %.1f | %.1f | ",
                        st.meanTokens(), st.headers(), st.listItems(), st.bold()))
                        .append(t == null ? "–" : Numbers.ms(t.ttftMedianMs())).append(" | ").append(t == null ? "–" : Numbers.tps(t.tokensPerSecondMedian()))
                        .append(" | ").append(t == null ? "–" : Numbers.ms(t.loadMedianMs())).append(" |\n");
            });
        }
        JudgeSections.markdown(sb, r, labels);
        return sb.toString();
    }

    /** A name as the export writes one into a line of its own: one line, Markdown and HTML escaped; cut at 200. */
    static String esc(String s) {
        return vibecheck.export.MarkdownExport.inline(vibecheck.text.TerminalSanitizer.label(s, 200));
    }
}
