package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThinkTagSplitterTest {
    private final StringBuilder answer = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final ThinkTagSplitter.Out out = new ThinkTagSplitter.Out() {
        @Override
        public void answer(String s) {
            answer.append(s);
        }

        @Override
        public void reasoning(String s) {
            reasoning.append(s);
        }
    };

    @Test
    void tagsSplitAcrossChunks() {
        ThinkTagSplitter s = new ThinkTagSplitter();
        for (String c : new String[] {"<th", "ink>let me ", "see</thi", "nk>", "The answer", " is 4."}) s.feed(c, out);
        s.flush(out);
        assertEquals("let me see", reasoning.toString());
        assertEquals("The answer is 4.", answer.toString());
    }

    @Test
    void textThatOnlyLooksLikeATagStartIsAnswer() {
        ThinkTagSplitter s = new ThinkTagSplitter();
        s.feed("a <b> and <t", out);
        s.feed("able>", out);
        s.flush(out);
        assertEquals("a <b> and <table>", answer.toString());
        assertEquals("", reasoning.toString());
    }

    @Test
    void unclosedThinkingStaysReasoning() {
        ThinkTagSplitter s = new ThinkTagSplitter();
        s.feed("<think>still going", out);
        s.flush(out);
        assertEquals("still going", reasoning.toString());
        assertEquals("", answer.toString());
    }
}
