package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.core.Session;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/** A transcript that cannot be written: the screen says why, in the operating system's words. */
class SaveFailureTest {
    @TempDir
    Path dir;

    @Test
    void theStatusLineSaysWhyTheTranscriptCouldNotBeWritten() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Hi.")) {
            Path file = dir.resolve("gone/session.json"); // its folder was removed under the running program
            Session session = new Session(UiFixture.contestants(ollama.baseUrl(), "alpha"), "vibecheck test", Clock.systemUTC(), "abc123");
            try (AppDriver d = AppDriver.review(session, file, false, s -> { })) {
                d.type("hello").press(KeyType.Enter);
                String screen = d.until(s -> s.contains("idle"), "the reply");
                assertTrue(screen.contains("cannot save the transcript to "), screen);
                assertTrue(String.valueOf(d.app.saveProblem()).equals("cannot save the transcript to " + file + ": No such file or directory"),
                        d.app.saveProblem());
            }
            assertFalse(Files.exists(file.getParent()));
        }
    }
}
