package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.Voting;
import org.hurdleboard.domain.VotingMethod;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.domain.report.SessionReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every report says how each round was voted and, for phones, how many ballots came in: never the ballots. */
class HowRoundsWereVotedTest {
    private static final String BALLOT = "ballot-kept-out-of-reports";

    /** Round 1 by show of hands, round 2 from three phones, round 3 from a paper wall. */
    private static SessionReport report() {
        Session session = ReportFixtures.session();
        Voting voting = new Voting(session);
        voting.addRound("What first?", new RoundSettings(VotingRule.dots(3, 0), true, Set.of()));
        PhoneVoting phones = new PhoneVoting(session);
        phones.open(2, VotingRule.dots(3, 0), 0);
        phones.cast(2, BALLOT, Map.of(1, 3));
        phones.cast(2, "ballot-number-two", Map.of(3, 1));
        phones.cast(2, "ballot-number-three", Map.of(3, 2));
        voting.addRound("What next?", RoundSettings.TALLY.withMethod(VotingMethod.WALL));
        return SessionReport.of(session);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "PDF", "MD", "CSV"})
    void eachFormatSaysHowEachRoundWasVotedInEnglish(ReportFormat format) throws IOException {
        String written = write(ReportLanguage.EN, format);

        assertThat(written).contains("show of hands", "phones", "paper wall").doesNotContain(BALLOT);
        if (format != ReportFormat.CSV) {
            assertThat(written).contains("How the room voted: phones, 3 ballots",
                    "How the room voted: show of hands", "How the room voted: paper wall");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "PDF", "MD", "CSV"})
    void andInWelsh(ReportFormat format) throws IOException {
        String written = write(ReportLanguage.CY, format);

        assertThat(written).contains("codi dwylo", "ffonau", "wal bapur").doesNotContain("show of hands");
        if (format != ReportFormat.CSV) {
            assertThat(written).contains("Sut y pleidleisiodd yr ystafell: ffonau, 3 papur pleidleisio");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"JSON"})
    void jsonNamesTheMethodAndTheBallotsAndReadsBack(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Reports(ReportLanguage.EN).writer(format).write(report(), out);

        JsonNode rounds = new ObjectMapper().readTree(out.toByteArray()).path("rounds");
        assertThat(rounds.get(0).path("method").asText()).isEqualTo("hands");
        assertThat(rounds.get(1).path("method").asText()).isEqualTo("phones");
        assertThat(rounds.get(1).path("ballots").asInt()).isEqualTo(3);
        assertThat(rounds.get(2).path("method").asText()).isEqualTo("wall");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(BALLOT);
        SessionReport back = new JsonReportReader().readSession(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.rounds().get(1).method()).isEqualTo(VotingMethod.PHONES);
        assertThat(back.rounds().get(1).ballots()).isEqualTo(3);
    }

    private static String write(ReportLanguage language, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Reports(language).writer(format).write(report(), out);
        if (format != ReportFormat.PDF) {
            // Markdown escapes the colon that would otherwise start a definition
            return out.toString(StandardCharsets.UTF_8).replace("\\:", ":");
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
