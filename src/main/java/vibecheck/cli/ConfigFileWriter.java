package vibecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vibecheck.core.Msg;
import vibecheck.transcript.AtomicFile;

/**
 * Where the picker's config goes: {@code ./config/vibecheck.json}, or {@code ~/.config/vibecheck/config.json} when
 * that folder cannot be written. An existing config is never overwritten.
 */
final class ConfigFileWriter {
    private ConfigFileWriter() {}

    static Msg.ConfigWritten write(String text, Io io) {
        Path local = io.workDir().resolve("config").resolve("vibecheck.json");
        Path user = io.home() == null ? null : io.home().resolve(".config").resolve("vibecheck").resolve("config.json");
        for (Path target : user == null ? new Path[] {local} : new Path[] {local, user}) {
            if (Files.exists(target)) {
                return new Msg.ConfigWritten(null, target + " already exists and is left as it is; edit it, or remove it and write again");
            }
            try {
                Files.createDirectories(target.getParent());
                if (!Files.isWritable(target.getParent())) continue;
                AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8));
                return new Msg.ConfigWritten(target, null);
            } catch (IOException e) {
                // not writable here: try the next place
            }
        }
        return new Msg.ConfigWritten(null, "cannot write a config to " + local + (user == null ? "" : " or " + user));
    }
}
