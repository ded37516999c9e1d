package vibecheck.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real jar, started as a user would, with its output going to files. */
public final class JarProcess {
    public final Process process;
    public final Path out;
    public final Path err;

    private JarProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static Path jar() {
        Path jar = Path.of("target/vibecheck.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the jar first: mvn -DskipTests package");
        return jar;
    }

    public static JarProcess start(Path workDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("VIBECHECK_CONFIG");
        return new JarProcess(pb.start(), out, err);
    }

    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) throw new IllegalStateException("kill -" + name + " failed");
    }

    public int waitFor(int seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the program did not exit within " + seconds + " s; stderr:\n" + Files.readString(err));
        }
        return process.exitValue();
    }
}
