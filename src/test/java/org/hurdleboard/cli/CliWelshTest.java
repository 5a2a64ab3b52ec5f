package org.hurdleboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line speaks Welsh with {@code --language cy}, or on a Welsh computer, and English when asked. */
class CliWelshTest {
    private static final Locale WELSH_COMPUTER = Locale.forLanguageTag("cy-GB");
    @TempDir
    Path dir;

    @Test
    void languageCyGivesWelshMessagesAndHelp() {
        CliRun missing = CliRun.of("check", dir.resolve("dim.hurdles").toString(), "--language", "cy");
        CliRun help = CliRun.of("report", "--help", "--language", "cy");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("Nid oes ffeil yn", "Gwiriwch yr enw a\u2019r ffolder");
        assertThat(help.out()).contains("Defnydd:", "Yn ysgrifennu adroddiad o un gweithdy", "Codau gadael:");
    }

    @Test
    void aWelshComputerGetsWelshUnlessEnglishIsAsked() {
        Run welsh = run(WELSH_COMPUTER, "deck", "validate", "assets/decks/people-and-culture-cy.json");
        Run english = run(WELSH_COMPUTER, "deck", "validate", "assets/decks/people-and-culture-cy.json", "-l", "en");
        Run uk = run(Locale.UK, "deck", "validate", "assets/decks/people-and-culture-cy.json");

        assertThat(welsh.out()).contains("yn becyn dilys: Pobl a diwylliant, 21 cerdyn mewn 5 categori");
        assertThat(english.out()).contains("is a valid deck: Pobl a diwylliant, 21 cards in 5 categories");
        assertThat(uk.out()).contains("is a valid deck");
    }

    @Test
    void aDecksProblemsAreWelshTooOnAWelshComputer() throws Exception {
        Path deck = java.nio.file.Files.writeString(dir.resolve("drwg.json"), """
                {"format": "hurdle-board-deck", "formatVersion": 1, "id": "drwg", "version": 1,
                 "language": "xx", "title": "Drwg", "categories": [{"id": "a", "name": "A", "colour": "blue"}],
                 "cards": [{"number": 1, "category": "a", "title": "Un", "statement": "Un."}]}
                """);

        Run run = run(WELSH_COMPUTER, "deck", "validate", deck.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("yn becyn dilys. Trwsiwch y problemau hyn",
                "language: nid yw\u2019n iaith y mae Hurdle Board yn ei hadnabod (xx)");
    }

    @Test
    void theMessagesLanguageIsReadBeforeTheCommandIsParsed() {
        assertThat(HurdleBoardCli.messagesLocale(new String[] {"report", "x", "--language=cy"}, Locale.UK).getLanguage())
                .isEqualTo("cy");
        assertThat(HurdleBoardCli.messagesLocale(new String[] {"report", "x", "-l", "both"}, WELSH_COMPUTER)
                .getLanguage()).isEqualTo("cy");
        assertThat(HurdleBoardCli.messagesLocale(new String[] {"report", "x", "-l", "both"}, Locale.US).getLanguage())
                .isEqualTo("en");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Locale computer, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HurdleBoardCli.run(args, new PrintWriter(out), new PrintWriter(err), computer);
        return new Run(code, out.toString(), err.toString());
    }
}
