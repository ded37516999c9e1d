package vibecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.export.MarkdownExport;
import vibecheck.transcript.AtomicFile;
import vibecheck.transcript.Transcript;

/** {@code vibecheck export FILE [--out F]}: a saved session as Markdown. */
public final class ExportCommand {
    static final Set<String> VALUES = Set.of("--config", "--out");
    static final Set<String> FLAGS = Set.of("--help");

    private ExportCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("export", argv, io, VALUES, FLAGS, Help.EXPORT, args -> export(args, io));
    }

    private static int export(Args args, Io io) throws UsageException, ConfigException {
        if (args.positional().size() != 1) throw new UsageException("export: give one transcript file, e.g. vibecheck export transcripts/2026-11-26T18-44-09_3xvjfg.json");
        String file = args.positional().get(0);
        Transcript t = TranscriptFiles.read("export", file, io);
        Config config = ConfigSetup.loadOptional(args.option("--config"), io);
        String md = MarkdownExport.render(t, config.criteria().isEmpty() ? vibecheck.config.Criterion.DEFAULTS : config.criteria());
        String out = args.option("--out");
        if ("-".equals(out)) {
            io.out().print(md);
            io.out().flush();
            return ExitCodes.OK;
        }
        Path target = out != null ? io.workDir().resolve(out) : io.workDir().resolve(file.replaceFirst("\\.json$", "") + ".md");
        try {
            AtomicFile.write(target, md.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("export: cannot write " + target + ": " + e.getMessage());
        }
        io.err().println("exported: " + target);
        return ExitCodes.OK;
    }
}
