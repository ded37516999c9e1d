package vibecheck.llmjudge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JudgeAnswerTest {
    @Test
    void aPlainAnswer() {
        JudgeAnswer a = JudgeAnswer.score("{\"score\": 4, \"reason\": \"warm\"}");
        assertEquals(4, a.score());
        assertEquals("warm", a.reason());
        assertNull(a.problem());
    }

    @Test
    void proseAndFencesAroundItAreFine_theFirstObjectThatParsesCounts() {
        String raw = "Sure! Here is my {honest} view:\n```json\n{\"score\": 2, \"reason\": \"cold {really}\"}\n```\n"
                + "and another {\"score\": 5}";
        JudgeAnswer a = JudgeAnswer.score(raw);
        assertEquals(2, a.score());
        assertEquals("cold {really}", a.reason());
        assertEquals("B", JudgeAnswer.pair("I pick: {\"winner\": \"b\", \"reason\": \"shorter\"} because").winner());
        assertEquals("tie", JudgeAnswer.pair("{\"winner\": \"Tie\"}").winner());
    }

    @Test
    void nothingIsGuessed() {
        assertEquals("it held no JSON object", JudgeAnswer.score("I would give it a 4 out of 5.").problem());
        assertEquals("score 7 is not a whole number from 1 to 5", JudgeAnswer.score("{\"score\": 7}").problem());
        assertFalse(JudgeAnswer.score("{\"score\": 18446744073709551619}").ok(), "2^64 + 3 is not 3");
        JudgeAnswer deep = JudgeAnswer.score("{\"a\": ".repeat(3000) + "4" + "}".repeat(3000));
        assertFalse(deep.ok(), "deeply nested objects are read as far as the parser allows, then refused: no crash");
        assertEquals("score 4.5 is not a whole number from 1 to 5", JudgeAnswer.score("{\"score\": 4.5}").problem());
        assertEquals("score \"4\" is not a whole number from 1 to 5", JudgeAnswer.score("{\"score\": \"4\"}").problem());
        assertEquals("the JSON object had no \"score\"", JudgeAnswer.score("{\"rating\": 4}").problem());
        assertEquals("winner \"C\" is not \"A\", \"B\" or \"tie\"", JudgeAnswer.pair("{\"winner\": \"C\"}").problem());
        assertEquals("the JSON object had no \"winner\"", JudgeAnswer.pair("{\"better\": \"A\"}").problem());
        assertFalse(JudgeAnswer.pair("{\"winner\": \"A\"").ok(), "an object cut off is not read");
    }
}
