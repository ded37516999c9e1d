package vibecheck.ui;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import vibecheck.core.PanelView;
import vibecheck.core.Reply;
import vibecheck.core.UiState;
import vibecheck.keys.Mode;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyState;

/** Draws one contestant's panel: border, title, the visible part of the conversation, and the footer. */
final class PanelPainter {

    private PanelPainter() {}

    /** Draws one panel; returns where it stands (null when it has no room on screen), changing no state. */
    static PanelView.Placement paint(Canvas c, UiState s, int index, Layout.Rect r, PanelContent content) {
        if (r == null || r.width() < 4 || r.height() < 2) return null;
        boolean focused = s.focus == index && s.mode == Mode.PANELS;
        Style border = focused ? Style.BORDER_FOCUSED : Style.BORDER;
        int right = r.col() + r.width() - 1;
        int bottom = r.row() + r.height() - 1;
        c.line(r.col(), r.row(), "┌" + "─".repeat(r.width() - 2) + "┐", border, r.width());
        for (int row = r.row() + 1; row < bottom; row++) {
            c.put(r.col(), row, "│", border, 1);
            c.put(right, row, "│", border, 1);
        }
        c.line(r.col(), bottom, "└" + "─".repeat(r.width() - 2) + "┘", border, r.width());
        String name = s.title(index);
        c.put(r.col() + 2, r.row(), " " + CellWidth.fit(name, r.width() - 6) + " ", focused ? Style.TITLE_FOCUSED : Style.TITLE, r.width() - 4);

        int innerW = r.width() - 2;
        int innerH = r.height() - 2;
        c.fill(r.col() + 1, r.row() + 1, innerW, innerH, Style.NORMAL);
        PanelView view = s.panels.get(index);
        List<PanelContent.Run> runs = content.runs(s, index, innerW);
        int total = PanelContent.count(runs);
        PanelView.Placement placed = view.place(total, innerH, streaming(s, index), content.turnStarts());
        int top = placed.top();
        drawLines(c, runs, top, r.col() + 1, r.row() + 1, innerW, innerH);

        Reply reply = judgedReply(s, index);
        String problem = s.serverProblem(index);
        Style footStyle = reply == null ? (problem != null ? Style.STATE_BAD : Style.FOOTER) : stateStyle(reply.state());
        String more = !placed.follow() && placed.maxTop() > top ? " ↓" + (placed.maxTop() - top) + " " : "";
        int moreWidth = CellWidth.of(more);
        List<String> parts = new java.util.ArrayList<>(reply != null ? footer(reply, s.spinner, s.namesHidden())
                : List.of(problem != null ? "✗ " + problem : s.checkServersAtStart && s.serverProblems == null ? "checking…" : "ready"));
        if (reply != null && !reply.scoreSheet().current().isEmpty()) parts.add(1, scores(s, reply));
        String judged = judgeScores(s, reply); // the LLM judge's, apart and in its own style: never taken for yours
        int judgedWidth = judged == null || CellWidth.of(judged) + 3 > (r.width() - 6 - moreWidth) / 2 ? 0 : CellWidth.of(judged) + 3;
        String foot = " " + fitParts(parts, r.width() - 6 - moreWidth - judgedWidth) + " ";
        c.put(r.col() + 2, bottom, foot, footStyle, r.width() - 4 - moreWidth);
        if (judgedWidth > 0) {
            int at = r.col() + 2 + CellWidth.of(foot);
            c.put(at, bottom, "· ", footStyle, 2); // set apart like every other part of the footer
            c.put(at + 2, bottom, judged + " ", Style.JUDGE, judgedWidth - 2);
        }
        if (moreWidth > 0 && moreWidth < r.width() - 4) c.put(right - moreWidth, bottom, more, Style.HINT, moreWidth);
        return placed;
    }

    private static boolean streaming(UiState s, int index) {
        Reply reply = judgedReply(s, index);
        return reply != null && !reply.state().isFinal();
    }

    private static void drawLines(Canvas c, List<PanelContent.Run> runs, int skip, int col, int row, int width, int height) {
        int drawn = 0;
        for (PanelContent.Run run : runs) {
            int n = run.lines().size();
            if (skip >= n) {
                skip -= n;
                continue;
            }
            for (int i = skip; i < n && drawn < height; i++) {
                int x = col;
                if (!run.prefix().isEmpty()) x += c.put(x, row + drawn, run.prefix(), run.style(), width);
                c.put(x, row + drawn, run.lines().get(i).text(), run.style(), width - (x - col));
                drawn++;
            }
            skip = 0;
            if (drawn >= height) return;
        }
    }

    private static Reply judgedReply(UiState s, int position) {
        int turn = s.judgedTurn();
        if (turn < 0) return null;
        return s.session.turns().get(turn).replies().get(s.blind.contestantAt(turn, position));
    }

    /** The reply's scores in criterion order, compactly: "★4 3 · · 5 · ·" (· not scored yet). */
    static String scores(UiState s, Reply r) {
        // a run's item may be judged on some criteria only
        return row("★", r.scoreSheet().current(), s.judgedCriterionKeys());
    }

    /** The configured LLM judge's scores of the reply in criterion order, "j:4 · 2" (· not asked), or null when none. */
    static String judgeScores(UiState s, Reply r) {
        if (r == null || s.llmJudge == null) return null;
        var turn = s.session.turns().get(s.judgedTurn());
        var scores = turn.judgeScores(s.llmJudge.judge().name(), r);
        return scores.isEmpty() ? null : row("j:", scores, s.judgedCriterionKeys());
    }

    /** {@code mark} and the values in the order of {@code keys}, "·" for a missing one. */
    private static String row(String mark, Map<String, Integer> values, List<String> keys) {
        StringBuilder sb = new StringBuilder(mark);
        for (String key : keys) {
            if (sb.length() > mark.length()) sb.append(' ');
            Integer v = values.get(key);
            sb.append(v == null ? "·" : String.valueOf(v));
        }
        return sb.toString();
    }

    /** The footer's parts, most important first; as many as fit are shown. */
    /** {@code blind}: the names are hidden, so speeds are too (a 70B model's pace would tell it from an 8B one's). */
    static List<String> footer(Reply r, int spinner, boolean blind) {
        if (r == null) return List.of("ready");
        ReplyState st = r.state();
        String state = st.isFinal() ? (st == ReplyState.FINISHED ? "✓ done" : "✗ " + st.label())
                : vibecheck.text.Spinner.frame(spinner) + " " + st.label();
        if (st == ReplyState.FINISHED && r.finishReason() != null && !r.finishReason().equals("stop")
                && !r.finishReason().equals("end_turn")) state = "✓ " + r.finishReason();
        Metrics m = r.metrics();
        List<String> parts = new java.util.ArrayList<>();
        parts.add(state);
        if (m.outputTokens() != null) parts.add(m.outputTokens() + " tok");
        if (blind) return parts;
        if (m.tokensPerSecond() != null) parts.add(String.format(Locale.ROOT, "%.1f tok/s", m.tokensPerSecond()));
        else if (st.isFinal() && m.outputTokens() != null) parts.add("– tok/s"); // too quick to time: no made-up speed
        if (m.ttftMs() != null) parts.add(String.format(Locale.ROOT, "ttft %.2fs", m.ttftMs() / 1000.0));
        if (m.loadMs() != null && m.loadMs() >= 100) parts.add(String.format(Locale.ROOT, "load %.2fs", m.loadMs() / 1000.0));
        return parts;
    }

    static String fitParts(List<String> parts, int width) {
        StringBuilder sb = new StringBuilder(CellWidth.fit(parts.get(0), width));
        for (int i = 1; i < parts.size(); i++) {
            if (CellWidth.of(sb) + 3 + CellWidth.of(parts.get(i)) > width) break;
            sb.append(" · ").append(parts.get(i));
        }
        return sb.toString();
    }

    static Style stateStyle(ReplyState st) {
        if (!st.isFinal()) return Style.STATE_LIVE;
        return st == ReplyState.FINISHED ? Style.STATE_OK : Style.STATE_BAD;
    }
}
