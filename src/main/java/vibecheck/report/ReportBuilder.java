package vibecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Works out a {@link Report} from {@link Evidence}: plain functions, no I/O, reproducible for a seed. */
public final class ReportBuilder {
    public static final int SCORE_ROUNDS = 1000;
    public static final int RATING_ROUNDS = 200;
    public static final String NO_PROMPT = "none";

    private final Evidence e;
    private final long seed;

    private ReportBuilder(Evidence e, long seed) {
        this.e = e;
        this.seed = seed;
    }

    public static Report build(Evidence e, long seed) {
        return new ReportBuilder(e, seed).build();
    }

    private Report build() {
        List<String> contestants = new ArrayList<>(e.contestants);
        Map<String, Report.Rating> ratings = ratings(contestants);
        var style = styleControlled(contestants);
        return new Report(
                new Report.Sources(e.files, e.skipped, new ArrayList<>(e.raters), seed, e.scores.size(), e.votes.size()),
                scores(e.scores),
                bySystemPrompt(),
                personaShift(),
                ratings,
                pairs(),
                separations(ratings),
                style == null ? null : style.ratings(),
                style == null ? null : style.effects(),
                e.excluded,
                positionBias(),
                consistency(),
                agreement(),
                drivers(),
                style(),
                speed(),
                JudgeFigures.of(e.judges, contestants));
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static double[] ci(double[] ci) {
        return ci == null || Double.isNaN(ci[0]) ? null : ci;
    }

    /** The scores of one criterion and contestant, grouped by item (the unit the bootstrap resamples). */
    private static List<List<Integer>> byItem(List<Evidence.Score> scores) {
        Map<String, List<Integer>> items = new LinkedHashMap<>();
        for (Evidence.Score s : scores) items.computeIfAbsent(s.item(), k -> new ArrayList<>()).add(s.value());
        return new ArrayList<>(items.values());
    }

    private static double meanOfItems(List<List<Integer>> items) {
        double sum = 0;
        int n = 0;
        for (List<Integer> item : items) {
            for (int v : item) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private Map<String, Map<String, Report.Figure>> scores(List<Evidence.Score> scores) {
        Bootstrap bootstrap = new Bootstrap(seed, SCORE_ROUNDS);
        Map<String, Map<String, List<Evidence.Score>>> grouped = new LinkedHashMap<>();
        for (String c : e.criteria) grouped.put(c, new LinkedHashMap<>());
        for (Evidence.Score s : scores) {
            grouped.get(s.criterion()).computeIfAbsent(s.contestant(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Map<String, Report.Figure>> out = new LinkedHashMap<>();
        for (var crit : grouped.entrySet()) {
            if (crit.getValue().isEmpty()) continue;
            Map<String, Report.Figure> row = new LinkedHashMap<>();
            for (String c : e.contestants) {
                List<Evidence.Score> list = crit.getValue().get(c);
                if (list == null) continue;
                List<List<Integer>> items = byItem(list);
                row.put(c, new Report.Figure(meanOfItems(items), list.size(), ci(bootstrap.interval(items, ReportBuilder::meanOfItems))));
            }
            out.put(crit.getKey(), row);
        }
        return out;
    }

    private Map<String, Map<String, Map<String, Report.Figure>>> bySystemPrompt() {
        Map<String, Map<String, Map<String, Report.Figure>>> out = new LinkedHashMap<>();
        for (String prompt : e.systemPrompts) {
            List<Evidence.Score> under = e.scores.stream().filter(s -> s.systemPrompt().equals(prompt)).toList();
            if (!under.isEmpty()) out.put(prompt, scores(under));
        }
        return out;
    }

    /** Mean under each system prompt minus the mean under none, with a two-sample bootstrap interval. */
    private Map<String, Map<String, Map<String, Report.Figure>>> personaShift() {
        Map<String, Map<String, Map<String, Report.Figure>>> out = new LinkedHashMap<>();
        Bootstrap bootstrap = new Bootstrap(seed + 1, SCORE_ROUNDS);
        for (String prompt : e.systemPrompts) {
            if (prompt.equals(NO_PROMPT)) continue;
            Map<String, Map<String, Report.Figure>> byCrit = new LinkedHashMap<>();
            for (String crit : e.criteria) {
                Map<String, Report.Figure> row = new LinkedHashMap<>();
                for (String c : e.contestants) {
                    List<List<Integer>> with = byItem(select(prompt, crit, c));
                    List<List<Integer>> without = byItem(select(NO_PROMPT, crit, c));
                    if (with.isEmpty() || without.isEmpty()) continue;
                    double shift = meanOfItems(with) - meanOfItems(without);
                    double[] ci = bootstrap.difference(with, without, ReportBuilder::meanOfItems);
                    int n = with.stream().mapToInt(List::size).sum() + without.stream().mapToInt(List::size).sum();
                    row.put(c, new Report.Figure(shift, n, ci(ci)));
                }
                if (!row.isEmpty()) byCrit.put(crit, row);
            }
            if (!byCrit.isEmpty()) out.put(prompt, byCrit);
        }
        return out;
    }

    private List<Evidence.Score> select(String prompt, String crit, String contestant) {
        return e.scores.stream().filter(s -> s.systemPrompt().equals(prompt) && s.criterion().equals(crit)
                && s.contestant().equals(contestant)).toList();
    }

    private Map<String, Report.Rating> ratings(List<String> contestants) {
        List<List<BradleyTerry.Outcome>> units = e.votes.stream().map(Evidence.Vote::outcomes).filter(l -> !l.isEmpty()).toList();
        List<BradleyTerry.Outcome> all = units.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) return Map.of();
        List<String> rated = contestants.stream().filter(c -> all.stream().anyMatch(o -> o.a().equals(c) || o.b().equals(c))).toList();
        Map<String, Double> fit = BradleyTerry.ratings(rated, all);
        Map<String, double[]> cis = new Bootstrap(seed + 2, RATING_ROUNDS).intervals(units,
                sample -> BradleyTerry.ratings(rated, sample.stream().flatMap(List::stream).toList()));
        Map<String, Report.Rating> out = new LinkedHashMap<>();
        rated.stream().sorted(Comparator.comparingDouble(fit::get).reversed()).forEach(c -> out.put(c, new Report.Rating(fit.get(c),
                ci(cis.get(c)), (int) all.stream().filter(o -> o.a().equals(c) || o.b().equals(c)).count())));
        return out;
    }

    private List<Report.Pair> pairs() {
        Map<String, int[]> counts = new TreeMap<>();
        for (Evidence.Vote v : e.votes) {
            for (BradleyTerry.Outcome o : v.outcomes()) {
                boolean flip = o.a().compareTo(o.b()) > 0;
                String a = flip ? o.b() : o.a();
                String b = flip ? o.a() : o.b();
                double s = flip ? 1 - o.scoreA() : o.scoreA();
                int[] c = counts.computeIfAbsent(a + "\u0000" + b, k -> new int[3]);
                c[s == 1 ? 0 : s == 0 ? 1 : 2]++;
            }
        }
        List<Report.Pair> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            String[] ab = k.split("\u0000");
            out.add(new Report.Pair(ab[0], ab[1], c[0], c[1], c[2]));
        });
        return out;
    }

    private List<Report.Separation> separations(Map<String, Report.Rating> ratings) {
        List<Map.Entry<String, Report.Rating>> sorted = new ArrayList<>(ratings.entrySet());
        List<Report.Separation> out = new ArrayList<>();
        int votes = e.votes.size();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            var hi = sorted.get(i);
            var lo = sorted.get(i + 1);
            double gap = hi.getValue().rating() - lo.getValue().rating();
            double[] a = hi.getValue().ci();
            double[] b = lo.getValue().ci();
            if (a == null || b == null) {
                out.add(new Report.Separation(hi.getKey(), lo.getKey(), gap, true, null));
                continue;
            }
            boolean overlap = a[0] <= b[1];
            Integer more = null;
            if (overlap && gap > 1e-6) {
                // an interval narrows as 1/√n: the votes at which the two half-widths add up to the gap
                double halfWidths = (a[1] - a[0]) / 2 + (b[1] - b[0]) / 2;
                more = Math.max(1, (int) Math.ceil(votes * (Math.pow(halfWidths / gap, 2) - 1)));
            }
            out.add(new Report.Separation(hi.getKey(), lo.getKey(), gap, overlap, more));
        }
        return out;
    }

    private StyleControlledRatings.Fit styleControlled(List<String> contestants) {
        List<StyleControlledRatings.Outcome> outcomes = new ArrayList<>();
        for (Evidence.Vote v : e.votes) {
            for (BradleyTerry.Outcome o : v.outcomes()) {
                StyleFeatures a = v.style().get(o.a());
                StyleFeatures b = v.style().get(o.b());
                if (a != null && b != null) outcomes.add(new StyleControlledRatings.Outcome(o.a(), o.b(), o.scoreA(), a.vector(), b.vector()));
            }
        }
        if (outcomes.isEmpty()) return null;
        List<String> rated = contestants.stream().filter(c -> outcomes.stream().anyMatch(o -> o.a().equals(c) || o.b().equals(c))).toList();
        return StyleControlledRatings.fit(rated, outcomes);
    }

    private Report.PositionBias positionBias() {
        int left = 0;
        int decisive = 0;
        for (Evidence.Vote v : e.votes) {
            if (!v.blind() || !"pair".equals(v.kind())) continue;
            if ("left".equals(v.outcome())) left++;
            if ("left".equals(v.outcome()) || "right".equals(v.outcome())) decisive++;
        }
        return new Report.PositionBias(left, decisive, Stats.binomialTwoSided(left, decisive));
    }

    private Report.Consistency consistency() {
        Map<String, List<String>> votes = new LinkedHashMap<>();
        for (Evidence.Vote v : e.votes) {
            if (!"pair".equals(v.kind())) continue;
            boolean flip = v.left().compareTo(v.right()) > 0;
            String first = flip ? v.right() : v.left();
            String second = flip ? v.left() : v.right();
            String winner = switch (v.outcome()) {
                case "left" -> v.left();
                case "right" -> v.right();
                default -> "tie";
            };
            votes.computeIfAbsent(v.rater() + "\u0000" + v.question() + "\u0000" + first + "\u0000" + second, k -> new ArrayList<>()).add(winner);
        }
        int repeated = 0;
        int flips = 0;
        for (List<String> w : votes.values()) {
            for (int i = 1; i < w.size(); i++) {
                repeated++;
                if (!w.get(i).equals(w.get(i - 1))) flips++;
            }
        }
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        for (Evidence.Score s : e.scores) {
            scores.computeIfAbsent(s.rater() + "\u0000" + s.question() + "\u0000" + s.contestant() + "\u0000" + s.criterion(),
                    k -> new ArrayList<>()).add(s.value());
        }
        int pairs = 0;
        double diff = 0;
        for (List<Integer> v : scores.values()) {
            for (int i = 1; i < v.size(); i++) {
                pairs++;
                diff += Math.abs(v.get(i) - v.get(i - 1));
            }
        }
        return new Report.Consistency(repeated, flips, pairs, pairs == 0 ? null : diff / pairs);
    }

    private Map<String, Report.AgreementFigure> agreement() {
        Map<String, Report.AgreementFigure> out = new LinkedHashMap<>();
        List<String> raters = new ArrayList<>(e.raters);
        if (raters.size() < 2) return out;
        for (String crit : e.criteria) {
            Map<String, Map<String, Integer>> byUnit = new LinkedHashMap<>(); // unit -> rater -> value
            for (Evidence.Score s : e.scores) {
                if (!s.criterion().equals(crit)) continue;
                byUnit.computeIfAbsent(s.question() + "\u0000" + s.contestant(), k -> new LinkedHashMap<>()).put(s.rater(), s.value());
            }
            Map<String, List<Integer>> units = new LinkedHashMap<>();
            byUnit.forEach((k, v) -> {
                if (v.size() >= 2) units.put(k, new ArrayList<>(v.values()));
            });
            if (units.isEmpty()) continue;
            if (raters.size() == 2) {
                int[] a = new int[units.size()];
                int[] b = new int[units.size()];
                int i = 0;
                for (String k : units.keySet()) {
                    a[i] = byUnit.get(k).get(raters.get(0));
                    b[i++] = byUnit.get(k).get(raters.get(1));
                }
                Double kappa = finite(Agreement.weightedKappa(a, b, 5));
                out.put(crit, new Report.AgreementFigure(raters, kappa, null, units.size(), kappa != null && kappa < 0.2));
            } else {
                Double alpha = finite(Agreement.krippendorffOrdinal(units, 5));
                out.put(crit, new Report.AgreementFigure(raters, null, alpha, units.size(), alpha != null && alpha < 0.2));
            }
        }
        return out;
    }

    private Map<String, Report.Driver> drivers() {
        Map<String, Integer> score = new LinkedHashMap<>();
        for (Evidence.Score s : e.scores) score.put(s.rater() + "\u0000" + s.item() + "\u0000" + s.contestant() + "\u0000" + s.criterion(), s.value());
        Map<String, Report.Driver> out = new LinkedHashMap<>();
        for (String crit : e.criteria) {
            int decisive = 0;
            int higherWon = 0;
            for (Evidence.Vote v : e.votes) {
                for (BradleyTerry.Outcome o : v.outcomes()) {
                    if (o.scoreA() == 0.5) continue;
                    Integer a = score.get(v.rater() + "\u0000" + v.item() + "\u0000" + o.a() + "\u0000" + crit);
                    Integer b = score.get(v.rater() + "\u0000" + v.item() + "\u0000" + o.b() + "\u0000" + crit);
                    if (a == null || b == null || a.equals(b)) continue;
                    decisive++;
                    if ((a > b) == (o.scoreA() == 1)) higherWon++;
                }
            }
            out.put(crit, new Report.Driver(decisive, higherWon, decisive == 0 ? null : higherWon / (double) decisive));
        }
        return out;
    }

    private Map<String, Report.Style> style() {
        Map<String, List<StyleFeatures>> by = new LinkedHashMap<>();
        for (Evidence.Reply r : e.replies) by.computeIfAbsent(r.contestant(), k -> new ArrayList<>()).add(StyleFeatures.of(r.text(), r.outputTokens()));
        Map<String, Report.Style> out = new LinkedHashMap<>();
        by.forEach((c, list) -> out.put(c, new Report.Style(
                list.stream().mapToDouble(StyleFeatures::tokens).average().orElse(0),
                list.stream().mapToInt(StyleFeatures::headers).average().orElse(0),
                list.stream().mapToInt(StyleFeatures::listItems).average().orElse(0),
                list.stream().mapToInt(StyleFeatures::bold).average().orElse(0), list.size())));
        return out;
    }

    private Report.Speed speed() {
        boolean sequential = e.replies.stream().anyMatch(Evidence.Reply::sequential);
        Map<String, Report.Timing> out = new LinkedHashMap<>();
        for (String c : e.contestants) {
            List<Evidence.Reply> rs = e.replies.stream().filter(r -> r.contestant().equals(c) && (!sequential || r.sequential())).toList();
            if (rs.isEmpty()) continue;
            double[] ttft = rs.stream().filter(r -> r.ttftMs() != null).mapToDouble(Evidence.Reply::ttftMs).toArray();
            double[] tps = rs.stream().filter(r -> r.tokensPerSecond() != null).mapToDouble(Evidence.Reply::tokensPerSecond).toArray();
            double[] load = rs.stream().filter(r -> r.loadMs() != null && r.loadMs() > 0).mapToDouble(Evidence.Reply::loadMs).toArray();
            out.put(c, new Report.Timing(finite(Stats.median(ttft)), iqr(ttft), finite(Stats.median(tps)), iqr(tps),
                    finite(Stats.median(load)), rs.size()));
        }
        return new Report.Speed(sequential, out);
    }

    private static double[] iqr(double[] xs) {
        return xs.length == 0 ? null : new double[] {Stats.quantile(xs, 0.25), Stats.quantile(xs, 0.75)};
    }
}
