package org.hurdleboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hurdleboard.deck.DeckFormatException;
import org.hurdleboard.deck.DeckProblem;
import org.hurdleboard.deck.DeckReader;
import org.hurdleboard.domain.Deck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deck validate FILE}: whether a deck file can be used, and if not, every reason why;
 * {@code deck print}: its wall kit ({@link DeckPrintCommand}).
 */
@Command(name = "deck", mixinStandardHelpOptions = true, subcommands = {DeckCommand.Validate.class,
        DeckPrintCommand.class})
final class DeckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return HurdleBoardCli.USAGE;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        private final CliText text;

        @Spec
        CommandSpec spec;

        @Mixin
        MessagesLanguage language;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "option.deckFile")
        Path file;

        Validate(CliText text) {
            this.text = text;
        }

        @Override
        public Integer call() throws CliException {
            PrintWriter out = spec.commandLine().getOut();
            try {
                Deck deck = new DeckReader().read(file);
                out.println(text.get("deck.valid", file, deck.title(), deck.size(), deck.categories().size()));
                return HurdleBoardCli.OK;
            } catch (DeckFormatException e) {
                out.println(text.get("deck.invalid", file));
                for (DeckProblem problem : e.problems()) {
                    out.println(text.get("deck.problem", problem.describe(text.locale())));
                }
                return HurdleBoardCli.FAILED;
            } catch (NoSuchFileException e) {
                throw new CliException(HurdleBoardCli.FAILED, text.get("deck.missing", file));
            } catch (IOException e) {
                throw new CliException(HurdleBoardCli.FAILED, text.get("problem.UNREADABLE", file, ""));
            }
        }
    }
}
