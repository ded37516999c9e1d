package vibecheck.app;

import java.nio.file.Path;
import vibecheck.core.SessionList;

/** What the past-sessions list (o) shows for one transcript, for tests outside this package. */
public final class SessionFolderProbe {
    private SessionFolderProbe() {}

    public static SessionList.Entry entry(Path file) {
        var listed = SessionFolder.read(file.toAbsolutePath().getParent(), 7);
        return listed.list().shown().stream().filter(e -> e.path().getFileName().equals(file.getFileName())).findFirst()
                .orElseThrow(() -> new AssertionError(file + " is not listed: " + listed));
    }
}
