package vibecheck.app;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vibecheck.core.Msg;

/** Opens $VISUAL or $EDITOR (else vi) on the prompt, on the real terminal, and reads back what was saved. */
final class ExternalEditor {
    private ExternalEditor() {}

    /** Whether this process has a controlling terminal to lend the editor. */
    private static boolean usable(File tty) {
        try (var in = new java.io.FileInputStream(tty)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static Msg.EditorDone edit(String text, Map<String, String> env) {
        String editor = env.getOrDefault("VISUAL", env.getOrDefault("EDITOR", "vi"));
        if (editor.isBlank()) editor = "vi";
        Path file = null;
        try {
            file = Files.createTempFile("vibecheck-prompt-", ".md");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", file.toString());
            File tty = new File("/dev/tty");
            if (usable(tty)) {
                pb.redirectInput(tty).redirectOutput(tty).redirectError(tty);
            } else {
                pb.redirectInput(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD);
            }
            int exit = pb.start().waitFor();
            if (exit != 0) return new Msg.EditorDone(null, "the editor (" + editor + ") exited with status " + exit + "; prompt unchanged");
            String edited = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\t", "    ");
            return new Msg.EditorDone(edited, null);
        } catch (Exception e) {
            return new Msg.EditorDone(null, "cannot run the editor (" + editor + "): " + e.getMessage() + "; set $EDITOR");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (Exception ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
