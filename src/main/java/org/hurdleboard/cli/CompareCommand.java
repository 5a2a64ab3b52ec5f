package org.hurdleboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.report.ReportLanguage;
import org.hurdleboard.report.Reports;
import org.hurdleboard.store.Series;
import org.hurdleboard.store.SessionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    private final CliText text;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|FOLDER", descriptionKey = "option.sessionFiles")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--series", paramLabel = "FILE", descriptionKey = "option.series")
    Path series;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, descriptionKey = "option.comparisonOutput")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", descriptionKey = "option.format")
    ReportFormat format;

    @Option(names = {"-l", "--language"}, paramLabel = "LANGUAGE", descriptionKey = "option.language")
    ReportLanguage language;

    CompareCommand(CliText text) {
        this.text = text;
    }

    @Override
    public Integer call() throws CliException {
        ReportFormat chosen = Formats.choose(text, format, output, ReportFormat.HTML);
        PrintWriter err = spec.commandLine().getErr();
        if ((series == null) == inputs.isEmpty()) {
            throw new CliException(HurdleBoardCli.USAGE, text.get("compare.filesOrSeries"));
        }
        if (series != null) {
            return compareSeries(chosen, err);
        }
        SessionFiles files = new SessionFiles(text);
        List<Comparison.Entry> entries = new ArrayList<>();
        List<Session> workshops = new ArrayList<>();
        int skipped = 0;
        List<Path> sessionFiles = sessionFiles();
        Outputs.requireNotASession(text, output, sessionFiles);
        for (Path file : sessionFiles) {
            try {
                SessionFile.Contents contents = files.read(file, false);
                entries.add(new Comparison.Entry(file.getFileName().toString(), SessionReport.of(contents.session())));
                workshops.add(contents.session());
            } catch (CliException e) {
                err.println(text.get("compare.skipped", file, e.getMessage()));
                skipped++;
            }
        }
        if (entries.size() < 2) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("compare.tooFew", entries.size()));
        }
        write(Comparison.of(entries), chosen, workshops);
        return skipped == 0 ? HurdleBoardCli.OK : HurdleBoardCli.SKIPPED_SOME;
    }

    /**
     * The chain of workshops {@link #series} is in, in order: back along each follow-up's link and
     * on to the files beside it that follow it up. A link that cannot be followed is said, and the
     * rest of the chain compared (exit code 3).
     */
    private int compareSeries(ReportFormat chosen, PrintWriter err) throws CliException {
        Outputs.requireNotASession(text, output, List.of(series));
        Series chain = SeriesText.chain(text, series);
        chain.broken().ifPresent(broken -> err.println(SeriesText.broken(text, broken)));
        List<Comparison.Entry> entries = new ArrayList<>();
        List<Session> workshops = new ArrayList<>();
        for (Series.Workshop workshop : chain.workshops()) {
            entries.add(new Comparison.Entry(workshop.path().getFileName().toString(),
                    SessionReport.of(workshop.session())));
            workshops.add(workshop.session());
        }
        if (entries.size() < 2) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("compare.seriesTooShort", series));
        }
        write(Comparison.inOrder(entries), chosen, workshops);
        return chain.broken().isEmpty() ? HurdleBoardCli.OK : HurdleBoardCli.SKIPPED_SOME;
    }

    private void write(Comparison comparison, ReportFormat chosen, List<Session> workshops) throws CliException {
        ReportLanguage written = Languages.choose(text, language, chosen, workshops);
        try {
            new Reports(written).export(comparison, chosen, output);
        } catch (IOException e) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("report.failed", output, e.getMessage()));
        }
        spec.commandLine().getOut().println(text.get("written", output));
    }

    /** The files named, and the .hurdles files in each folder named, in name order. */
    private List<Path> sessionFiles() throws CliException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            List<Path> inFolder = new ArrayList<>();
            try (DirectoryStream<Path> folder = Files.newDirectoryStream(input, "*" + SessionFile.EXTENSION)) {
                folder.forEach(inFolder::add);
            } catch (IOException e) {
                throw new CliException(HurdleBoardCli.FAILED, text.get("problem.UNREADABLE", input, ""));
            }
            if (inFolder.isEmpty()) {
                throw new CliException(HurdleBoardCli.FAILED, text.get("compare.noFiles", input));
            }
            inFolder.sort(null);
            files.addAll(inFolder);
        }
        return files;
    }
}
