package vibecheck.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One judgement an LLM judge made on a turn, kept apart from the person's scores and votes (a turn's
 * {@code judgements}; see docs/transcript.md). {@code kind} "score": {@code contestant}'s reply ({@code reply}) on
 * {@code criterion}, {@code score} 1 to 5. {@code kind} "pair": contestants {@code a} and {@code b} compared overall
 * (no criterion) or on {@code criterion}, asked in both orders; {@code winner} is a, b or "tie", and
 * {@code inconsistent} says the verdict changed with the order (then it is a tie). {@code status} "unparsed" means
 * the judge's answer could not be read, twice; its raw answers are kept and nothing is guessed from them.
 * {@code key} is a hash of what the judge was asked (judge, model and prompt texts with the replies in them): the
 * same key is never asked again. The JSON object is kept whole ({@code source}) and written back as it was.
 */
public record LlmJudgement(String kind, String judge, String model, String promptVersion, String key, String at,
                           String status, String criterion, String reply, String contestant, Integer score,
                           String a, String b, String winner, boolean inconsistent, ObjectNode source) {
    public static final String SCORE = "score";
    public static final String PAIR = "pair";
    public static final String OK = "ok";
    public static final String UNPARSED = "unparsed";
    public static final String TIE = "tie";

    public boolean ok() {
        return OK.equals(status);
    }

    /** Checks one judgement of a turn whose replies come from {@code names}; {@code at} names its place. */
    public static LlmJudgement read(JsonNode n, String at, List<String> names) throws TranscriptFormatException {
        if (!(n instanceof ObjectNode o)) throw new TranscriptFormatException(at + ": not a JSON object");
        String kind = TranscriptReader.requiredText(o, "kind", at);
        String judge = TranscriptReader.requiredText(o, "judge", at);
        String model = TranscriptReader.optionalText(o, "model", at);
        String version = TranscriptReader.requiredText(o, "promptVersion", at);
        String key = TranscriptReader.requiredText(o, "key", at);
        String when = TranscriptReader.optionalText(o, "at", at);
        String status = TranscriptReader.requiredText(o, "status", at);
        if (!OK.equals(status) && !UNPARSED.equals(status)) {
            throw new TranscriptFormatException(at + ": status \"" + status + "\" is not ok or unparsed");
        }
        String criterion = TranscriptReader.optionalText(o, "criterion", at);
        boolean ok = OK.equals(status);
        if (SCORE.equals(kind)) {
            String contestant = contestant(o, "contestant", at, names);
            if (criterion == null) throw new TranscriptFormatException(at + ": no criterion");
            Integer score = null;
            JsonNode s = o.get("score");
            if (ok || (s != null && !s.isNull())) {
                if (s == null || !s.isIntegralNumber() || s.asInt() < 1 || s.asInt() > 5) {
                    throw new TranscriptFormatException(at + ": score " + (s == null ? "missing" : s.toString()) + " is not 1–5 (criterion " + criterion + ")");
                }
                score = s.asInt();
            }
            return new LlmJudgement(kind, judge, model, version, key, when, status, criterion, TranscriptReader.optionalText(o, "reply", at),
                    contestant, score, null, null, null, false, o);
        }
        if (PAIR.equals(kind)) {
            String a = contestant(o, "a", at, names);
            String b = contestant(o, "b", at, names);
            if (a.equals(b)) throw new TranscriptFormatException(at + ": a and b are the same contestant");
            String winner = ok ? TranscriptReader.requiredText(o, "winner", at) : TranscriptReader.optionalText(o, "winner", at);
            if (winner != null && !winner.equals(a) && !winner.equals(b) && !TIE.equals(winner)) {
                throw new TranscriptFormatException(at + ": winner \"" + winner + "\" is neither a, b nor tie");
            }
            boolean inconsistent = TranscriptReader.bool(o, "inconsistent", at);
            if (inconsistent && !TIE.equals(winner)) throw new TranscriptFormatException(at + ": an inconsistent verdict is recorded as a tie, not \"" + winner + "\"");
            return new LlmJudgement(kind, judge, model, version, key, when, status, criterion, null, null, null, a, b, winner, inconsistent, o);
        }
        throw new TranscriptFormatException(at + ": kind \"" + kind + "\" is not score or pair");
    }

    private static String contestant(ObjectNode o, String field, String at, List<String> names) throws TranscriptFormatException {
        String name = TranscriptReader.requiredText(o, field, at);
        TranscriptReader.contestant(name, field, at, names);
        return name;
    }
}
