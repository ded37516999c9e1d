package vibecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
     * A {@code java} that appends its arguments and process id to {@code calls}, one run a line. Writing an archive
     * (-XX:ArchiveClassesAtExit=FILE) it leaves the first screen's mark when $SHOWN says so, writes $ARCHIVE_TEXT
     * to FILE and then, as $HOW says, exits ("exit N") or is killed mid-write ("killed"); opening one (-Xshare:on)
     * it succeeds only for an archive that says "whole".
     */
    @BeforeEach
    void fakeJava() throws Exception {
        calls = work.resolve("calls");
        Path bin = Files.createDirectories(work.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                echo "pid $$: $*" >> "$CALLS"
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
                  [ "$SHOWN" = yes ] && [ -n "$VIBECHECK_ARCHIVE_MARK" ] && : > "$VIBECHECK_ARCHIVE_MARK"
                  printf '%s\\n' "$ARCHIVE_TEXT" > "$dump"
                  case $HOW in killed) kill -KILL $$ ;; exit*) exit ${HOW#exit } ;; esac
                fi
                exit 0
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path launcher() {
        Path launcher = Path.of("target/vibecheck").toAbsolutePath();
        assertTrue(Files.isExecutable(launcher), "build first: mvn -DskipTests package");
        return launcher;
    }

    /** Runs the launcher as a full-screen start; returns its exit status once its archive watcher is done too. */
    private int run(String how, String archiveText, boolean shown) throws Exception {
        return run(launcher(), how, archiveText, shown);
    }

    private int run(Path launcher, String how, String archiveText, boolean shown) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--transcripts", work.resolve("t").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("out").toFile());
        pb.environment().put("JAVA_HOME", work.resolve("jdk").toString());
        pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        pb.environment().put("CALLS", calls.toString());
        pb.environment().put("HOW", how);
        pb.environment().put("ARCHIVE_TEXT", archiveText);
        pb.environment().put("SHOWN", shown ? "yes" : "no");
        pb.environment().remove("VIBECHECK_NO_CDS");
        pb.environment().remove("VIBECHECK_JAVA_OPTS");
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher ended");
        for (int i = 0; i < 300 && files().stream().anyMatch(f -> f.contains(".part")); i++) Thread.sleep(50);
        assertFalse(files().stream().anyMatch(f -> f.contains(".part")), "the watcher is done: " + files());
        String last = calls().stream().filter(c -> c.contains("--transcripts")).reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("pid " + p.pid() + ":"), "the launcher became the JVM (exec): " + last + " for " + p.pid());
        return p.exitValue();
    }

    private List<String> files() throws Exception {
        Path dir = work.resolve("cache/vibecheck");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The archives kept (each with a note of the path it serves). */
    private List<String> archives() throws Exception {
        return files().stream().filter(f -> f.endsWith(".jsa")).toList();
    }

    private List<String> calls() throws Exception {
        return Files.readAllLines(calls);
    }

    private String lastStart() throws Exception {
        return calls().stream().filter(c -> c.contains("--transcripts")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anArchiveHalfWrittenWhenTheRunWasKilledIsNeverHandedToTheNextStart() throws Exception {
        assertEquals(137, run("killed", "half", true));
        assertEquals(List.of(), files(), "nothing is left in the cache");
        assertEquals(0, run("exit 0", "whole", true));
        String second = calls().stream().filter(c -> c.contains("--transcripts")).toList().get(1);
        assertFalse(second.contains("SharedArchiveFile"), "the next start was handed an archive: " + second);
        assertTrue(second.contains("ArchiveClassesAtExit"), "the next start writes the archive again: " + second);
    }

    @Test
    void anArchiveIsPutInPlaceOnlyOnceAJvmHasOpenedItAndIsUsedFromThenOn() throws Exception {
        assertEquals(0, run("exit 0", "broken", true));
        assertEquals(List.of(), files(), "an archive no JVM could open is not kept");
        assertEquals(0, run("exit 0", "whole", true));
        List<String> kept = archives();
        assertEquals(1, kept.size(), files().toString());
        assertEquals(List.of(kept.get(0), kept.get(0) + ".for"), files(), "the archive and the path it serves");
        assertEquals(0, run("exit 0", "whole", true));
        assertTrue(lastStart().contains("-XX:SharedArchiveFile=" + work.resolve("cache/vibecheck/" + kept.get(0))), lastStart());
        assertTrue(lastStart().contains("-jar " + launcher() + " "), "the JVM is given the launcher's whole path: " + lastStart());
    }

    @Test
    void aRunThatEndedBeforeItsFirstScreenLeavesNoArchiveAndKeepsItsExitStatus() throws Exception {
        assertEquals(2, run("exit 2", "whole", false)); // a config error, say: too little loaded to be worth keeping
        assertEquals(List.of(), files());
        assertEquals(0, run("exit 0", "whole", true));
        assertEquals(1, archives().size(), files().toString());
    }

    @Test
    void aCopyOfTheLauncherElsewhereIsNotHandedTheArchiveOfTheOriginal() throws Exception {
        assertEquals(0, run("exit 0", "whole", true));
        assertEquals(1, archives().size(), files().toString());
        Path copy = Files.createDirectories(work.resolve("bin")).resolve("vibecheck");
        Files.copy(launcher(), copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000)); // older: only the path differs
        assertEquals(0, run(copy, "exit 0", "whole", true));
        assertFalse(lastStart().contains("SharedArchiveFile"), "the JVM would quietly ignore an archive made for another path: " + lastStart());
        assertTrue(lastStart().contains("ArchiveClassesAtExit"), lastStart());
    }

    @Test
    void anArchiveInACacheFolderOfSomeoneElsesIsNeitherUsedNorWritten() throws Exception {
        Path dir = Files.createDirectories(work.resolve("cache/vibecheck"));
        Matcher name = Pattern.compile("classes-[0-9][^\"/*]*\\.jsa").matcher(new String(Files.readAllBytes(launcher()), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(name.find(), "the launcher names its archive");
        Files.writeString(dir.resolve(name.group()), "whole\n");
        int chown = new ProcessBuilder("chown", "nobody", dir.toString()).start().waitFor();
        Assumptions.assumeTrue(chown == 0, "cannot give the folder to another user here");
        assertEquals(0, run("exit 0", "whole", true));
        assertFalse(lastStart().contains("SharedArchiveFile"), lastStart());
        assertFalse(lastStart().contains("ArchiveClassesAtExit"), lastStart());
    }
}
