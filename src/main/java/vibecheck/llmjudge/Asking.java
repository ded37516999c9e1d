package vibecheck.llmjudge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vibecheck.config.JudgeConfig;
import vibecheck.protocol.ChatMessage;
import vibecheck.transcript.LlmJudgement;

/**
 * Puts one {@link Question} to a judge and writes down what it said, as the transcript keeps it. An answer that
 * cannot be read is sent back once with what was wrong; a second such answer is recorded as {@code unparsed} with
 * the raw texts. A pair is asked in both orders; a verdict that changes with the order is a tie marked
 * {@code inconsistent}. A server that fails gives no judgement at all (nothing is recorded, so it is asked again
 * next time).
 */
public final class Asking {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** A judgement as recorded, or why there is none ({@code failed}). */
    public record Outcome(ObjectNode judgement, String failed) {}

    private final Asker asker;
    private final JudgeConfig judge;
    private final JudgePrompts prompts;
    private final NameRedactor redactor;
    private final Clock clock;

    public Asking(Asker asker, JudgeConfig judge, JudgePrompts prompts, NameRedactor redactor, Clock clock) {
        this.asker = asker;
        this.judge = judge;
        this.prompts = prompts;
        this.redactor = redactor;
        this.clock = clock;
    }

    public Outcome ask(Question q) {
        ObjectNode n = F.objectNode();
        n.put("kind", q.kind());
        n.put("judge", judge.name());
        n.put("model", judge.model());
        n.put("promptVersion", prompts.version());
        n.put("key", q.key());
        if (q.criterion() != null) n.put("criterion", q.criterion());
        if (LlmJudgement.SCORE.equals(q.kind())) {
            n.put("reply", q.a().id());
            n.put("contestant", q.a().contestant());
            Asked one = askReading(q.first(), JudgeAnswer::score, JudgeAnswer.SCORE_FORMAT);
            if (one.failed != null) return new Outcome(null, one.failed);
            n.put("at", clock.instant().toString());
            n.put("status", one.answer.ok() ? LlmJudgement.OK : LlmJudgement.UNPARSED);
            if (one.answer.ok()) n.put("score", one.answer.score());
            putReason(n, one);
            n.set("raw", one.raws());
            return new Outcome(n, null);
        }
        n.put("a", q.a().contestant());
        n.put("b", q.b().contestant());
        n.put("replyA", q.a().id());
        n.put("replyB", q.b().id());
        Asked first = askReading(q.first(), JudgeAnswer::pair, JudgeAnswer.PAIR_FORMAT);
        if (first.failed != null) return new Outcome(null, first.failed);
        Asked swapped = askReading(q.swapped(), JudgeAnswer::pair, JudgeAnswer.PAIR_FORMAT);
        if (swapped.failed != null) return new Outcome(null, swapped.failed);
        n.put("at", clock.instant().toString());
        boolean ok = first.answer.ok() && swapped.answer.ok();
        n.put("status", ok ? LlmJudgement.OK : LlmJudgement.UNPARSED);
        if (ok) {
            String one = winner(first.answer.winner(), q.a().contestant(), q.b().contestant());
            String two = winner(swapped.answer.winner(), q.b().contestant(), q.a().contestant());
            boolean consistent = one.equals(two);
            n.put("winner", consistent ? one : LlmJudgement.TIE);
            n.put("inconsistent", !consistent);
        }
        ArrayNode orders = n.putArray("orders");
        orders.add(order(q.a().contestant(), first));
        orders.add(order(q.b().contestant(), swapped));
        return new Outcome(n, null);
    }

    private ObjectNode order(String shownFirst, Asked asked) {
        ObjectNode o = F.objectNode();
        o.put("shownFirst", shownFirst); // reply A in this order
        if (asked.answer.ok()) o.put("verdict", asked.answer.winner());
        putReason(o, asked);
        o.set("raw", asked.raws());
        return o;
    }

    private void putReason(ObjectNode n, Asked asked) {
        if (asked.answer.ok() && asked.answer.reason() != null) n.put("reason", redactor.redact(asked.answer.reason()));
        if (!asked.answer.ok()) n.put("problem", asked.answer.problem());
    }

    private static String winner(String verdict, String shownA, String shownB) {
        return switch (verdict) {
            case "A" -> shownA;
            case "B" -> shownB;
            default -> LlmJudgement.TIE;
        };
    }

    private static final class Asked {
        final List<String> raw = new ArrayList<>();
        JudgeAnswer answer;
        String failed;

        ArrayNode raws() {
            ArrayNode a = F.arrayNode();
            raw.forEach(a::add);
            return a;
        }
    }

    /** Asks, reads the answer, and once more with what was wrong when it cannot be read. */
    private Asked askReading(String prompt, Function<String, JudgeAnswer> read, String format) {
        Asked out = new Asked();
        List<ChatMessage> messages = new ArrayList<>(List.of(ChatMessage.user(prompt)));
        for (int attempt = 0; attempt < 2; attempt++) {
            Asker.Answer a = asker.ask(prompts.text("system"), messages);
            if (a.failed() != null) {
                out.failed = a.failed();
                return out;
            }
            out.raw.add(a.text());
            out.answer = read.apply(a.text());
            if (out.answer.ok()) return out;
            messages.add(ChatMessage.assistant(a.text()));
            messages.add(ChatMessage.user(prompts.fill("retry", java.util.Map.of("problem", out.answer.problem(), "format", format))));
        }
        return out;
    }
}
