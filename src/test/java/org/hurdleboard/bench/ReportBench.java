package org.hurdleboard.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.hurdleboard.cli.HurdleBoardCli;
import org.hurdleboard.cli.Workshops;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.report.ReportText;
import org.hurdleboard.report.Reports;
import org.hurdleboard.store.SessionFile;

/**
 * Not a test: prints how long exports take. A 50-card workshop to each format (read from its file
 * and written, as "report" does), and a comparison of 300 workshop files (as "compare" does).
 * Run by hand (the argument is the number of timed repetitions, 15 if left out):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.hurdleboard.bench.ReportBench 15
 * </pre>
 */
public final class ReportBench {
    private static final int WORKSHOPS = 300;

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path dir = Files.createTempDirectory("report-bench");
        try {
            Path workshop = Workshops.create(dir.resolve("bench.hurdles"), "Bench", LocalDate.of(2026, 11, 29), 7);
            Reports reports = new Reports(new ReportText(Locale.UK));
            Repeated table = new Repeated(28);
            for (ReportFormat format : ReportFormat.values()) {
                Path target = dir.resolve("bench." + format.extension());
                table.print("50-card report, " + format.extension(), repetitions, () -> reports.export(
                        SessionReport.of(SessionFile.read(workshop, false).session()), format, target));
            }
            Path folder = Files.createDirectories(dir.resolve("year"));
            for (int i = 0; i < WORKSHOPS; i++) {
                Workshops.create(folder.resolve(String.format("w%03d.hurdles", i)), "Workshop " + i,
                        LocalDate.of(2026, 1, 1).plusDays(i), i);
            }
            for (ReportFormat format : new ReportFormat[] {ReportFormat.HTML, ReportFormat.CSV, ReportFormat.PDF}) {
                Path target = dir.resolve("year." + format.extension());
                table.print("compare 300 files, " + format.extension(), Math.max(3, repetitions / 3), () -> {
                    int code = HurdleBoardCli.run(new String[] {"compare", folder.toString(), "-o", target.toString()},
                            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
                    if (code != 0) {
                        throw new IllegalStateException("compare exited " + code);
                    }
                });
            }
        } finally {
            deleteAll(dir);
        }
    }



    private static void deleteAll(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
