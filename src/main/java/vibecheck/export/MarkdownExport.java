package vibecheck.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vibecheck.config.Criterion;
import vibecheck.stream.Metrics;
import vibecheck.text.Secrets;
import vibecheck.text.TerminalSanitizer;
import vibecheck.transcript.Transcript;

/**
 * A session as Markdown, the way the appendix of a write-up would show it: each turn's message and system prompt,
 * each model's reply under its name with the reasoning folded away and the metrics, then the scores and votes.
 *
 * <p>Nothing a model (or a hand-edited transcript) wrote can change the document's structure: messages, replies
 * and reasoning go in verbatim inside fenced blocks whose fence is longer than any run of backticks in the text,
 * so a fence, a heading, {@code </details>} or {@code <script>} in a reply is shown as text; names, notes and
 * errors that stand in the document's own lines have Markdown and HTML characters escaped. Control characters are
 * removed, and no API key or header value is ever written.
 */
public final class MarkdownExport {
    private MarkdownExport() {}

    public static String render(Transcript t, List<Criterion> criteria) {
        StringBuilder md = new StringBuilder();
        List<Transcript.Turn> turns = t.turns() == null ? List.of() : t.turns();
        md.append("# vibecheck session ").append(inline(t.id())).append("\n\n");
        md.append("Started ").append(inline(String.valueOf(t.startedAt()))).append(" · ").append(inline(t.program())).append(" · ")
                .append(turns.size()).append(turns.size() == 1 ? " turn" : " turns").append("\n\n");
        if (!turns.isEmpty()) {
            md.append("| contestant | model | server |\n|---|---|---|\n");
            for (Transcript.Reply r : turns.get(0).replies()) {
                md.append("| ").append(cell(r.contestant())).append(" | ").append(code(r.model())).append(" | ")
                        .append(cell(r.server() != null ? r.server() : "?")).append(" (").append(cell(r.protocol())).append(") at ")
                        .append(cell(vibecheck.text.Urls.withoutPassword(r.baseUrl()))).append(" |\n");
            }
            md.append('\n');
        }
        for (Transcript.Turn turn : turns) turn(md, turn, criteria);
        return Secrets.redact(md.toString());
    }

    private static void turn(StringBuilder md, Transcript.Turn turn, List<Criterion> criteria) {
        md.append("## Turn ").append(turn.index());
        if (turn.sweepOf() != null) md.append(" (turn ").append(turn.sweepOf() + 1).append(" re-sent)");
        md.append("\n\n");
        Transcript.Prompt p = turn.systemPrompt();
        if (p == null || p.text() == null || p.text().isBlank()) {
            md.append("**System prompt:** none\n\n");
        } else {
            md.append("**System prompt:** ").append(inline(p.name())).append("\n\n").append(fenced(p.text())).append('\n');
        }
        md.append("**Message:**\n\n").append(fenced(turn.message())).append('\n');
        for (Transcript.Reply r : turn.replies()) reply(md, r);
        earlierVersions(md, turn);
        scores(md, turn, criteria);
    }

    /** Replies that were regenerated, folded away: history, not what was judged. */
    private static void earlierVersions(StringBuilder md, Transcript.Turn turn) {
        if (turn.regenerated() == null || turn.regenerated().isEmpty()) return;
        int n = turn.regenerated().size();
        md.append("<details><summary>").append(n).append(n == 1 ? " earlier version" : " earlier versions")
                .append(" (regenerated)</summary>\n\n");
        for (Transcript.Reply r : turn.regenerated()) reply(md, r, "#### " + inline(r.contestant()) + " (earlier version)");
        md.append("</details>\n\n");
    }

    private static void reply(StringBuilder md, Transcript.Reply r) {
        reply(md, r, "### " + inline(r.contestant()));
    }

    private static void reply(StringBuilder md, Transcript.Reply r, String heading) {
        md.append(heading).append("\n\n");
        md.append('*').append(inline(r.model())).append(" · ").append(inline(state(r))).append(metrics(r.metrics())).append("*\n\n");
        if (Boolean.TRUE.equals(r.selfIdentified())) md.append("> ⚑ This reply names its own model or vendor.\n\n");
        if (r.reasoning() != null && !r.reasoning().isEmpty()) {
            md.append("<details><summary>Reasoning (").append(r.reasoning().length()).append(" characters)</summary>\n\n")
                    .append(fenced(r.reasoning())).append("\n</details>\n\n");
        }
        String text = r.text() == null ? "" : clean(r.text()).strip();
        md.append(text.isEmpty() ? "*(no answer text)*\n" : fenced(text)).append('\n');
        if (r.error() != null) md.append("> **").append(inline(r.state())).append(":** ").append(inline(r.error())).append("\n\n");
        if (r.notes() != null) {
            for (Transcript.Note n : r.notes()) md.append("> ✎ ").append(inline(n.text())).append("\n\n");
        }
    }

    private static void scores(StringBuilder md, Transcript.Turn turn, List<Criterion> criteria) {
        List<String> keys = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            keys.add(c.key());
            labels.put(c.key(), c.label());
        }
        List<Map<String, Integer>> current = new ArrayList<>();
        boolean any = false;
        for (Transcript.Reply r : turn.replies()) {
            Map<String, Integer> now = Transcript.Score.current(r.scores());
            for (String k : now.keySet()) if (!keys.contains(k)) keys.add(k);
            any |= !now.isEmpty();
            current.add(now);
        }
        boolean votes = turn.votes() != null && !turn.votes().isEmpty();
        if (!any && !votes) return;
        md.append("#### Scores and votes, turn ").append(turn.index()).append("\n\n");
        if (any) {
            md.append("| criterion |");
            for (Transcript.Reply r : turn.replies()) md.append(' ').append(cell(r.contestant())).append(" |");
            md.append("\n|---|");
            for (int i = 0; i < turn.replies().size(); i++) md.append("---|");
            md.append('\n');
            for (String k : keys) {
                md.append("| ").append(cell(labels.getOrDefault(k, k))).append(" |");
                for (Map<String, Integer> now : current) md.append(' ').append(now.containsKey(k) ? now.get(k) : "–").append(" |");
                md.append('\n');
            }
            md.append('\n');
        }
        if (votes) {
            List<Transcript.Vote> counted = turn.currentVotes();
            for (Transcript.Vote v : counted) {
                md.append("- ").append(inline(describe(v))).append(v.blind() ? " (blind)" : "").append('\n');
            }
            int earlier = turn.votes().size() - counted.size();
            if (earlier > 0) md.append("- *").append(earlier).append(earlier == 1 ? " earlier vote" : " earlier votes").append(" superseded*\n");
            md.append('\n');
        }
    }

    static String describe(Transcript.Vote v) {
        if (v.kind() == Transcript.VoteKind.BEST) return "best: " + v.winner();
        return switch (v.outcome()) {
            case LEFT -> v.left() + " better than " + v.right();
            case RIGHT -> v.right() + " better than " + v.left();
            case TIE -> v.left() + " and " + v.right() + " tie";
            case BOTH_BAD -> v.left() + " and " + v.right() + " both bad";
        };
    }

    private static String state(Transcript.Reply r) {
        if ("finished".equals(r.state())) return "finished" + (r.finishReason() == null ? "" : " (" + r.finishReason() + ")");
        return r.state();
    }

    private static String metrics(Metrics m) {
        if (m == null) return "";
        StringBuilder sb = new StringBuilder();
        if (m.ttftMs() != null) sb.append(String.format(Locale.ROOT, " · first token %.2f s", m.ttftMs() / 1000.0));
        if (m.tokensPerSecond() != null) sb.append(String.format(Locale.ROOT, " · %.1f tok/s", m.tokensPerSecond()));
        if (m.outputTokens() != null) sb.append(" · ").append(m.outputTokens()).append(" tokens");
        if (m.loadMs() != null && m.loadMs() > 0) sb.append(String.format(Locale.ROOT, " · load %.2f s", m.loadMs() / 1000.0));
        return sb.toString();
    }

    private static String clean(String s) {
        return TerminalSanitizer.clean(s).replace('\u240D', ' ');
    }

    /** Text for a table cell: one line, with Markdown and HTML characters escaped ({@code |} included). */
    private static String cell(String s) {
        return inline(s);
    }

    /**
     * Text that stands in one of the document's own lines (a heading, a cell, a note): one line, every character
     * that Markdown or HTML would read as structure escaped with a backslash, so it shows as written.
     */
    public static String inline(String s) {
        if (s == null) return "";
        String one = clean(s).replace("\r", " ").replace('\n', ' ').replace('\t', ' ').strip();
        StringBuilder sb = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if ("\\`*_[]<>|~!&#{}".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** Text as an inline code span, delimited by more backticks than it contains, and one line. */
    static String code(String s) {
        String one = clean(s == null ? "" : s).replace('\n', ' ').replace("|", "\\|");
        String ticks = "`".repeat(longestRun(one, '`') + 1);
        String pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
        return ticks + pad + one + pad + ticks;
    }

    /**
     * Text verbatim in a fenced block: the fence is longer than any run of backticks in the text, so no line of it
     * can close the block, and nothing inside is read as Markdown or HTML.
     */
    static String fenced(String s) {
        String text = clean(s == null ? "" : s).strip();
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        return fence + "text\n" + text + "\n" + fence + "\n";
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
