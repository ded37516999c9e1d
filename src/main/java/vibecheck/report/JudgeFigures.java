package vibecheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's LLM-judge figures, from {@link JudgeEvidence}: per judge its own mean scores and ratings, and per
 * criterion its agreement with the person (linearly weighted κ on the 1–5 scores, the share of decisive pair
 * verdicts that agree), how often its comparisons changed with the order, and whether it can be trusted there.
 */
public final class JudgeFigures {
    /** κ at or above this: the judge can stand in for the person on that criterion. */
    public static final double TRUSTED_KAPPA = 0.4;
    public static final String OVERALL = "overall";

    private JudgeFigures() {}

    public static Map<String, Report.Judge> of(JudgeEvidence e, List<String> contestants) {
        Map<String, Report.Judge> out = new LinkedHashMap<>();
        for (String judge : e.judges) out.put(judge, judge(e, judge, contestants));
        return out;
    }

    private static Report.Judge judge(JudgeEvidence e, String judge, List<String> contestants) {
        List<JudgeEvidence.Score> scores = e.scores.stream().filter(s -> s.judge().equals(judge)).toList();
        List<JudgeEvidence.Pair> pairs = e.pairs.stream().filter(p -> p.judge().equals(judge)).toList();
        Set<String> models = new LinkedHashSet<>();
        Set<String> versions = new LinkedHashSet<>();
        int unparsed = 0;
        for (JudgeEvidence.Score s : scores) {
            if (s.model() != null) models.add(s.model());
            if (s.promptVersion() != null) versions.add(s.promptVersion());
            if (s.value() == null) unparsed++;
        }
        for (JudgeEvidence.Pair p : pairs) {
            if (p.model() != null) models.add(p.model());
            if (p.promptVersion() != null) versions.add(p.promptVersion());
            if (p.winner() == null) unparsed++;
        }
        return new Report.Judge(new ArrayList<>(models), new ArrayList<>(versions), means(scores), ratings(pairs, contestants),
                agreement(scores, pairs), unparsed);
    }

    private static Map<String, Map<String, Report.Figure>> means(List<JudgeEvidence.Score> scores) {
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
        for (JudgeEvidence.Score s : scores) {
            if (s.value() == null) continue;
            double[] sum = sums.computeIfAbsent(s.criterion(), k -> new LinkedHashMap<>()).computeIfAbsent(s.contestant(), k -> new double[2]);
            sum[0] += s.value();
            sum[1]++;
        }
        Map<String, Map<String, Report.Figure>> out = new LinkedHashMap<>();
        sums.forEach((crit, row) -> {
            Map<String, Report.Figure> figures = new LinkedHashMap<>();
            row.forEach((c, sum) -> figures.put(c, new Report.Figure(sum[0] / sum[1], (int) sum[1], null)));
            out.put(crit, figures);
        });
        return out;
    }

    /** Bradley–Terry on the judge's overall comparisons (a tie, inconsistent ones included, is half a win each). */
    private static Map<String, Report.Rating> ratings(List<JudgeEvidence.Pair> pairs, List<String> contestants) {
        List<BradleyTerry.Outcome> outcomes = new ArrayList<>();
        Map<String, Integer> comparisons = new LinkedHashMap<>();
        for (JudgeEvidence.Pair p : pairs) {
            if (p.criterion() != null || p.winner() == null) continue;
            double scoreA = p.winner().equals(p.a()) ? 1 : p.winner().equals(p.b()) ? 0 : 0.5;
            outcomes.add(new BradleyTerry.Outcome(p.a(), p.b(), scoreA));
            comparisons.merge(p.a(), 1, Integer::sum);
            comparisons.merge(p.b(), 1, Integer::sum);
        }
        Map<String, Report.Rating> out = new LinkedHashMap<>();
        if (outcomes.isEmpty()) return out;
        List<String> rated = contestants.stream().filter(comparisons::containsKey).toList();
        BradleyTerry.ratings(rated, outcomes).forEach((c, r) -> out.put(c, new Report.Rating(r, null, comparisons.get(c))));
        return out;
    }

    private static Map<String, Report.JudgeAgreement> agreement(List<JudgeEvidence.Score> scores, List<JudgeEvidence.Pair> pairs) {
        Set<String> criteria = new LinkedHashSet<>();
        for (JudgeEvidence.Pair p : pairs) criteria.add(p.criterion() == null ? OVERALL : p.criterion());
        for (JudgeEvidence.Score s : scores) criteria.add(s.criterion());
        Map<String, Report.JudgeAgreement> out = new LinkedHashMap<>();
        for (String crit : criteria) {
            List<int[]> both = new ArrayList<>();
            for (JudgeEvidence.Score s : scores) {
                if (s.criterion().equals(crit) && s.value() != null && s.human() != null) both.add(new int[] {s.value(), s.human()});
            }
            Double kappa = null;
            if (!both.isEmpty()) {
                double k = Agreement.weightedKappa(both.stream().mapToInt(x -> x[0]).toArray(), both.stream().mapToInt(x -> x[1]).toArray(), 5);
                kappa = Double.isFinite(k) ? k : null;
            }
            int decisive = 0;
            int agreed = 0;
            int compared = 0;
            int inconsistent = 0;
            for (JudgeEvidence.Pair p : pairs) {
                String pc = p.criterion() == null ? OVERALL : p.criterion();
                if (!pc.equals(crit) || p.winner() == null) continue;
                compared++;
                if (p.inconsistent()) inconsistent++;
                if (p.human() == null || "tie".equals(p.human()) || "tie".equals(p.winner())) continue;
                decisive++;
                if (p.human().equals(p.winner())) agreed++;
            }
            out.put(crit, new Report.JudgeAgreement(both.size(), kappa, decisive, decisive == 0 ? null : agreed / (double) decisive,
                    compared, inconsistent, compared == 0 ? null : inconsistent / (double) compared,
                    kappa == null ? null : kappa >= TRUSTED_KAPPA));
        }
        return out;
    }
}
