package org.hurdleboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hurdleboard.deck.DeckFormatException;
import org.hurdleboard.deck.DeckProblem;
import org.hurdleboard.deck.DeckReader;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.report.WallKit;
import org.hurdleboard.report.WallKitOptions;
import org.hurdleboard.report.WallKitOptions.Paper;
import org.hurdleboard.report.WallKitOptions.Part;
import org.hurdleboard.report.WallKitResult;
import org.hurdleboard.report.WallKits;
import org.hurdleboard.store.SessionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deck print DECK.json|SESSION.hurdles -o kit.pdf}: the wall kit of a deck, or of a
 * workshop's own copy of its deck and its current round. The input is only read.
 */
@Command(name = "print", mixinStandardHelpOptions = true)
final class DeckPrintCommand implements Callable<Integer> {
    private final CliText text;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECK.json|SESSION.hurdles", descriptionKey = "option.deckOrSession")
    Path input;

    @Mixin
    MessagesLanguage language;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", required = true, descriptionKey = "option.kitOutput")
    Path output;

    @Option(names = "--per-page", paramLabel = "1|2|4", descriptionKey = "option.perPage")
    int perPage = WallKitOptions.DEFAULT.perPage();

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "option.paper")
    Paper paper = Paper.A4;

    @Option(names = "--kit", paramLabel = "PARTS", split = ",", descriptionKey = "option.kit")
    List<Part> parts = List.of(Part.values());

    DeckPrintCommand(CliText text) {
        this.text = text;
    }

    @Override
    public Integer call() throws CliException {
        if (!WallKitOptions.PER_PAGE.contains(perPage)) {
            throw new ParameterException(spec.commandLine(), text.get("print.perPage", perPage));
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new ParameterException(spec.commandLine(), text.get("print.notPdf", output.getFileName()));
        }
        Outputs.requireNotAnInput(text, output, input);
        WallKit kit = isSession(input) ? WallKit.of(new SessionFiles(text).read(input, false).session())
                : WallKit.of(readDeck());
        WallKitResult result;
        try {
            result = WallKits.export(kit, new WallKitOptions(paper, perPage, EnumSet.copyOf(parts)), output);
        } catch (IOException e) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("print.failed", output, e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(text.get("print.written", output, result.pages(), kit.deck().title()));
        if (result.ballotTitlesCut()) {
            out.println(text.get("print.ballotTitlesCut", kit.votedCards().size()));
        }
        if (!result.tooLong().isEmpty()) {
            spec.commandLine().getErr().println(text.get("print.tooLong", result.tooLong().size(),
                    result.tooLong().stream().map(String::valueOf).collect(Collectors.joining(", ")), perPage));
            return HurdleBoardCli.SKIPPED_SOME;
        }
        return HurdleBoardCli.OK;
    }

    private static boolean isSession(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SessionFile.EXTENSION);
    }

    private Deck readDeck() throws CliException {
        try {
            // a folder, a device or a pipe gets its own sentence, not "there is no file"
            return new DeckReader().read(input);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("deck.missing", input));
        } catch (DeckFormatException e) {
            StringBuilder message = new StringBuilder(text.get("deck.invalid", input));
            for (DeckProblem problem : e.problems()) {
                message.append(System.lineSeparator()).append(text.get("deck.problem", problem.describe(text.locale())));
            }
            throw new CliException(HurdleBoardCli.FAILED, message.toString());
        } catch (IOException e) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("problem.UNREADABLE", input, ""));
        }
    }
}
