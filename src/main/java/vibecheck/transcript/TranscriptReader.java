package vibecheck.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyState;

/**
 * Reads a transcript's JSON into records, checking everything the program relies on. A hand-edited or foreign file
 * gets one message naming the first problem and its place; nothing is guessed or filled in.
 */
public final class TranscriptReader {
    private static final List<String> STATES = java.util.Arrays.stream(ReplyState.values()).map(ReplyState::label).toList();

    private TranscriptReader() {}

    public static Transcript read(JsonNode root) throws TranscriptFormatException {
        if (!(root instanceof ObjectNode top)) throw new TranscriptFormatException("not a vibecheck transcript (not a JSON object)");
        if (!top.has("turns")) throw new TranscriptFormatException("not a vibecheck transcript (no turns)");
        int schema = schema(top.get("schema"));
        String id = requiredText(top, "id", "");
        String startedAt = time(top, "startedAt", "");
        JsonNode turnsNode = top.get("turns");
        if (!turnsNode.isArray()) throw new TranscriptFormatException("turns is not a list");
        if (turnsNode.isEmpty()) throw new TranscriptFormatException("turns is empty: a transcript has at least one turn");
        List<Transcript.Turn> turns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> contestants = null;
        for (int i = 0; i < turnsNode.size(); i++) {
            Transcript.Turn turn = turn(turnsNode.get(i), i, ids);
            List<String> names = turn.replies().stream().map(Transcript.Reply::contestant).toList();
            if (contestants == null) contestants = names;
            else if (!contestants.equals(names)) {
                throw new TranscriptFormatException(where(i) + ": the replies are from " + String.join(", ", names)
                        + ", but turn 1's are from " + String.join(", ", contestants) + " (every turn has one reply per contestant, in the same order)");
            }
            turns.add(turn);
        }
        return new Transcript(schema, optionalText(top, "program", ""), id, startedAt, optionalText(top, "savedAt", ""), turns, top);
    }

    private static int schema(JsonNode n) throws TranscriptFormatException {
        if (n == null || n.isNull()) throw new TranscriptFormatException("no schema number (a vibecheck transcript starts with \"schema\": " + Transcript.SCHEMA + ")");
        if (!n.isIntegralNumber()) throw new TranscriptFormatException("schema " + n + " is not a whole number");
        int v = n.asInt();
        if (v > Transcript.SCHEMA) {
            throw new TranscriptFormatException("written by a newer vibecheck (schema " + v + "; this one reads up to "
                    + Transcript.SCHEMA + "): upgrade vibecheck to read it");
        }
        if (v < Transcript.OLDEST_SCHEMA) {
            throw new TranscriptFormatException("schema " + v + " is not a vibecheck transcript schema (this one reads "
                    + Transcript.OLDEST_SCHEMA + " to " + Transcript.SCHEMA + ")");
        }
        return v;
    }

    private static Transcript.Turn turn(JsonNode n, int i, Set<String> ids) throws TranscriptFormatException {
        String at = where(i);
        if (!(n instanceof ObjectNode o)) throw new TranscriptFormatException(at + ": not a JSON object");
        int index = i + 1;
        if (o.has("index")) {
            if (!o.get("index").isIntegralNumber()) throw new TranscriptFormatException(at + ": index " + o.get("index") + " is not a whole number");
            if (o.get("index").asInt() != i + 1) {
                throw new TranscriptFormatException(at + ": index " + o.get("index").asInt() + " does not match its place (turn " + (i + 1) + ")");
            }
        }
        String message = requiredText(o, "message", at);
        Transcript.Prompt prompt = null;
        JsonNode p = o.get("systemPrompt");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) throw new TranscriptFormatException(at + ": systemPrompt is not an object with a name and a text");
            prompt = new Transcript.Prompt(optionalText(p, "name", at + ", systemPrompt"), optionalText(p, "text", at + ", systemPrompt"));
        }
        JsonNode rs = o.get("replies");
        if (rs == null || !rs.isArray() || rs.isEmpty()) throw new TranscriptFormatException(at + ": no replies");
        List<Transcript.Reply> replies = new ArrayList<>();
        for (int r = 0; r < rs.size(); r++) replies.add(reply(rs.get(r), at + ", reply " + (r + 1), ids));
        List<String> names = replies.stream().map(Transcript.Reply::contestant).toList();
        if (new HashSet<>(names).size() != names.size()) throw new TranscriptFormatException(at + ": two replies from the same contestant");
        List<Transcript.Reply> regenerated = null;
        JsonNode old = o.get("regenerated");
        if (old != null && !old.isNull()) {
            if (!old.isArray()) throw new TranscriptFormatException(at + ": regenerated is not a list");
            regenerated = new ArrayList<>();
            for (int r = 0; r < old.size(); r++) {
                Transcript.Reply reply = reply(old.get(r), at + ", regenerated reply " + (r + 1), ids);
                if (!names.contains(reply.contestant())) {
                    throw new TranscriptFormatException(at + ", regenerated reply " + (r + 1) + ": contestant \"" + reply.contestant() + "\" has no reply in this turn");
                }
                regenerated.add(reply);
            }
        }
        List<Transcript.Vote> votes = null;
        JsonNode vs = o.get("votes");
        if (vs != null && !vs.isNull()) {
            if (!vs.isArray()) throw new TranscriptFormatException(at + ": votes is not a list");
            votes = new ArrayList<>();
            for (int v = 0; v < vs.size(); v++) votes.add(vote(vs.get(v), at + ", vote " + (v + 1), names));
        }
        List<String> blindOrder = null;
        JsonNode bo = o.get("blindOrder");
        if (bo != null && !bo.isNull()) {
            blindOrder = new ArrayList<>();
            if (!bo.isArray()) throw new TranscriptFormatException(at + ": blindOrder is not a list of contestants");
            for (JsonNode name : bo) {
                if (!name.isTextual() || !names.contains(name.textValue())) {
                    throw new TranscriptFormatException(at + ": blindOrder names " + name + ", which has no reply in this turn");
                }
                blindOrder.add(name.textValue());
            }
        }
        Integer sweepOf = null;
        JsonNode sw = o.get("sweepOf");
        if (sw != null && !sw.isNull()) {
            if (!sw.isIntegralNumber() || sw.asInt() < 0 || sw.asInt() >= i) {
                throw new TranscriptFormatException(at + ": sweepOf " + sw + " is not an earlier turn (0 is turn 1)");
            }
            sweepOf = sw.asInt();
        }
        List<LlmJudgement> judgements = null;
        JsonNode js = o.get("judgements");
        if (js != null && !js.isNull()) {
            if (!js.isArray()) throw new TranscriptFormatException(at + ": judgements is not a list");
            judgements = new ArrayList<>();
            for (int j = 0; j < js.size(); j++) judgements.add(LlmJudgement.read(js.get(j), at + ", judgement " + (j + 1), names));
        }
        return new Transcript.Turn(index, time(o, "startedAt", at), message, prompt, replies, regenerated, votes, blindOrder, sweepOf, o, judgements);
    }

    private static Transcript.Reply reply(JsonNode n, String at, Set<String> ids) throws TranscriptFormatException {
        if (!(n instanceof ObjectNode o)) throw new TranscriptFormatException(at + ": not a JSON object");
        String id = requiredText(o, "id", at);
        if (!ids.add(id)) throw new TranscriptFormatException(at + ": id \"" + id + "\" is used twice in the file");
        String contestant = requiredText(o, "contestant", at);
        String state = requiredText(o, "state", at);
        if (!STATES.contains(state)) {
            throw new TranscriptFormatException(at + ": state \"" + state + "\" is not one of " + String.join(", ", STATES));
        }
        JsonNode params = o.get("parameters");
        if (params != null && !params.isNull() && !params.isObject()) throw new TranscriptFormatException(at + ": parameters is not an object");
        Metrics metrics = null;
        JsonNode m = o.get("metrics");
        if (m != null && !m.isNull()) {
            try {
                metrics = TranscriptStore.mapper().readerFor(Metrics.class)
                        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(m); // unknown fields stay in the source
            } catch (Exception e) {
                throw new TranscriptFormatException(at + ": metrics: " + firstLine(e.getMessage()));
            }
        }
        List<Transcript.Score> scores = null;
        JsonNode ss = o.get("scores");
        if (ss != null && !ss.isNull()) {
            if (!ss.isArray()) throw new TranscriptFormatException(at + ": scores is not a list");
            scores = new ArrayList<>();
            for (int s = 0; s < ss.size(); s++) scores.add(score(ss.get(s), at, s + 1));
        }
        List<Transcript.Note> notes = null;
        JsonNode ns = o.get("notes");
        if (ns != null && !ns.isNull()) {
            if (!ns.isArray()) throw new TranscriptFormatException(at + ": notes is not a list");
            notes = new ArrayList<>();
            for (int k = 0; k < ns.size(); k++) {
                String where = at + ", note " + (k + 1);
                if (!(ns.get(k) instanceof ObjectNode note)) throw new TranscriptFormatException(where + ": not a JSON object");
                notes.add(new Transcript.Note(requiredText(note, "text", where), optionalText(note, "at", where), bool(note, "blind", where), note));
            }
        }
        return new Transcript.Reply(id, contestant, optionalText(o, "provider", at), optionalText(o, "providerType", at),
                optionalText(o, "baseUrl", at), optionalText(o, "model", at), params == null || params.isNull() ? null : params,
                optionalText(o, "text", at), optionalText(o, "reasoning", at), state, optionalText(o, "finishReason", at),
                optionalText(o, "error", at), optionalText(o, "hint", at), metrics, scores, notes,
                o.has("selfIdentified") && !o.get("selfIdentified").isNull() ? bool(o, "selfIdentified", at) : null,
                optionalText(o, "schedule", at),
                o.has("modelLoaded") && !o.get("modelLoaded").isNull() ? bool(o, "modelLoaded", at) : null, runTag(o, at), o);
    }

    private static Transcript.Score score(JsonNode n, String at, int position) throws TranscriptFormatException {
        String where = at + ", score " + position;
        if (!(n instanceof ObjectNode o)) throw new TranscriptFormatException(where + ": not a JSON object");
        String criterion = requiredText(o, "criterion", where);
        JsonNode v = o.get("value");
        Integer value = null;
        if (v != null && !v.isNull()) {
            if (!v.isIntegralNumber() || v.asInt() < 1 || v.asInt() > 5) {
                throw new TranscriptFormatException(at + ": score " + v + " is not 1–5 (criterion " + criterion + ")");
            }
            value = v.asInt();
        }
        return new Transcript.Score(criterion, value, optionalText(o, "at", where), bool(o, "blind", where), o);
    }

    private static Transcript.Vote vote(JsonNode n, String at, List<String> names) throws TranscriptFormatException {
        if (!(n instanceof ObjectNode o)) throw new TranscriptFormatException(at + ": not a JSON object");
        String kindWord = requiredText(o, "kind", at);
        String winner = optionalText(o, "winner", at);
        String left = optionalText(o, "left", at);
        String right = optionalText(o, "right", at);
        String outcomeWord = optionalText(o, "outcome", at);
        Transcript.VoteKind kind = Transcript.VoteKind.of(kindWord);
        Transcript.Outcome outcome = Transcript.Outcome.of(outcomeWord);
        if (kind == Transcript.VoteKind.BEST) {
            contestant(winner, "winner", at, names);
        } else if (kind == Transcript.VoteKind.PAIR) {
            contestant(left, "left", at, names);
            contestant(right, "right", at, names);
            if (outcome == null) {
                throw new TranscriptFormatException(at + ": outcome " + (outcomeWord == null ? "missing" : "\"" + outcomeWord + "\" is not one")
                        + (outcomeWord == null ? " (one of " : " of ") + Transcript.Outcome.words() + (outcomeWord == null ? ")" : ""));
            }
        } else {
            throw new TranscriptFormatException(at + ": kind \"" + kindWord + "\" is not best or pair");
        }
        return new Transcript.Vote(kind, winner, left, right, kind == Transcript.VoteKind.PAIR ? outcome : null, optionalText(o, "at", at), bool(o, "blind", at),
                optionalText(o, "supersededAt", at), optionalText(o, "supersededBecause", at), o);
    }

    static void contestant(String name, String field, String at, List<String> names) throws TranscriptFormatException {
        if (name == null) throw new TranscriptFormatException(at + ": no " + field);
        if (!names.contains(name)) throw new TranscriptFormatException(at + ": " + field + " \"" + name + "\" has no reply in this turn");
    }

    static String requiredText(JsonNode o, String field, String at) throws TranscriptFormatException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw new TranscriptFormatException(prefix(at) + "no " + field);
        if (!v.isTextual()) throw new TranscriptFormatException(prefix(at) + field + " " + v + " is not text");
        return v.textValue();
    }

    /** Where a reply of a suite run comes from ({@code run}), or null for a reply typed in a session. */
    private static Transcript.RunTag runTag(JsonNode o, String at) throws TranscriptFormatException {
        JsonNode run = o.get("run");
        if (run == null || run.isNull()) return null;
        if (!run.isObject()) throw new TranscriptFormatException(at + ": run is not an object");
        try {
            return TranscriptStore.mapper().readerFor(Transcript.RunTag.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(run);
        } catch (java.io.IOException e) {
            throw new TranscriptFormatException(at + ": run is not what a suite run records (" + e.getMessage().lines().findFirst().orElse("malformed") + ")");
        }
    }

    static String optionalText(JsonNode o, String field, String at) throws TranscriptFormatException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new TranscriptFormatException(prefix(at) + field + " " + v + " is not text");
        return v.textValue();
    }

    static boolean bool(JsonNode o, String field, String at) throws TranscriptFormatException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new TranscriptFormatException(prefix(at) + field + " " + v + " is not true or false");
        return v.booleanValue();
    }

    private static String time(JsonNode o, String field, String at) throws TranscriptFormatException {
        String t = optionalText(o, field, at);
        if (t == null) return null;
        try {
            Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new TranscriptFormatException(prefix(at) + field + " \"" + t + "\" is not a UTC time such as 2026-11-26T18:44:09Z");
        }
        return t;
    }

    private static String where(int turn) {
        return "turn " + (turn + 1);
    }

    private static String prefix(String at) {
        return at.isEmpty() ? "" : at + ": ";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
