package vibecheck.transcript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file so that it is, at every moment, either the old complete content or the new: write a temporary
 * file beside it ({@code .NAME.PID.tmp}, so a run that was killed can be told from one still writing), fsync it,
 * rename it over the target, fsync the directory.
 */
public final class AtomicFile {
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)\\.tmp");
    /** Written by versions that did not put the process id in the name. */
    private static final Pattern OLD_TEMPORARY = Pattern.compile("\\..+\\.json\\.tmp");

    private AtomicFile() {}

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp); // a disk that is full keeps no half-written copy
            throw new IOException(reason(e), e);
        }
        syncDirectory(dir);
    }

    /**
     * What went wrong in the operating system's words ({@code No space left on device}, {@code Permission denied}):
     * Java's exceptions for some errors carry only the path.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "Permission denied";
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof NotDirectoryException) return "Not a directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Removes temporary files that runs killed mid-write left in {@code dir}: those whose process is gone (a live
     * vibecheck's are kept), and old-style ones not touched for a minute. Returns how many were removed.
     */
    public static int cleanUp(Path dir) {
        int removed = 0;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                Matcher m = TEMPORARY.matcher(name);
                boolean dead = m.matches() && !alive(m.group(1));
                boolean old = !m.matches() && OLD_TEMPORARY.matcher(name).matches()
                        && Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(Duration.ofMinutes(1)));
                if ((dead || old) && Files.isRegularFile(p) && Files.deleteIfExists(p)) removed++;
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder that cannot be listed is reported when the transcript is written
        }
        return removed;
    }

    /** Whether the process runs; one that was killed but not yet reaped by its parent (a zombie) does not. */
    static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            if (!ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false)) return false;
            Path stat = Path.of("/proc", pid, "stat");
            if (!Files.isReadable(stat)) return true;
            String s = Files.readString(stat);
            int end = s.lastIndexOf(')'); // the command name, in parentheses, may hold spaces
            return end < 0 || end + 2 >= s.length() || s.charAt(end + 2) != 'Z';
        } catch (NumberFormatException | IOException e) {
            return false;
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // some platforms cannot open a directory for syncing; the rename itself is still atomic
        }
    }
}
