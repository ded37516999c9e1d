package vibecheck.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vibecheck.report.EvidenceReader;
import vibecheck.report.ReportBuilder;
import vibecheck.report.render.TextReport;
import vibecheck.transcript.TranscriptWriter;

/**
 * L: the report for what is on screen — the session, or every item of the run being judged — as
 * {@code vibecheck report} would print it, in a box that scrolls. Part of {@link Update}.
 */
final class Verdict {
    private Verdict() {}

    static void show(UiState s) {
        String blind = stillBlind(s);
        if (blind != null) {
            s.status = blind + " is judged but still blind: finish it, or " + s.keymap.key(vibecheck.keys.Action.BLIND)
                    + " turns blind off (the verdict names the models)";
            return;
        }
        List<com.fasterxml.jackson.databind.JsonNode> trees = new ArrayList<>();
        if (s.judge != null) {
            for (JudgeRun.Item item : s.judge.items()) for (Session sample : item.samples()) trees.add(TranscriptWriter.tree(sample.transcript()));
        } else {
            trees.add(TranscriptWriter.tree(s.session.transcript()));
        }
        var evidence = EvidenceReader.fromTrees(trees, EvidenceReader.Filter.ALL);
        if (evidence.scores.isEmpty() && evidence.votes.isEmpty()) {
            s.status = "nothing judged yet: the verdict adds up scores and votes";
            return;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (var c : s.criteria) labels.put(c.key(), c.label());
        String text = TextReport.render(ReportBuilder.build(evidence, 1), labels);
        String what = s.judge != null ? "the run " + s.judge.name() : "this session";
        s.textBox = new UiState.TextBox("The verdict so far, " + what + " (vibecheck report has every format)", List.of(text.split("\n", -1)));
        s.textTop = 0;
        s.overlay = UiState.Overlay.TEXT;
    }

    /**
     * A turn (an item, when judging a run) that has scores or votes while its names are still hidden, named for a
     * message; null when none. The verdict adds judgements up by model name, so showing it then would tell who is who.
     */
    private static String stillBlind(UiState s) {
        if (!s.blind.on()) return null;
        List<String> all = s.criterionKeys();
        if (s.judge != null) {
            for (int i = 0; i < s.judge.items().size(); i++) {
                boolean any = false;
                for (Session sample : s.judge.items().get(i).samples()) any |= judgedAtAll(sample);
                if (any && !s.judge.judged(i, all)) return "item " + (i + 1);
            }
            return null;
        }
        for (int t = 0; t < s.session.turns().size(); t++) {
            Turn turn = s.session.turns().get(t);
            if (judgedAtAll(turn) && !s.blind.revealed(turn, all)) return "turn " + (t + 1);
        }
        return null;
    }

    /** Whether any turn of the session on screen still hides its names. */
    static boolean anyTurnBlind(UiState s) {
        if (!s.blind.on()) return false;
        for (Turn t : s.session.turns()) if (!s.blind.revealed(t, s.judgedCriterionKeys())) return true;
        return false;
    }

    private static boolean judgedAtAll(Session session) {
        for (Turn t : session.turns()) if (judgedAtAll(t)) return true;
        return false;
    }

    private static boolean judgedAtAll(Turn t) {
        if (!t.votes().isEmpty()) return true;
        for (Reply r : t.replies()) if (!r.scoreSheet().current().isEmpty()) return true;
        return false;
    }

    /** The reader's keys: the ones that scroll it scroll it; any other key closes it. */
    static void key(UiState s, vibecheck.keys.Action a, Msg.Key k, List<Effect> fx) {
        if (!scroll(s, a)) Anywhere.closeOverlay(s);
    }

    private static boolean scroll(UiState s, vibecheck.keys.Action a) {
        if (a == null) return false;
        int page = 10;
        int max = s.textBox == null ? 0 : Math.max(0, s.textBox.lines().size() - 1);
        switch (a) {
            case READER_DOWN -> s.textTop = Math.min(max, s.textTop + 1);
            case READER_UP -> s.textTop = Math.max(0, s.textTop - 1);
            case READER_PAGE_DOWN -> s.textTop = Math.min(max, s.textTop + page);
            case READER_PAGE_UP -> s.textTop = Math.max(0, s.textTop - page);
            default -> {
                return false;
            }
        }
        return true;
    }
}
