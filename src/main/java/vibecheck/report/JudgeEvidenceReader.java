package vibecheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one turn's LLM judgements into {@link JudgeEvidence}, each beside the person's current judgement of the
 * same reply or pair (by the same rules as the person's own figures: the latest score per criterion, the current
 * vote of each kind, finished replies, the chosen rater, blind only when asked, no blind vote a reply spoiled by
 * naming itself).
 */
final class JudgeEvidenceReader {
    private JudgeEvidenceReader() {}

    static void turn(JsonNode turn, String unit, boolean raterKept, boolean blindOnly, JudgeEvidence into) {
        JsonNode judgements = turn.path("judgements");
        if (!judgements.isArray() || judgements.isEmpty()) return;
        Map<String, JsonNode> replies = new HashMap<>();
        for (JsonNode r : turn.path("replies")) replies.put(r.path("contestant").asText(), r);
        Map<String, JsonNode> latest = new LinkedHashMap<>(); // the current judgement per judge and question
        for (JsonNode j : judgements) {
            String kind = j.path("kind").asText();
            String which = "score".equals(kind) ? j.path("contestant").asText() : j.path("a").asText() + "\u0000" + j.path("b").asText();
            latest.put(j.path("judge").asText() + "\u0000" + kind + "\u0000" + which + "\u0000" + j.path("criterion").asText(""), j);
        }
        for (JsonNode j : latest.values()) {
            String judge = j.path("judge").asText();
            String model = j.path("model").asText(null);
            String version = j.path("promptVersion").asText(null);
            String criterion = j.hasNonNull("criterion") ? j.get("criterion").asText() : null;
            boolean ok = "ok".equals(j.path("status").asText());
            if ("score".equals(j.path("kind").asText())) {
                JsonNode reply = replies.get(j.path("contestant").asText());
                if (!current(reply, j.path("reply").asText(null))) continue;
                into.judges.add(judge);
                into.scores.add(new JudgeEvidence.Score(judge, model, version, unit + "/" + reply.path("id").asText(),
                        j.path("contestant").asText(), criterion, ok ? j.get("score").asInt() : null,
                        humanScore(reply, criterion, raterKept, blindOnly)));
            } else if ("pair".equals(j.path("kind").asText())) {
                String a = j.path("a").asText();
                String b = j.path("b").asText();
                if (!current(replies.get(a), j.path("replyA").asText(null)) || !current(replies.get(b), j.path("replyB").asText(null))) continue;
                into.judges.add(judge);
                into.pairs.add(new JudgeEvidence.Pair(judge, model, version, criterion, a, b, ok ? j.path("winner").asText() : null,
                        j.path("inconsistent").asBoolean(false),
                        criterion == null && raterKept ? humanVerdict(turn.path("votes"), replies, a, b, blindOnly) : null));
            }
        }
    }

    /** Whether the judgement is about the reply the turn has now (not one since regenerated), and it finished. */
    private static boolean current(JsonNode reply, String id) {
        return reply != null && "finished".equals(reply.path("state").asText()) && (id == null || id.equals(reply.path("id").asText()));
    }

    private static Integer humanScore(JsonNode reply, String criterion, boolean raterKept, boolean blindOnly) {
        if (!raterKept || criterion == null) return null;
        JsonNode last = null;
        for (JsonNode s : reply.path("scores")) if (criterion.equals(s.path("criterion").asText())) last = s;
        if (last == null || !last.hasNonNull("value") || !last.get("value").isIntegralNumber()) return null;
        int v = last.get("value").asInt();
        if (v < 1 || v > 5 || (blindOnly && !last.path("blind").asBoolean(false))) return null;
        return v;
    }

    /** The person's current verdict on a and b: a pair vote on the two, else a best vote for one of them. */
    private static String humanVerdict(JsonNode votes, Map<String, JsonNode> replies, String a, String b, boolean blindOnly) {
        JsonNode pair = null;
        JsonNode best = null;
        for (JsonNode v : votes) {
            if (v.hasNonNull("supersededAt")) continue;
            if ("pair".equals(v.path("kind").asText())) pair = v;
            else if ("best".equals(v.path("kind").asText())) best = v;
        }
        if (pair != null && usable(pair, replies, blindOnly)) {
            String left = pair.path("left").asText();
            String right = pair.path("right").asText();
            if ((left.equals(a) && right.equals(b)) || (left.equals(b) && right.equals(a))) {
                return switch (pair.path("outcome").asText()) {
                    case "left" -> left;
                    case "right" -> right;
                    case "tie", "both_bad" -> "tie";
                    default -> null;
                };
            }
        }
        if (best != null && usable(best, replies, blindOnly)) {
            String winner = best.path("winner").asText();
            if (winner.equals(a) || winner.equals(b)) return winner;
        }
        return null;
    }

    private static boolean usable(JsonNode vote, Map<String, JsonNode> replies, boolean blindOnly) {
        boolean blind = vote.path("blind").asBoolean(false);
        if (blindOnly && !blind) return false;
        if (!blind) return true;
        if ("pair".equals(vote.path("kind").asText())) { // only the two compared can spoil it, as in the person's figures
            return !replies.getOrDefault(vote.path("left").asText(), vote).path("selfIdentified").asBoolean(false)
                    && !replies.getOrDefault(vote.path("right").asText(), vote).path("selfIdentified").asBoolean(false);
        }
        for (JsonNode r : replies.values()) {
            if ("finished".equals(r.path("state").asText()) && r.path("selfIdentified").asBoolean(false)) return false;
        }
        return true;
    }
}
