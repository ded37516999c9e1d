package vibecheck.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vibecheck.core.Blind;
import vibecheck.core.Reply;
import vibecheck.core.ReplyDisplay;
import vibecheck.core.Turn;
import vibecheck.core.UiState;
import vibecheck.stream.ReplyState;

/**
 * The conversation as one panel shows it, as runs of wrapped lines: each user message set apart, the system
 * prompt when it changes, reasoning collapsed to one line (or open), the reply, and what went wrong. Lines are
 * cached per reply and wrapped incrementally, so only what is visible costs anything at draw time.
 */
public final class PanelContent {
    /** Consecutive lines sharing one style; {@code prefix} is drawn before each of them. */
    public record Run(List<Wrap.Line> lines, Style style, String prefix) {}

    private final Map<String, WrappedText> texts = new HashMap<>();
    private final Map<String, WrappedText> reasonings = new HashMap<>();
    private final Map<String, List<Wrap.Line>> fixed = new HashMap<>();

    private final List<Integer> turnStarts = new ArrayList<>();

    /** The runs for the panel at {@code position} at {@code width} columns. */
    public List<Run> runs(UiState s, int position, int width) {
        List<Run> runs = new ArrayList<>();
        turnStarts.clear();
        String previousPrompt = "none";
        int counted = 0; // runs already counted into lines
        int lines = 0;
        int judged = s.session.turns().size() > 1 ? s.judgedTurn() : -1;
        String problem = s.serverProblem(position);
        if (problem != null) runs.add(fixedRun("ready:" + problem + ":" + width, problem, width, Style.HINT, ""));
        for (Turn t : s.session.turns()) {
            if (!runs.isEmpty()) runs.add(blank());
            for (; counted < runs.size(); counted++) lines += runs.get(counted).lines().size();
            turnStarts.add(lines); // kept as a running count: recounting every turn would grow with the square of the turns
            String promptName = t.systemPrompt().name();
            if (t.sweepOf() != null) {
                runs.add(fixedRun("sweep" + t.index() + ":" + width, "system prompt: " + promptName + " (turn " + (t.sweepOf() + 1)
                        + " re-sent)", width, Style.SYSTEM_NOTE, ""));
            } else if (!promptName.equals(previousPrompt) && !t.systemPrompt().isEmpty()) {
                runs.add(fixedRun("sys" + t.index() + ":" + width, "system prompt: " + promptName, width, Style.SYSTEM_NOTE, ""));
            }
            if (t.sweepOf() == null) previousPrompt = t.systemPrompt().isEmpty() ? "none" : promptName;
            runs.add(new Run(List.of(new Wrap.Line(t.index() - 1 == judged ? "you › ◀ judging this turn" : "you ›", 0)), Style.USER_HEAD, ""));
            runs.add(fixedRun("you" + t.index() + ":" + width, t.message(), width - 2, Style.USER, "  "));
            runs.add(blank());
            int turnIndex = t.index() - 1;
            Reply r = t.replies().get(s.blind.contestantAt(turnIndex, position));
            boolean revealed = s.blind.revealed(t, s.criterionKeys());
            if (s.blind.on() && revealed) {
                runs.add(fixedRun("was" + r.id() + ":" + width, "(" + Blind.letter(position) + " was " + r.contestant().name() + ")",
                        width, Style.DIM, ""));
            }
            reply(s, r, s.panels.get(position).showReasoning, width, runs, s.blind.on() && !revealed);
            if (s.blind.on() && r.selfIdentified()) {
                runs.add(fixedRun("self" + r.id() + ":" + width, "⚑ names its own model or vendor", width, Style.HINT, ""));
            }
            for (var n : r.judgement().notes()) {
                runs.add(fixedRun("note" + r.id() + n.at() + ":" + width, "✎ " + n.text(), width, Style.DIM, ""));
            }
        }
        return runs;
    }

    /** The first line of each turn in the last {@link #runs} result. */
    public List<Integer> turnStarts() {
        return turnStarts;
    }

    private void reply(UiState s, Reply r, boolean showReasoning, int width, List<Run> runs, boolean hideDetails) {
        ReplyDisplay d = s.display(r.id());
        if (d.reasoning().length() > 0) {
            String head = (showReasoning ? "▾ thinking" : "▸ thinking") + " · " + d.reasoningSize()
                    + (showReasoning ? "" : " (t shows it)");
            runs.add(new Run(List.of(new Wrap.Line(CellWidth.fit(head, width), 0)), Style.REASONING_HEAD, ""));
            if (showReasoning) {
                runs.add(new Run(reasonings.computeIfAbsent(r.id(), k -> new WrappedText()).lines(d.reasoning(), width - 2), Style.REASONING, "  "));
                runs.add(blank());
            }
        }
        if (d.text().length() > 0) {
            runs.add(new Run(texts.computeIfAbsent(r.id(), k -> new WrappedText()).lines(d.text(), width), Style.NORMAL, ""));
        } else if (!r.state().isFinal()) {
            String waiting = switch (r.state()) {
                case WAITING -> hideDetails ? "waiting for a free slot…" : "waiting for a free slot on " + r.contestant().provider().id() + "…";
                case LOADING -> "waiting for the first token (the model may be loading)…";
                default -> d.reasoning().length() > 0 ? "thinking…" : "…";
            };
            runs.add(new Run(List.of(new Wrap.Line(CellWidth.fit(waiting, width), 0)), Style.DIM, ""));
        }
        if (r.state() != ReplyState.FINISHED && r.state().isFinal()) {
            if (hideDetails) { // the server's message would name the model
                runs.add(fixedRun("errb" + r.id() + ":" + width, "✗ " + r.state().label() + " (details hidden while blind)", width, Style.ERROR, ""));
                return;
            }
            String what = r.state().label() + (r.error() == null ? "" : ": " + vibecheck.text.TerminalSanitizer.clean(r.error()));
            runs.add(fixedRun("err" + r.id() + ":" + width, "✗ " + what, width, Style.ERROR, ""));
            if (r.hint() != null) runs.add(fixedRun("hint" + r.id() + ":" + width, "→ " + r.hint(), width, Style.HINT, ""));
        }
    }

    private Run fixedRun(String key, String text, int width, Style style, String prefix) {
        return new Run(fixed.computeIfAbsent(key, k -> Wrap.wrap(text, Math.max(1, width))), style, prefix);
    }

    private static Run blank() {
        return new Run(List.of(new Wrap.Line("", 0)), Style.NORMAL, "");
    }

    public static int count(List<Run> runs) {
        int n = 0;
        for (Run r : runs) n += r.lines().size();
        return n;
    }

    /** Forgets cached lines of replies no longer shown (after a regenerate). */
    public void retain(java.util.Set<String> replyIds) {
        texts.keySet().retainAll(replyIds);
        reasonings.keySet().retainAll(replyIds);
    }
}
