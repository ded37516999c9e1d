package vibecheck.llmjudge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vibecheck.config.Criterion;
import vibecheck.config.JudgeConfig;
import vibecheck.transcript.LlmJudgement;
import vibecheck.transcript.Transcript;

/**
 * What a judge is asked about one turn: every finished reply scored on each criterion, every two finished replies
 * compared overall (and on each criterion with {@code perCriterion}). The prompts hold the conversation and the
 * texts only, never a contestant's or model's name. {@link #pending} leaves out what the turn already records.
 */
public final class Questions {
    private Questions() {}

    /**
     * @param criteria what to score on; null: each reply's own run criteria when it has them, else {@code all}
     */
    public static List<Question> of(Transcript t, int turnIndex, JudgeConfig judge, JudgePrompts prompts,
                                    List<Criterion> criteria, List<Criterion> all, boolean perCriterion, boolean scores, boolean pairs) {
        Transcript.Turn turn = t.turns().get(turnIndex);
        List<Transcript.Reply> finished = turn.replies().stream().filter(Questions::usable).toList();
        List<Question> out = new ArrayList<>();
        if (scores) {
            for (Transcript.Reply r : finished) {
                String own = ownHistory(t, turnIndex, r.contestant());
                for (Criterion c : criteriaFor(r, criteria, all)) {
                    String prompt = prompts.fill("score", Map.of("conversation", own,
                            "message", turn.message(), "reply", r.text(), "criterion", c.label(), "low", c.low(), "high", c.high()));
                    out.add(new Question(LlmJudgement.SCORE, c.key(), r, null, prompt, null, key(judge, prompts, LlmJudgement.SCORE, c.key(), prompt)));
                }
            }
        }
        if (pairs) {
            List<Criterion> on = new ArrayList<>();
            on.add(null);
            if (perCriterion) on.addAll(criteria != null ? criteria : all);
            String history = userHistory(t, turnIndex);
            for (int i = 0; i < finished.size(); i++) {
                for (int j = i + 1; j < finished.size(); j++) {
                    Transcript.Reply a = finished.get(i);
                    Transcript.Reply b = finished.get(j);
                    for (Criterion c : on) {
                        String question = c == null ? "Which reply is better overall?"
                                : "Which reply is better on " + c.label() + " (where 1 means " + c.low() + " and 5 means " + c.high() + ")?";
                        String first = prompts.fill("pair", Map.of("conversation", history, "message", turn.message(),
                                "replyA", a.text(), "replyB", b.text(), "question", question));
                        String swapped = prompts.fill("pair", Map.of("conversation", history, "message", turn.message(),
                                "replyA", b.text(), "replyB", a.text(), "question", question));
                        String crit = c == null ? null : c.key();
                        out.add(new Question(LlmJudgement.PAIR, crit, a, b, first, swapped, key(judge, prompts, LlmJudgement.PAIR, crit, first)));
                    }
                }
            }
        }
        return out;
    }

    /** The questions whose answers the turn does not record yet (by key: same judge, model, prompts and texts). */
    public static List<Question> pending(List<Question> all, Transcript.Turn turn) {
        return pending(all, turn, false);
    }

    /** The same; with {@code retryUnparsed}, a question whose recorded answers could not be read is asked again too. */
    public static List<Question> pending(List<Question> all, Transcript.Turn turn, boolean retryUnparsed) {
        Set<String> done = new HashSet<>();
        if (turn.judgements() != null) {
            for (LlmJudgement j : turn.judgements()) if (j.ok() || !retryUnparsed) done.add(j.key());
        }
        return all.stream().filter(q -> !done.contains(q.key())).toList();
    }

    static boolean usable(Transcript.Reply r) {
        return "finished".equals(r.state()) && r.text() != null && !r.text().isBlank();
    }

    private static List<Criterion> criteriaFor(Transcript.Reply r, List<Criterion> chosen, List<Criterion> all) {
        if (chosen != null) return chosen;
        if (r.run() != null && r.run().criteria() != null) {
            return all.stream().filter(c -> r.run().criteria().contains(c.key())).toList();
        }
        return all;
    }

    /** The key of a question: the judge, its model, the prompt version and the exact text asked. */
    static String key(JudgeConfig judge, JudgePrompts prompts, String kind, String criterion, String prompt) {
        return JudgePrompts.sha256(String.join("\u0000", judge.name(), judge.model(), prompts.version(), kind,
                criterion == null ? "" : criterion, prompts.text("system"), prompt)).substring(0, 32);
    }

    /** The system prompt and the earlier turns as this contestant had them (its own replies), for a score. */
    private static String ownHistory(Transcript t, int turnIndex, String contestant) {
        StringBuilder sb = new StringBuilder(systemPrompt(t.turns().get(turnIndex)));
        StringBuilder earlier = new StringBuilder();
        for (int i : history(t, turnIndex)) {
            Transcript.Turn turn = t.turns().get(i);
            Transcript.Reply own = turn.replies().stream().filter(r -> r.contestant().equals(contestant)).findFirst().orElse(null);
            if (own == null || !usable(own)) continue; // not part of what the model was sent either
            earlier.append("User: ").append(turn.message()).append("\nAssistant: ").append(own.text()).append("\n\n");
        }
        if (!earlier.isEmpty()) sb.append("Earlier in the conversation:\n<earlier>\n").append(earlier).append("</earlier>\n\n");
        return sb.toString();
    }

    /** The system prompt and what the user wrote before this turn, for a comparison (each model had its own replies). */
    private static String userHistory(Transcript t, int turnIndex) {
        StringBuilder sb = new StringBuilder(systemPrompt(t.turns().get(turnIndex)));
        List<Integer> earlier = history(t, turnIndex);
        if (!earlier.isEmpty()) {
            sb.append("Earlier in the conversation the user wrote:\n<earlier>\n");
            int n = 0;
            for (int i : earlier) sb.append(++n).append(". ").append(t.turns().get(i).message()).append('\n');
            sb.append("</earlier>\n\n");
        }
        return sb.toString();
    }

    /**
     * The earlier turns the models saw before this one, as the session's history rule has it: a turn re-sent under
     * another system prompt ({@code sweepOf}) saw what its original saw, and is itself no one's history.
     */
    static List<Integer> history(Transcript t, int turnIndex) {
        Integer sweepOf = t.turns().get(turnIndex).sweepOf();
        int until = sweepOf != null ? sweepOf : turnIndex;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < until; i++) if (t.turns().get(i).sweepOf() == null) out.add(i);
        return out;
    }

    private static String systemPrompt(Transcript.Turn turn) {
        if (turn.systemPrompt() == null || turn.systemPrompt().text() == null || turn.systemPrompt().text().isBlank()) return "";
        return "The assistant was given this system prompt:\n<system>\n" + turn.systemPrompt().text() + "\n</system>\n\n";
    }
}
