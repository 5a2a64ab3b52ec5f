package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.CarriedActions;
import org.hurdleboard.domain.FollowUps;
import org.hurdleboard.domain.Outcome;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.report.SessionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A follow-up's report, in every format and both languages: the carried actions' outcomes and what moved. */
class FollowUpReportTest {
    /** The fixture workshop followed up: its guide done, its lunchtime session dropped; card 4 up, card 3 down. */
    static Session followUp(Session previous, String title, LocalDate date) {
        Session next = FollowUps.start(previous, new PreviousWorkshop("uid", "/w/Team day.hurdles",
                previous.details().title(), previous.details().date()),
                new SessionDetails(title, "Digital team", date, "Sam Facilitator", 14), "What blocks us?");
        next.restoreVotes(1, 4, 8);
        next.restoreVotes(1, 3, 5);
        next.restoreVotes(1, 2, 1);
        return next;
    }

    static Session winter() {
        Session winter = followUp(ReportFixtures.session(), "Winter", LocalDate.of(2027, 2, 1));
        CarriedActions actions = new CarriedActions(winter);
        for (CarriedAction action : winter.followUp().carried()) {
            actions.mark(action.id(), action.what().startsWith("Write") ? Outcome.DONE : Outcome.DROPPED);
        }
        actions.note(winter.followUp().carried().get(0).id(), "Published on the intranet");
        winter.restoreStatus(1, CardStatus.OVERCOME);
        return winter;
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatHasTheOutcomesAndTheMovement(ReportFormat format) throws IOException {
        String written = write(ReportLanguage.EN, format, SessionReport.of(winter()));

        // words Markdown leaves as they are (it escapes the hyphen of "one-page")
        assertThat(written).contains("guide", "Published on the intranet",
                "Run a lunchtime session");
        if (format == ReportFormat.JSON) {
            JsonNode followUp = new ObjectMapper().readTree(written).path("followUp");
            assertThat(followUp.path("previous").path("title").asText()).isEqualTo("Team day");
            assertThat(followUp.path("carriedActions").findValuesAsText("outcome")).contains("done", "dropped");
            assertThat(followUp.path("movement").findValuesAsText("direction")).contains("up", "down", "new", "gone");
            assertThat(followUp.path("overcomeSince").get(0).asInt()).isEqualTo(1);
            return;
        }
        assertThat(written).contains("Done", "Dropped", "up 1 place", "down 1 place", "new", "gone");
        if (format != ReportFormat.CSV) {
            assertThat(written).contains("Since last time", "Team day", "Moved most", "Marked overcome since last time");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "PDF", "MD", "CSV"})
    void aWelshReportSaysItInWelsh(ReportFormat format) throws IOException {
        String written = write(ReportLanguage.CY, format, SessionReport.of(winter()));

        assertThat(written).contains("Wedi\u2019i wneud", "Wedi\u2019i ollwng", "i fyny 1 safle")
                .doesNotContain("Since last time").doesNotContain("up 1 place");
    }

    @Test
    void aSeriesOfThreeShowsEachCardsTrend() throws IOException {
        Session spring = followUp(winter(), "Spring", LocalDate.of(2027, 5, 1));
        String md = write(ReportLanguage.EN, ReportFormat.MD, SessionReport.of(spring));

        assertThat(md).contains("Trend across the series", "| Team day | Winter | Spring |");
        assertThat(write(ReportLanguage.EN, ReportFormat.MD, SessionReport.of(winter())))
                .as("two workshops are not yet a series").doesNotContain("Trend across the series");
    }

    @Test
    void aFirstWorkshopsReportHasNoFollowUpPart() throws IOException {
        String html = write(ReportLanguage.EN, ReportFormat.HTML, ReportFixtures.report());
        assertThat(html).doesNotContain("Since last time");
    }

    private static String write(ReportLanguage language, ReportFormat format, SessionReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Reports(language).writer(format).write(report, out);
        if (format != ReportFormat.PDF) {
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            // a paragraph wraps where the page ends it
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
