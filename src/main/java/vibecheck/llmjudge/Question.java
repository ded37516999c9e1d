package vibecheck.llmjudge;

import vibecheck.transcript.Transcript;

/**
 * One thing to ask a judge about a turn: a score ({@code a} on {@code criterion}) or a pair ({@code a} against
 * {@code b}, overall when {@code criterion} is null), with the prompt texts as sent — for a pair, in both orders —
 * and the {@code key} by which an answer already recorded is found.
 */
public record Question(String kind, String criterion, Transcript.Reply a, Transcript.Reply b, String first, String swapped, String key) {
    /** Where it is, for a progress line: never a contestant's name (the person may judge these replies blind). */
    public String describe(Transcript.Turn turn) {
        int ia = turn.replies().indexOf(a) + 1;
        if (b == null) return "reply " + ia + " " + criterion;
        return "replies " + ia + "–" + (turn.replies().indexOf(b) + 1) + " " + (criterion == null ? "overall" : criterion);
    }
}
