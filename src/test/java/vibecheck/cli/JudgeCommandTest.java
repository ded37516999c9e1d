package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.CommandRun;

class JudgeCommandTest {
    @TempDir
    Path work;

    @Test
    void aFolderThatIsNotARunIsNamedWithWhatIsWrong() throws Exception {
        CommandRun none = CommandRun.run(work, Map.of(), "", "judge", "nowhere");
        assertEquals(2, none.exit);
        assertEquals("error: judge: nowhere: no such run folder\n", none.err);

        Files.createDirectories(work.resolve("empty"));
        CommandRun empty = CommandRun.run(work, Map.of(), "", "judge", "empty");
        assertEquals(2, empty.exit);
        assertTrue(empty.err.contains("empty: no transcripts of a suite run in it (`vibecheck run SUITE --out empty` makes one)"), empty.err);

        Files.createDirectories(work.resolve("broken"));
        Files.writeString(work.resolve("broken/001-x.none.r1.json"), "{\"turns\": [");
        CommandRun broken = CommandRun.run(work, Map.of(), "", "judge", "broken");
        assertEquals(2, broken.exit);
        assertTrue(broken.err.startsWith("error: judge: broken/001-x.none.r1.json:1: not a vibecheck transcript"), broken.err);

        assertEquals(2, CommandRun.run(work, Map.of(), "", "judge").exit);
        assertTrue(CommandRun.run(work, Map.of(), "", "judge", "--help").out.contains("--no-blind"));
    }
}
