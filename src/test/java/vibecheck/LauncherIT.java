package vibecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build makes ({@code target/vibecheck}), run with a stand-in for {@code java} that says what it
 * was given and does what a JVM can do to the class-data archive: write it whole, write half of it and be killed,
 * open it or fail to. A JVM handed a half-written archive dies of SIGBUS before it starts (and would on every start).
 */
class LauncherIT {
    @TempDir
    Path work;
    private Path calls;

    /**
     * A {@code java} that appends its arguments to {@code calls}, one run a line, and reads one line of its input
     * into it. Writing an archive (-XX:ArchiveClassesAtExit=FILE) it writes $ARCHIVE_TEXT there and then, as
     * $HOW says, exits ("exit N") or is killed mid-write ("killed"); opening one (-Xshare:on) it succeeds only for
     * an archive that says "whole".
     */
    @BeforeEach
    void fakeJava() throws Exception {
        calls = work.resolve("calls");
        Path bin = Files.createDirectories(work.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                echo "$*" >> "$CALLS"
                trap 'echo TERM >> "$CALLS"; exit 143' TERM
                dump=; check=; share=
                for a in "$@"; do
                  case $a in
                    -XX:ArchiveClassesAtExit=*) dump=${a#*=} ;;
                    -XX:SharedArchiveFile=*) share=${a#*=} ;;
                    -Xshare:on) check=yes ;;
                  esac
                done
                if [ -n "$check" ]; then grep -qx whole "$share"; exit $?; fi
                if [ -n "$dump" ]; then
                  IFS= read -r line && echo "read: $line" >> "$CALLS"
                  [ -n "$WAIT" ] && { sleep 20 & wait $!; }
                  printf '%s\\n' "$ARCHIVE_TEXT" > "$dump"
                  case $HOW in killed) kill -KILL $$ ;; exit*) exit ${HOW#exit } ;; esac
                fi
                exit 0
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Process launch(String how, String archiveText, boolean wait) throws Exception {
        Path launcher = Path.of("target/vibecheck").toAbsolutePath();
        assertTrue(Files.isExecutable(launcher), "build first: mvn -DskipTests package");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--transcripts", work.resolve("t").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("out").toFile());
        pb.environment().put("JAVA_HOME", work.resolve("jdk").toString());
        pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        pb.environment().put("CALLS", calls.toString());
        pb.environment().put("HOW", how);
        pb.environment().put("ARCHIVE_TEXT", archiveText);
        if (wait) pb.environment().put("WAIT", "yes");
        pb.environment().remove("VIBECHECK_NO_CDS");
        pb.environment().remove("VIBECHECK_JAVA_OPTS");
        Process p = pb.start();
        p.getOutputStream().write("a key typed\n".getBytes());
        p.getOutputStream().flush();
        return p;
    }

    private int run(String how, String archiveText) throws Exception {
        Process p = launch(how, archiveText, false);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher ended");
        return p.exitValue();
    }

    private List<String> archives() throws Exception {
        Path dir = work.resolve("cache/vibecheck");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> calls() throws Exception {
        return Files.readAllLines(calls);
    }

    @Test
    void anArchiveHalfWrittenWhenTheRunWasKilledIsNeverHandedToTheNextStart() throws Exception {
        assertEquals(137, run("killed", "half"));
        assertEquals(List.of(), archives(), "nothing is left in the cache");
        assertEquals(0, run("exit 0", "whole"));
        String second = calls().stream().filter(c -> c.contains("--transcripts")).toList().get(1);
        assertFalse(second.contains("SharedArchiveFile"), "the next start was handed an archive: " + second);
        assertTrue(second.contains("ArchiveClassesAtExit"), "the next start writes the archive again: " + second);
    }

    @Test
    void anArchiveIsPutInPlaceOnlyOnceAJvmHasOpenedItAndIsUsedFromThenOn() throws Exception {
        assertEquals(0, run("exit 0", "broken"));
        assertEquals(List.of(), archives(), "an archive no JVM could open is not kept");
        assertEquals(0, run("exit 0", "whole"));
        List<String> kept = archives();
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).matches("classes-.+\\.jsa"), kept.toString());
        assertEquals(0, run("exit 0", "whole"));
        String last = calls().get(calls().size() - 1);
        assertTrue(last.contains("-XX:SharedArchiveFile=" + work.resolve("cache/vibecheck/" + kept.get(0))), last);
    }

    @Test
    void theArchiveWritingRunGetsTheKeysAndGivesBackItsExitStatus() throws Exception {
        assertEquals(3, run("exit 3", "whole"));
        assertTrue(calls().contains("read: a key typed"), "what was typed reached the program: " + calls());
    }

    @Test
    void aTermSentToTheLauncherReachesTheProgram() throws Exception {
        Process p = launch("exit 0", "whole", true);
        for (int i = 0; i < 100 && !(Files.exists(calls) && calls().contains("read: a key typed")); i++) Thread.sleep(50);
        new ProcessBuilder("kill", "-TERM", String.valueOf(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher ended");
        assertEquals(143, p.exitValue());
        assertTrue(calls().contains("TERM"), calls().toString());
    }
}
