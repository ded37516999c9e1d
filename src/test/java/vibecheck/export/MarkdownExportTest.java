package vibecheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vibecheck.support.UiFixture.event;
import static vibecheck.support.UiFixture.finish;
import static vibecheck.support.UiFixture.key;
import static vibecheck.support.UiFixture.text;
import static vibecheck.support.UiFixture.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.Criterion;
import vibecheck.core.UiState;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.support.CommandRun;
import vibecheck.support.UiFixture;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptStore;

class MarkdownExportTest {
    @TempDir
    Path dir;

    /** A judged two-turn session with reasoning, a failure, a note, scores and votes. */
    static Transcript judgedSession() {
        UiState s = UiFixture.state("llama3-8b", "mixtral-8x7b");
        type(s, "I failed my driving test. Any advice?");
        key(s, "Enter");
        event(s, new ReplyEvent.Chunk("r1", "They are nervous; be kind.", true));
        text(s, "r1", "Sorry to hear that! Most people pass on a retake.\n\n- Book lessons\n- Practise the manoeuvres");
        finish(s, "r1", 300, 80.5, 40);
        text(s, "r2", "Failing is normal. You should have practised more | honestly.");
        finish(s, "r2", 900, 30.0, 20);
        key(s, "Esc"); // to the panels, to score
        key(s, "4");
        key(s, "]");
        key(s, "5");
        key(s, "n");
        type(s, "warm, practical");
        key(s, "Enter");
        key(s, "Tab");
        key(s, "2");
        key(s, "a");
        key(s, "i");
        type(s, "And for the theory test?");
        key(s, "Enter");
        text(s, "r3", "Use the official app.");
        finish(s, "r3", 250, 90.0, 6);
        event(s, new ReplyEvent.Ended("r4", ReplyState.FAILED, null, "model \"mixtral:8x7b\" not found", "`ollama pull mixtral:8x7b`", Metrics.NONE));
        key(s, "Esc");
        key(s, "v");
        return s.session.transcript();
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        String md = MarkdownExport.render(judgedSession(), Criterion.DEFAULTS);
        UiFixture.assertGolden("export", md);
        assertTrue(md.contains("<details><summary>Reasoning (26 characters)</summary>"), md);
        assertTrue(md.contains("| Tone | 4 | – |"), md);
        assertTrue(md.contains("| Empathy | 5 | 2 |"), md);
        assertTrue(md.contains("- llama3-8b better than mixtral-8x7b"), md);
        assertTrue(md.contains("> ✎ warm, practical"), md);
    }

    @Test
    void theExportCommandWritesBesideTheFileOrWhereToldAndRejectsWhatIsNotATranscript() throws Exception {
        Path file = dir.resolve("s.json");
        TranscriptStore.save(file, judgedSession());
        CommandRun beside = CommandRun.run(dir, Map.of(), "", "export", "s.json");
        assertEquals(0, beside.exit, beside.toString());
        assertTrue(Files.readString(dir.resolve("s.md")).startsWith("# vibecheck session abc123"));
        CommandRun toStdout = CommandRun.run(dir, Map.of(), "", "export", "s.json", "--out", "-");
        assertEquals(Files.readString(dir.resolve("s.md")), toStdout.out);
        CommandRun elsewhere = CommandRun.run(dir, Map.of(), "", "export", "s.json", "--out", "report.md");
        assertEquals(0, elsewhere.exit);
        assertTrue(Files.exists(dir.resolve("report.md")));

        Files.writeString(dir.resolve("bad.json"), "{\"schema\": 1, \"turns\": [");
        CommandRun bad = CommandRun.run(dir, Map.of(), "", "export", "bad.json");
        assertEquals(2, bad.exit);
        assertTrue(bad.err.startsWith("error: export: bad.json:1:"), bad.err);
        assertTrue(bad.err.contains("not a vibecheck transcript"), bad.err);
        CommandRun missing = CommandRun.run(dir, Map.of(), "", "export", "nope.json");
        assertEquals("error: export: nope.json: no such file\n", missing.err);
        CommandRun review = CommandRun.run(dir, Map.of(), "", "review", "s.json");
        assertEquals(2, review.exit);
        assertTrue(review.err.contains("needs a terminal"), review.err);
    }
}
