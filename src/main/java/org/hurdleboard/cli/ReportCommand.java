package org.hurdleboard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.report.ReportLanguage;
import org.hurdleboard.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    private final CliText text;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "option.sessionFile")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", descriptionKey = "option.format")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "option.output")
    Path output;

    @Option(names = {"-l", "--language"}, paramLabel = "LANGUAGE", descriptionKey = "option.language")
    ReportLanguage language;

    ReportCommand(CliText text) {
        this.text = text;
    }

    @Override
    public Integer call() throws CliException {
        ReportFormat chosen = Formats.choose(text, format, output, ReportFormat.HTML);
        Path target = output != null ? output : file.resolveSibling(stem(file) + "." + chosen.extension());
        Outputs.requireNotASession(text, target, List.of(file));
        Session session = new SessionFiles(text).read(file, false).session();
        ReportLanguage written = Languages.choose(text, language, chosen, List.of(session));
        SessionReport report = SessionReport.of(session);
        try {
            new Reports(written).export(report, chosen, target);
        } catch (IOException e) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("report.failed", target, e.getMessage()));
        }
        spec.commandLine().getOut().println(text.get("written", target));
        return HurdleBoardCli.OK;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
