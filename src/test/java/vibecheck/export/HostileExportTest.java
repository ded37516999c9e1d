package vibecheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vibecheck.support.UiFixture.finish;
import static vibecheck.support.UiFixture.key;
import static vibecheck.support.UiFixture.text;
import static vibecheck.support.UiFixture.type;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import vibecheck.config.Criterion;
import vibecheck.core.UiState;
import vibecheck.support.UiFixture;

/**
 * Model text that tries to break the exported document out of its place: fences, closing tags, scripts,
 * headings. Read with the CommonMark reference parser, as a previewer would, the document keeps its own
 * structure and every reply is one block holding exactly what the model wrote.
 */
class HostileExportTest {
    private static final String HOSTILE = String.join("\n",
            "Here is code:",
            "```",
            "unclosed fence eats the rest",
            "````",
            "</details>",
            "<script>alert('x')</script>",
            "# I am a heading now",
            "## Turn 99",
            "Name",
            "====",
            "<!-- an unclosed comment",
            "| a | b |");

    private static String render(String replyText, String name) {
        UiState s = UiFixture.state(name, "plain");
        type(s, "hi");
        key(s, "Enter");
        text(s, "r1", replyText);
        finish(s, "r1", 100, 10.0, 5);
        text(s, "r2", "An ordinary answer.");
        finish(s, "r2", 100, 10.0, 5);
        return MarkdownExport.render(s.session.transcript(), Criterion.DEFAULTS);
    }

    private record Structure(List<String> headings, List<String> fenced, int htmlBlocks, int htmlInline) {}

    private static Structure read(String md) {
        Node doc = Parser.builder().build().parse(md);
        List<String> headings = new ArrayList<>();
        List<String> fenced = new ArrayList<>();
        int[] html = new int[2];
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                StringBuilder sb = new StringBuilder("#".repeat(h.getLevel()) + " ");
                for (Node n = h.getFirstChild(); n != null; n = n.getNext()) if (n instanceof Text t) sb.append(t.getLiteral());
                headings.add(sb.toString());
            }

            @Override
            public void visit(FencedCodeBlock b) {
                fenced.add(b.getLiteral());
            }

            @Override
            public void visit(HtmlBlock b) {
                html[0]++;
            }

            @Override
            public void visit(HtmlInline b) {
                html[1]++;
            }
        });
        return new Structure(headings, fenced, html[0], html[1]);
    }

    @Test
    void aReplyThatTriesToBreakOutStaysOneVerbatimBlock() {
        String md = render(HOSTILE, "llama3-8b");
        Structure s = read(md);
        assertEquals(List.of("# vibecheck session abc123", "## Turn 1", "### llama3-8b", "### plain"), s.headings(), md);
        assertTrue(s.fenced().contains(HOSTILE + "\n"), "the reply is one fenced block, verbatim:\n" + md);
        assertEquals(0, s.htmlBlocks(), md);
        assertEquals(0, s.htmlInline(), md);
        assertTrue(s.fenced().contains("An ordinary answer.\n"), "the next reply is still its own block:\n" + md);
    }

    @Test
    void reasoningWithAClosingTagStaysInsideItsFold() {
        UiState st = UiFixture.state("a", "b");
        type(st, "hi");
        key(st, "Enter");
        UiFixture.event(st, new vibecheck.stream.ReplyEvent.Chunk("r1", "thinking </details> <script>x</script>\n```\n# h", true));
        text(st, "r1", "ok");
        finish(st, "r1", 100, 10.0, 5);
        String md = MarkdownExport.render(st.session.transcript(), Criterion.DEFAULTS);
        Structure s = read(md);
        assertEquals(2, s.htmlBlocks(), "only the fold's own <details> and </details>:\n" + md); // the fold's open and close
        assertEquals(0, s.htmlInline(), md);
        assertTrue(s.fenced().contains("thinking </details> <script>x</script>\n```\n# h\n"), md);
        assertEquals(List.of("# vibecheck session abc123", "## Turn 1", "### a", "### b"), s.headings(), md);
    }

    @Test
    void namesWithMarkdownOrHtmlAreShownAsWritten() {
        String name = "<b>evil</b> | *x* `y`";
        String md = render("fine", name);
        Structure s = read(md);
        assertEquals(0, s.htmlBlocks() + s.htmlInline(), md);
        assertEquals("### " + name, s.headings().get(2), md);
    }

    @Test
    void aFenceLongerThanAnyInTheTextIsUsed() {
        assertEquals("`````text\na ```` b\n`````\n", MarkdownExport.fenced("a ```` b"));
        assertEquals("```text\nplain\n```\n", MarkdownExport.fenced("plain"));
    }
}
