package org.hurdleboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.stream.IntStream;
import org.hurdleboard.cli.Workshops;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.report.WallKit;
import org.hurdleboard.report.WallKitOptions;
import org.hurdleboard.report.WallKitOptions.Paper;
import org.hurdleboard.report.WallKitOptions.Part;
import org.hurdleboard.report.WallKits;

/**
 * Not a test: prints how long a wall kit takes to write (every part, to a file, as "deck print"
 * does) and to preview (the first page drawn at the dialog's 40 dpi), for the 50-card deck and
 * for the largest deck a file may hold (200 cards, 2,000-character statements), the worst case of
 * shrinking to fit. Run by hand (the argument is the number of timed repetitions, 10 if left out):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.hurdleboard.bench.WallKitBench 10
 * </pre>
 */
public final class WallKitBench {
    private WallKitBench() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("wall-kit-bench");
        try {
            Deck hurdles = Workshops.DECK;
            Deck largest = hurdles.withCards(IntStream.rangeClosed(1, 200).mapToObj(n -> new Card(n,
                    hurdles.categories().get(n % hurdles.categories().size()).id(), "A long title ".repeat(6).strip(),
                    "A statement as long as a deck file allows. ".repeat(47).substring(0, 2000))).toList());
            Repeated table = new Repeated(36);
            for (int perPage : new int[] {1, 2, 4}) {
                WallKitOptions options = new WallKitOptions(Paper.A4, perPage, EnumSet.allOf(Part.class));
                Path target = dir.resolve("kit" + perPage + ".pdf");
                table.print("50 cards, whole kit, " + perPage + " a page", repetitions,
                        () -> WallKits.export(WallKit.of(hurdles), options, target));
            }
            WallKitOptions two = new WallKitOptions(Paper.A4, 2, EnumSet.allOf(Part.class));
            table.print("50 cards, preview, 2 a page", repetitions, () -> WallKits.firstPage(WallKit.of(hurdles), two, 40));
            WallKitOptions four = new WallKitOptions(Paper.A4, 4, EnumSet.allOf(Part.class));
            table.print("200 cards x 2,000 chars, 4 a page", Math.max(3, repetitions / 3),
                    () -> WallKits.export(WallKit.of(largest), four, dir.resolve("largest.pdf")));
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
