package vibecheck.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The runs for contestant {@code index} at {@code width} columns. */
    public List<Run> runs(UiState s, int index, int width) {
        List<Run> runs = new ArrayList<>();
        String previousPrompt = "none";
        for (Turn t : s.session.turns()) {
            if (!runs.isEmpty()) runs.add(blank());
            String promptName = t.systemPrompt().name();
            if (!promptName.equals(previousPrompt) && !t.systemPrompt().isEmpty()) {
                runs.add(fixedRun("sys" + t.index() + ":" + width, "system prompt: " + promptName, width, Style.SYSTEM_NOTE, ""));
            }
            previousPrompt = t.systemPrompt().isEmpty() ? "none" : promptName;
            runs.add(fixedRun("youh" + t.index() + ":" + width, "you ›", width, Style.USER_HEAD, ""));
            runs.add(fixedRun("you" + t.index() + ":" + width, t.message(), width - 2, Style.USER, "  "));
            runs.add(blank());
            Reply r = t.replies().get(index);
            reply(s, r, s.panels.get(index).showReasoning, width, runs);
        }
        return runs;
    }

    private void reply(UiState s, Reply r, boolean showReasoning, int width, List<Run> runs) {
        ReplyDisplay d = s.display(r.id());
        if (d.reasoning().length() > 0) {
            String head = (showReasoning ? "▾ thinking" : "▸ thinking") + " · " + d.reasoningTokens() + (d.reasoningTokens() == 1 ? " token" : " tokens")
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
                case WAITING -> "waiting for a free slot on " + r.contestant().provider().id() + "…";
                case LOADING -> "waiting for the first token (the model may be loading)…";
                default -> d.reasoning().length() > 0 ? "thinking…" : "…";
            };
            runs.add(new Run(List.of(new Wrap.Line(CellWidth.fit(waiting, width), 0)), Style.DIM, ""));
        }
        if (r.state() != ReplyState.FINISHED && r.state().isFinal()) {
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
