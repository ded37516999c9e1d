package vibecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vibecheck.config.Config;
import vibecheck.config.ConfigException;
import vibecheck.config.Criterion;
import vibecheck.report.Evidence;
import vibecheck.report.EvidenceReader;
import vibecheck.report.Report;
import vibecheck.report.ReportBuilder;
import vibecheck.report.render.CsvReport;
import vibecheck.report.render.HtmlReport;
import vibecheck.report.render.JsonReport;
import vibecheck.report.render.MarkdownReport;
import vibecheck.report.render.TextReport;
import vibecheck.transcript.AtomicFile;

/** {@code vibecheck report [PATH…]}: every judgement in the transcripts added up, with its uncertainty. */
public final class ReportCommand {
    static final Set<String> VALUES = Set.of("--config", "--format", "--out", "--seed", "--rater");
    static final Set<String> FLAGS = Set.of("--help", "--blind-only");
    static final List<String> FORMATS = List.of("text", "md", "json", "csv", "html");

    private ReportCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("report", argv, io, VALUES, FLAGS, Help.REPORT, args -> report(args, io));
    }

    private static int report(Args args, Io io) throws UsageException, ConfigException {
        String format = args.option("--format") == null ? "text" : args.option("--format");
        if (!FORMATS.contains(format)) throw new UsageException("report: --format must be one of " + String.join(", ", FORMATS) + ", got \"" + format + "\"");
        long seed = 1;
        if (args.option("--seed") != null) {
            try {
                seed = Long.parseLong(args.option("--seed"));
            } catch (NumberFormatException e) {
                throw new UsageException("report: --seed must be a whole number, got \"" + args.option("--seed") + "\"");
            }
        }
        List<Path> paths = new ArrayList<>();
        for (String p : args.positional()) paths.add(io.workDir().resolve(p));
        if (paths.isEmpty()) paths.add(io.workDir().resolve("transcripts"));
        Evidence evidence;
        try {
            evidence = EvidenceReader.read(paths, new EvidenceReader.Filter(args.option("--rater"), args.flag("--blind-only")));
        } catch (IOException e) {
            throw new UsageException("report: " + e.getMessage());
        }
        if (evidence.files == 0) {
            throw new UsageException("report: no transcripts found in " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + (evidence.skipped.isEmpty() ? "" : " (" + evidence.skipped.size() + " files were not transcripts: " + evidence.skipped.get(0) + ")"));
        }
        Config config = ConfigSetup.loadOptional(args.option("--config"), io);
        Map<String, String> labels = new LinkedHashMap<>();
        for (Criterion c : Criterion.DEFAULTS) labels.put(c.key(), c.label());
        for (Criterion c : config.criteria()) labels.put(c.key(), c.label());
        Report report = ReportBuilder.build(evidence, seed);
        String out = switch (format) {
            case "md" -> MarkdownReport.render(report, labels);
            case "json" -> JsonReport.render(report);
            case "csv" -> CsvReport.render(report);
            case "html" -> HtmlReport.render(report, labels);
            default -> TextReport.render(report, labels);
        };
        String target = args.option("--out");
        if (target == null || target.equals("-")) {
            io.out().print(out);
            return ExitCodes.OK;
        }
        Path file = io.workDir().resolve(target);
        try {
            AtomicFile.write(file, out.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("report: cannot write " + file + ": " + e.getMessage());
        }
        io.err().println("report: " + file);
        return ExitCodes.OK;
    }
}
