package vibecheck.core;

import java.util.List;
import vibecheck.config.Criterion;
import vibecheck.llmjudge.NameRedactor;
import vibecheck.llmjudge.Question;
import vibecheck.llmjudge.Questions;
import vibecheck.transcript.LlmJudgement;
import vibecheck.transcript.Transcript;

/**
 * {@code J}: the configured LLM judge is asked about the judged turn (every finished reply on the turn's criteria,
 * every two replies overall, in both orders), and what it says is kept apart from the person's judgements, shown in
 * the footers in the judge's own style. What it already answered (same prompts, same texts) is not asked again.
 */
final class LlmJudging {
    private LlmJudging() {}

    static void ask(UiState s, List<Effect> fx) {
        if (s.llmJudge == null) {
            s.status = "no LLM judge in the config: add one, e.g. \"judges\": [{\"name\": \"j-llama70\", \"server\": \"ollama\", \"model\": \"llama3:70b\"}]";
            return;
        }
        if (s.judgeQuestionsLeft > 0) {
            s.status = "the judge is still answering (" + s.judgeQuestionsLeft + " questions left)";
            return;
        }
        int turn = s.judgedTurn();
        if (turn < 0) {
            s.status = "nothing to judge yet: send a message first";
            return;
        }
        if (!s.session.turns().get(turn).done()) {
            s.status = "the judge waits until every reply of this turn has ended";
            return;
        }
        Transcript t = s.session.transcript();
        List<String> keys = s.judgedCriterionKeys();
        List<Criterion> criteria = s.criteria.stream().filter(c -> keys.contains(c.key())).toList();
        var setup = s.llmJudge;
        List<Question> all = Questions.of(t, turn, setup.judge(), setup.prompts(), criteria, criteria, false, true, true);
        List<Question> pending = Questions.pending(all, t.turns().get(turn));
        if (all.isEmpty()) {
            s.status = "nothing for the judge here: no reply of this turn finished with text";
            return;
        }
        if (pending.isEmpty()) {
            s.status = "the judge " + setup.judge().name() + " has answered everything about this turn already";
            return;
        }
        s.judgeQuestionsLeft = pending.size();
        s.status = "asking the judge " + setup.judge().name() + ": " + pending.size() + (pending.size() == 1 ? " question…" : " questions…");
        fx.add(new Effect.AskJudge(s.session.id(), turn, setup, NameRedactor.of(t), pending));
    }

    static void answered(UiState s, Msg.JudgeAnswered a, List<Effect> fx) {
        s.judgeQuestionsLeft = a.left();
        if (!a.sessionId().equals(s.session.id())) return; // another session is on screen now: that one was left
        String name = s.llmJudge == null ? "judge" : "the judge " + s.llmJudge.judge().name();
        if (a.judgement() == null) {
            s.status = name + " could not answer: " + a.failed() + (a.left() > 0 ? "" : "; " + s.keymap.key(vibecheck.keys.Action.ASK_JUDGE) + " asks again");
            return;
        }
        try {
            LlmJudgement j = s.session.judged(a.turn(), a.judgement());
            fx.add(new Effect.Save());
            String what = !j.ok() ? "an answer it could not read (kept, unparsed)"
                    : LlmJudgement.SCORE.equals(j.kind()) ? "a score" : j.inconsistent() ? "a comparison that changed with the order (a tie)" : "a comparison";
            s.status = a.left() > 0 ? name + ": " + what + "; " + a.left() + " to go"
                    : name + " has answered (j: in the footers, apart from your scores)";
        } catch (vibecheck.transcript.TranscriptFormatException e) {
            s.status = name + ": " + e.getMessage();
        }
    }
}
