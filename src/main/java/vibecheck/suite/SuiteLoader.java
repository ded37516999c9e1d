package vibecheck.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a suite by file name or built-in name and reads it with the format its file name calls for. A new format
 * is one more {@link SuiteFormat} in {@link #FORMATS}.
 */
public final class SuiteLoader {
    /** The formats, asked in order; the first that reads a file name parses it. */
    public static final List<SuiteFormat> FORMATS = formats(null);

    /**
     * Every format this program reads; {@code column} is the CSV column holding the prompts (null: the first).
     * A file is read by the formats that take its extension, the one its content looks like first; when none of
     * them can use it, each says why.
     */
    static List<SuiteFormat> formats(String column) {
        return List.of(new YamlSuiteFormat(), new PromptfooSuiteFormat(), new MtBenchSuiteFormat(), new ArenaHardSuiteFormat(),
                new CsvSuiteFormat(column), new TextSuiteFormat());
    }
    /** The suites that ship inside the program, by name; each is {@code /suites/NAME.yaml} on the class path. */
    public static final List<String> BUILT_IN = List.of("vibe");
    /** Larger than any suite a person writes; a bigger file is a mistake (a data file, a log). */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private SuiteLoader() {}

    /**
     * The suite {@code ref} names: a file (relative to {@code workDir}) when one exists there, else a built-in suite.
     */
    public static Suite load(String ref, Path workDir) throws SuiteException {
        return load(ref, workDir, null);
    }

    /** As {@link #load(String, Path)}, with the CSV column that holds the prompts (null: the first). */
    public static Suite load(String ref, Path workDir, String column) throws SuiteException {
        Path file = workDir.resolve(ref);
        if (Files.isRegularFile(file)) return fromFile(file, ref, column);
        if (Files.isDirectory(file)) throw new SuiteException(ref + ": is a folder, not a suite file");
        if (BUILT_IN.contains(ref)) return builtIn(ref);
        throw new SuiteException(ref + ": no such suite file, and no built-in suite of that name (built-in: "
                + String.join(", ", BUILT_IN) + "; `vibecheck suites` lists them)");
    }

    public static Suite builtIn(String name) throws SuiteException {
        try (InputStream in = SuiteLoader.class.getResourceAsStream("/suites/" + name + ".yaml")) {
            if (in == null) throw new SuiteException("built-in suite " + name + " is missing from the program");
            return new YamlSuiteFormat().parse("built-in " + name, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SuiteException("built-in suite " + name + ": cannot read it: " + e.getMessage());
        }
    }

    static Suite fromFile(Path file, String shown) throws SuiteException {
        return fromFile(file, shown, null);
    }

    static Suite fromFile(Path file, String shown, String column) throws SuiteException {
        String fileName = file.getFileName().toString();
        List<SuiteFormat> candidates = new ArrayList<>(formats(column).stream().filter(f -> f.reads(fileName)).toList());
        if (candidates.isEmpty()) throw new SuiteException(shown + ": not a suite file name this program reads: " + formatsTried());
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) throw new SuiteException(shown + ": " + Files.size(file) + " bytes; a suite file is at most " + MAX_BYTES);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SuiteException(shown + ": not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new SuiteException(shown + ": no such file");
        } catch (IOException e) {
            throw new SuiteException(shown + ": cannot read it: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        String content = text;
        SuiteFormat evident = candidates.stream().filter(f -> f.looksLike(fileName, content)).findFirst().orElse(null);
        // one format the content plainly belongs to: its problems are the ones worth reading, all of them
        if (evident != null) candidates = List.of(evident);
        if (candidates.size() == 1) return candidates.get(0).parse(file.toAbsolutePath().getParent(), shown, name, text);
        List<String> tried = new ArrayList<>();
        for (SuiteFormat f : candidates) {
            try {
                return f.parse(file.toAbsolutePath().getParent(), shown, name, text);
            } catch (SuiteException e) {
                List<String> p = e.problems();
                tried.add("  as " + f.name() + ": " + p.get(0) + (p.size() > 1 ? " (and " + (p.size() - 1) + " more)" : ""));
            }
        }
        List<String> problems = new ArrayList<>();
        problems.add(shown + ": fits none of the formats that read such a file; tried:");
        problems.addAll(tried);
        throw new SuiteException(problems);
    }


    private static String formatsTried() {
        List<String> out = new ArrayList<>();
        for (SuiteFormat f : FORMATS) out.add(f.name() + " (" + f.fileNames() + ")");
        return String.join("; ", out);
    }
}
