package vibecheck.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
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
 *
 * <p>Every cached line belongs to the turn or reply object it shows (weakly held): a new session's turn 1 or reply
 * "r1" is another object, so nothing of an earlier session can be shown for it, and its lines go with it.
 */
public final class PanelContent {
    /** Consecutive lines sharing one style; {@code prefix} is drawn before each of them. */
    public record Run(List<Wrap.Line> lines, Style style, String prefix) {}

    private final Map<Reply, WrappedText> texts = new WeakHashMap<>();
    private final Map<Reply, WrappedText> reasonings = new WeakHashMap<>();
    private final Map<Object, Map<String, List<Wrap.Line>>> fixed = new WeakHashMap<>();

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
        if (problem != null) runs.add(fixedRun(s.session, "ready:" + problem + ":" + width, problem, width, Style.HINT, ""));
        for (Turn t : s.session.turns()) {
            if (!runs.isEmpty()) runs.add(blank());
            for (; counted < runs.size(); counted++) lines += runs.get(counted).lines().size();
            turnStarts.add(lines); // kept as a running count: recounting every turn would grow with the square of the turns
            String promptName = t.systemPrompt().name();
            if (t.sweepOf() != null) {
                runs.add(fixedRun(t, "sweep:" + width, "system prompt: " + promptName + " (turn " + (t.sweepOf() + 1)
                        + " re-sent)", width, Style.SYSTEM_NOTE, ""));
            } else if (!promptName.equals(previousPrompt) && !t.systemPrompt().isEmpty()) {
                runs.add(fixedRun(t, "sys:" + width, "system prompt: " + promptName, width, Style.SYSTEM_NOTE, ""));
            }
            if (t.sweepOf() == null) previousPrompt = t.systemPrompt().isEmpty() ? "none" : promptName;
            runs.add(new Run(List.of(new Wrap.Line(t.index() - 1 == judged ? "you › ◀ judging this turn" : "you ›", 0)), Style.USER_HEAD, ""));
            runs.add(fixedRun(t, "you:" + width, t.message(), width - 2, Style.USER, "  "));
            runs.add(blank());
            int turnIndex = t.index() - 1;
            Reply r = t.replies().get(s.blind.contestantAt(turnIndex, position));
            boolean revealed = s.blind.revealed(t, s.judgedCriterionKeys());
            if (s.blind.on() && revealed) {
                runs.add(fixedRun(r, "was" + position + ":" + width, "(" + Blind.letter(position) + " was " + r.contestant().name() + ")",
                        width, Style.DIM, ""));
            }
            earlierVersions(t, r, s.panels.get(position).showEarlierVersions, width, runs);
            reply(s, r, s.panels.get(position).showReasoning, width, runs, s.blind.on() && !revealed);
            if (s.blind.on() && r.selfIdentified()) {
                runs.add(fixedRun(r, "self:" + width, "⚑ names its own model or vendor", width, Style.HINT, ""));
            }
            for (var n : r.judgement().notes()) {
                runs.add(fixedRun(r, "note" + n.at() + ":" + width, "✎ " + n.text(), width, Style.DIM, ""));
            }
        }
        return runs;
    }

    /** The first line of each turn in the last {@link #runs} result. */
    public List<Integer> turnStarts() {
        return turnStarts;
    }

    /** What this contestant answered this turn before it was regenerated: one dim line, or each version whole. */
    private void earlierVersions(Turn t, Reply r, boolean open, int width, List<Run> runs) {
        List<Reply> earlier = t.earlierVersions(r.contestant().name());
        if (earlier.isEmpty()) return;
        if (!open) {
            String line = "▸ " + earlier.size() + (earlier.size() == 1 ? " earlier version" : " earlier versions") + " (V shows)";
            runs.add(new Run(List.of(new Wrap.Line(CellWidth.fit(line, width), 0)), Style.DIM, ""));
            return;
        }
        for (int i = 0; i < earlier.size(); i++) {
            Reply old = earlier.get(i);
            runs.add(fixedRun(old, "head" + i + ":" + width, "▾ earlier version " + (i + 1) + " of " + earlier.size()
                    + " (" + old.state().label() + ", regenerated)", width, Style.DIM, ""));
            String text = vibecheck.text.TerminalSanitizer.clean(old.text());
            runs.add(fixedRun(old, "text:" + (width - 2), text.isEmpty() ? "(no text)" : text, width - 2, Style.DIM, "  "));
        }
        runs.add(blank());
    }

    private void reply(UiState s, Reply r, boolean showReasoning, int width, List<Run> runs, boolean hideDetails) {
        ReplyDisplay d = s.display(r.id());
        if (d.reasoning().length() > 0) {
            String head = (showReasoning ? "▾ thinking" : "▸ thinking") + " · " + d.reasoningSize()
                    + (showReasoning ? "" : " (t shows it)");
            runs.add(new Run(List.of(new Wrap.Line(CellWidth.fit(head, width), 0)), Style.REASONING_HEAD, ""));
            if (showReasoning) {
                runs.add(new Run(reasonings.computeIfAbsent(r, k -> new WrappedText()).lines(d.reasoning(), width - 2), Style.REASONING, "  "));
                runs.add(blank());
            }
        }
        if (d.text().length() > 0) {
            runs.add(new Run(texts.computeIfAbsent(r, k -> new WrappedText()).lines(d.text(), width), Style.NORMAL, ""));
        } else if (!r.state().isFinal()) {
            String waiting = switch (r.state()) {
                case WAITING -> hideDetails ? "waiting for a free slot…" : "waiting for a free slot on " + r.contestant().server().id() + "…";
                case LOADING -> "waiting for the first token (the model may be loading)…";
                default -> d.reasoning().length() > 0 ? "thinking…" : "…";
            };
            runs.add(new Run(List.of(new Wrap.Line(CellWidth.fit(waiting, width), 0)), Style.DIM, ""));
        }
        if (r.state() != ReplyState.FINISHED && r.state().isFinal()) {
            if (hideDetails) { // the server's message would name the model
                runs.add(fixedRun(r, "errb:" + width, "✗ " + r.state().label() + " (details hidden while blind)", width, Style.ERROR, ""));
            } else {
                String what = r.state().label() + (r.error() == null ? "" : ": " + vibecheck.text.TerminalSanitizer.clean(r.error()));
                runs.add(fixedRun(r, "err:" + width, "✗ " + what, width, Style.ERROR, ""));
                if (r.hint() != null) runs.add(fixedRun(r, "hint:" + width, "→ " + r.hint(), width, Style.HINT, ""));
            }
        }
        if (r.state().isFinal() && !r.entersHistory()) {
            String who = hideDetails ? "this model's" : r.contestant().name() + "'s";
            runs.add(fixedRun(r, "nohistory" + hideDetails + ":" + width, "left out of " + who
                    + " history: later messages are sent without this turn (r asks again)", width, Style.DIM, ""));
        }
    }

    /** Lines that do not change once shown, wrapped once per width, cached with the turn or reply they belong to. */
    private Run fixedRun(Object owner, String key, String text, int width, Style style, String prefix) {
        List<Wrap.Line> lines = fixed.computeIfAbsent(owner, o -> new HashMap<>()).computeIfAbsent(key, k -> Wrap.wrap(text, Math.max(1, width)));
        return new Run(lines, style, prefix);
    }

    private static Run blank() {
        return new Run(List.of(new Wrap.Line("", 0)), Style.NORMAL, "");
    }

    public static int count(List<Run> runs) {
        int n = 0;
        for (Run r : runs) n += r.lines().size();
        return n;
    }
}
