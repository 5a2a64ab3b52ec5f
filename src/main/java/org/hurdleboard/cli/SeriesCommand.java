package org.hurdleboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hurdleboard.store.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code series FOLDER}: each series of follow-up workshops in a folder, its workshops in order. */
@Command(name = "series", mixinStandardHelpOptions = true)
final class SeriesCommand implements Callable<Integer> {
    private final CliText text;

    @Spec
    CommandSpec spec;

    @Mixin
    MessagesLanguage language;

    @Parameters(index = "0", paramLabel = "FOLDER|FILE", descriptionKey = "option.seriesFolder")
    Path folder;

    SeriesCommand(CliText text) {
        this.text = text;
    }

    @Override
    public Integer call() throws CliException {
        PrintWriter out = spec.commandLine().getOut();
        List<Series> all;
        if (Files.isDirectory(folder)) {
            try {
                all = Series.inFolder(folder);
            } catch (IOException e) {
                throw new CliException(HurdleBoardCli.FAILED, text.get("problem.UNREADABLE", folder, ""));
            }
        } else {
            all = List.of(SeriesText.chain(text, folder));
        }
        if (all.isEmpty()) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("compare.noFiles", folder));
        }
        int number = 1;
        for (Series series : all) {
            out.println(text.get("series.heading", number++, series.workshops().size()));
            series.broken().ifPresent(broken -> out.println("  " + SeriesText.broken(text, broken)));
            int position = 1;
            for (Series.Workshop workshop : series.workshops()) {
                out.println(text.get("series.workshop", position++, workshop.session().details().date().toString(),
                        workshop.session().details().title(), workshop.path().getFileName().toString()));
            }
        }
        return HurdleBoardCli.OK;
    }
}
