package vibecheck.report.render;

import java.util.Locale;
import java.util.Map;
import vibecheck.report.Report;

/**
 * The report as one self-contained HTML file: inline SVG charts (a dot at the mean, a whisker for the 95%
 * interval), no script, nothing fetched, so a browser shows it offline.
 */
public final class HtmlReport {
    private static final int CHART_W = 640;
    private static final int LABEL_W = 200;
    private static final int ROW_H = 22;

    private HtmlReport() {}

    public static String render(Report r, Map<String, String> labels) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>vibecheck report</title>\n");
        sb.append("<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:60em;color:#222}h1,h2{font-weight:600}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left}")
                .append("svg text{font:12px system-ui,sans-serif}.note{color:#666}</style>\n</head><body>\n");
        var s = r.sources();
        sb.append("<h1>vibecheck report</h1>\n<p class=\"note\">").append(s.files()).append(" transcripts · ").append(s.scores())
                .append(" scores · ").append(s.votes()).append(" votes · raters: ").append(h(String.join(", ", s.raters())))
                .append(" · seed ").append(s.seed()).append("</p>\n");
        if (!r.criteria().isEmpty()) {
            sb.append("<h2>Scores</h2>\n<p class=\"note\">Mean of 1–5; the whisker is the 95% bootstrap interval.</p>\n");
            r.criteria().forEach((crit, row) -> {
                sb.append("<h3>").append(h(labels.getOrDefault(crit, crit))).append("</h3>\n");
                chart(sb, row.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue().mean(), e.getValue().ci(),
                        Numbers.mean(e.getValue().mean()) + "  n=" + e.getValue().n())).toList(), 1, 5);
            });
        }
        if (!r.ratings().isEmpty()) {
            double min = r.ratings().values().stream().mapToDouble(x -> x.ci() == null ? x.rating() : x.ci()[0]).min().orElse(900) - 10;
            double max = r.ratings().values().stream().mapToDouble(x -> x.ci() == null ? x.rating() : x.ci()[1]).max().orElse(1100) + 10;
            sb.append("<h2>Ratings</h2>\n<p class=\"note\">Bradley–Terry from every current vote, Elo scale, 95% interval.</p>\n");
            chart(sb, r.ratings().entrySet().stream().map(e -> new Point(e.getKey(), e.getValue().rating(), e.getValue().ci(),
                    Numbers.rating(e.getValue().rating()) + "  n=" + e.getValue().comparisons())).toList(), min, max);
            sb.append("<table><tr><th>pair</th><th>wins</th><th>ties</th><th>losses</th></tr>\n");
            for (Report.Pair p : r.pairs()) {
                sb.append("<tr><td>").append(h(p.a())).append(" vs ").append(h(p.b())).append("</td><td>").append(p.winsA())
                        .append("</td><td>").append(p.ties()).append("</td><td>").append(p.winsB()).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        if (!r.personaShift().isEmpty()) {
            sb.append("<h2>Persona shift</h2>\n<table><tr><th>system prompt</th><th>criterion</th><th>contestant</th><th>shift</th><th>95% interval</th></tr>\n");
            r.personaShift().forEach((p, byCrit) -> byCrit.forEach((crit, row) -> row.forEach((c, f) ->
                    sb.append("<tr><td>").append(h(p)).append("</td><td>").append(h(labels.getOrDefault(crit, crit))).append("</td><td>")
                            .append(h(c)).append("</td><td>").append(Numbers.signed(f.mean())).append("</td><td>")
                            .append(Numbers.signedCi(f.ci())).append("</td></tr>\n"))));
            sb.append("</table>\n");
        }
        var pb = r.positionBias();
        var x = r.excluded();
        sb.append("<h2>Checks</h2>\n<ul><li>Position bias: left won ").append(pb.leftWins()).append(" of ").append(pb.decisive())
                .append(" decisive blind pair votes (p = ").append(Numbers.p(pb.p())).append(")</li>\n<li>Left out: ")
                .append(x.superseded).append(" superseded, ").append(x.failed).append(" on failed replies, ").append(x.selfIdentified)
                .append(" self-identified while blind, ").append(x.notBlind).append(" not blind</li></ul>\n");
        if (!r.agreement().isEmpty()) {
            sb.append("<h3>Agreement between raters</h3>\n<table><tr><th>criterion</th><th>agreement</th><th>units</th><th></th></tr>\n");
            r.agreement().forEach((crit, a) -> sb.append("<tr><td>").append(h(labels.getOrDefault(crit, crit))).append("</td><td>")
                    .append(a.kappa() != null ? "κ = " + Numbers.mean(a.kappa()) : a.alpha() != null ? "α = " + Numbers.mean(a.alpha()) : "–")
                    .append("</td><td>").append(a.units()).append("</td><td>").append(a.illDefined() ? "ill-defined (under 0.2)" : "").append("</td></tr>\n"));
            sb.append("</table>\n");
        }
        if (r.drivers().values().stream().anyMatch(d -> d.decisive() > 0)) {
            sb.append("<h3>What the votes follow</h3>\n<table><tr><th>criterion</th><th>higher-scored reply won</th><th>decisive votes</th></tr>\n");
            r.drivers().forEach((crit, d) -> {
                if (d.decisive() > 0) sb.append("<tr><td>").append(h(labels.getOrDefault(crit, crit))).append("</td><td>")
                        .append(Numbers.share(d.share())).append("</td><td>").append(d.decisive()).append("</td></tr>\n");
            });
            sb.append("</table>\n");
        }
        if (!r.style().isEmpty()) {
            sb.append("<h2>Style and speed</h2>\n<p class=\"note\">").append(r.speed().sequentialOnly()
                    ? "Speeds from one-at-a-time replies only." : "No one-at-a-time replies: speeds were measured sharing the GPU.")
                    .append("</p>\n<table><tr><th>contestant</th><th>tokens</th><th>headers</th><th>list items</th><th>bold</th>")
                    .append("<th>first token</th><th>speed</th><th>load</th></tr>\n");
            r.style().forEach((c, st) -> {
                Report.Timing t = r.speed().byContestant().get(c);
                sb.append("<tr><td>").append(h(c)).append("</td><td>").append(String.format(Locale.ROOT, "%.0f</td><td>%.1f</td><td>%.1f</td><td>%.1f",
                        st.meanTokens(), st.headers(), st.listItems(), st.bold())).append("</td><td>")
                        .append(t == null ? "–" : Numbers.ms(t.ttftMedianMs())).append("</td><td>").append(t == null ? "–" : Numbers.tps(t.tokensPerSecondMedian()))
                        .append("</td><td>").append(t == null ? "–" : Numbers.ms(t.loadMedianMs())).append("</td></tr>\n");
            });
            sb.append("</table>\n");
        }
        JudgeSections.html(sb, r, labels);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private record Point(String name, double value, double[] ci, String text) {}

    private static void chart(StringBuilder sb, java.util.List<Point> points, double min, double max) {
        int height = points.size() * ROW_H + 24;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_W).append("\" height=\"").append(height)
                .append("\" role=\"img\">\n");
        int plotW = CHART_W - LABEL_W - 120;
        sb.append(line(x(min, min, max, plotW), 4, x(min, min, max, plotW), height - 20, "#ccc"));
        sb.append(line(x(max, min, max, plotW), 4, x(max, min, max, plotW), height - 20, "#ccc"));
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>\n", x(min, min, max, plotW) - 4, height - 6, fmt(min)));
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>\n", x(max, min, max, plotW) - 8, height - 6, fmt(max)));
        int y = 16;
        for (Point p : points) {
            sb.append("<text x=\"0\" y=\"").append(y + 4).append("\">").append(h(vibecheck.text.TerminalSanitizer.label(p.name(), 28))).append("</text>\n");
            if (p.ci() != null) sb.append(line(x(p.ci()[0], min, max, plotW), y, x(p.ci()[1], min, max, plotW), y, "#4a78c2"));
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"#1f4e9c\"/>\n", x(p.value(), min, max, plotW), y));
            sb.append("<text x=\"").append(LABEL_W + plotW + 12).append("\" y=\"").append(y + 4).append("\">").append(h(p.text())).append("</text>\n");
            y += ROW_H;
        }
        sb.append("</svg>\n");
    }

    private static double x(double v, double min, double max, int plotW) {
        return LABEL_W + (max <= min ? plotW / 2.0 : (Math.max(min, Math.min(max, v)) - min) / (max - min) * plotW);
    }

    private static String line(double x1, int y1, double x2, int y2, String color) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>\n", x1, y1, x2, y2, color);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.0f", v);
    }

    /** Text for HTML: escaped, and without control characters. */
    static String h(String s) {
        return vibecheck.text.TerminalSanitizer.label(s, 200).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
