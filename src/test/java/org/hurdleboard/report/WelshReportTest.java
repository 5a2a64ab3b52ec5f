package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.StatusSet;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.HurdleAcross;
import org.hurdleboard.domain.report.Placing;
import org.hurdleboard.domain.report.SessionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reports in Welsh and in both languages: Welsh words and dates, no English left, ŵ and ŷ printed. */
class WelshReportTest {
    private static final BuiltInDecks DECKS = new BuiltInDecks();
    private static final String WELSH_HEADING = "Y rhwystrau yn nhrefn y pleidleisiau";
    private static final String ENGLISH_HEADING = "Hurdles ranked by votes";

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "PDF", "CSV", "MD"})
    void aWelshReportInEachFormatHoldsNoEnglishSentenceFromTheEnglishBundle(ReportFormat format) throws IOException {
        String written = write(ReportLanguage.CY, format, SessionReport.of(welshSession()));

        assertThat(englishSentences()).filteredOn(written::contains).as("English left in the %s report", format)
                .isEmpty();
        assertThat(written).contains(format == ReportFormat.CSV ? "cerdyn" : WELSH_HEADING);
    }

    @Test
    void datesAreWrittenTheWelshWay() throws IOException {
        String html = write(ReportLanguage.CY, ReportFormat.HTML, SessionReport.of(welshSession()));

        assertThat(html).contains("1 Rhagfyr 2026", "31 Ionawr 2027", "lang=\"cy-GB\"");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "PDF", "MD"})
    void aBilingualReportHasTheWelshFirstAndTheEnglishAfterIt(ReportFormat format) throws IOException {
        String written = write(ReportLanguage.BOTH, format, SessionReport.of(welshSession()));

        assertThat(written).contains(WELSH_HEADING, ENGLISH_HEADING, "1 Rhagfyr 2026", "1 December 2026");
        assertThat(written.indexOf(WELSH_HEADING)).isLessThan(written.indexOf(ENGLISH_HEADING));
        if (format == ReportFormat.HTML) {
            assertThat(written).startsWith("<!DOCTYPE html>\n<html lang=\"cy-GB\">").contains("<main lang=\"en-GB\">")
                    .containsOnlyOnce("</html>");
        }
    }

    @Test
    void aBilingualPdfPrintsCircumflexedWAndY() throws IOException {
        String text = write(ReportLanguage.BOTH, ReportFormat.PDF, SessionReport.of(welshSession()));

        assertThat(text).contains("Gweithdy\u2019r d\u0175r a\u2019r t\u0177", "t\u00eem");
    }

    @Test
    void csvAndJsonHoldOneLanguage() {
        Reports both = new Reports(ReportLanguage.BOTH);

        assertThatThrownBy(() -> both.writer(ReportFormat.CSV)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> both.writer(ReportFormat.JSON)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReportLanguage.BOTH.fits(ReportFormat.MD)).isTrue();
        assertThat(ReportLanguage.CY.fits(ReportFormat.CSV)).isTrue();
    }

    @Test
    void theWorkshopsLanguageIsItsDecks() {
        assertThat(ReportLanguage.ofWorkshop("cy")).isEqualTo(ReportLanguage.CY);
        assertThat(ReportLanguage.ofWorkshop("en-GB")).isEqualTo(ReportLanguage.EN);
    }

    @Test
    void anEnglishAndAWelshWorkshopOfTheSameDeckCompareCardByCard() throws IOException {
        Session english = session(DECKS.load(BuiltInDecks.OVERCOMING_THE_HURDLES), "Team day", LocalDate.of(2026, 6, 1));
        english.restoreVotes(1, 33, 5);
        english.restoreVotes(1, 1, 2);
        Comparison comparison = Comparison.of(List.of(new Comparison.Entry("english.hurdles", SessionReport.of(english)),
                new Comparison.Entry("welsh.hurdles", SessionReport.of(welshSession()))));

        HurdleAcross fear = comparison.hurdles().stream().filter(h -> h.cardNumber() == 33).findFirst().orElseThrow();
        assertThat(fear.placings()).extracting(Placing::votes).containsExactly(5, 7);
        assertThat(comparison.blockingEverywhere()).extracting(HurdleAcross::cardNumber).containsExactly(33, 1);
        assertThat(write(ReportLanguage.CY, ReportFormat.MD, comparison)).contains("Cymharu 2 gweithdy");
    }

    /** The Welsh deck, voted, discussed, on 1 December 2026, with ŵ and ŷ in its title. */
    private static Session welshSession() {
        Session session = session(DECKS.load(BuiltInDecks.OVERCOMING_THE_HURDLES + "-cy"),
                "Gweithdy\u2019r d\u0175r a\u2019r t\u0177", LocalDate.of(2026, 12, 1));
        session.restoreVotes(1, 33, 7);
        session.restoreVotes(1, 1, 3);
        session.apply(new StatusSet(33, CardStatus.NONE, CardStatus.BLOCKING));
        Capture capture = new Capture(session);
        capture.add(ItemKind.NOTE, 33, "Mae ofn gwneud camgymeriad yn gyhoeddus");
        capture.addAction(33, "Ysgrifennu canllaw un dudalen", "Pennaeth cyfathrebu", LocalDate.of(2027, 1, 31),
                ActionState.DOING);
        capture.champions(33, 2);
        return session;
    }

    private static Session session(Deck deck, String title, LocalDate date) {
        return Session.start(new SessionDetails(title, "Y t\u00eem digidol", date, "Si\u00e2n", 12), deck,
                "Beth sy\u2019n ein rhwystro?");
    }

    /** Each English text of the reports' bundle, cut at its placeholders, where a piece is a phrase. */
    private static List<String> englishSentences() throws IOException {
        Properties english = new Properties();
        try (InputStream in = WelshReportTest.class.getResourceAsStream("/org/hurdleboard/report/report-messages.properties")) {
            english.load(in);
        }
        List<String> phrases = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            for (String piece : english.getProperty(key).split("\\{[^}]*\\}")) {
                String phrase = piece.strip();
                if (phrase.split("\\s+").length >= 2 && !phrase.contains("Hurdle Board")) {
                    phrases.add(phrase);
                }
            }
        }
        assertThat(phrases).as("the check has phrases to look for").hasSizeGreaterThan(40);
        return phrases;
    }

    private static String write(ReportLanguage language, ReportFormat format, SessionReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Reports(language).writer(format).write(report, out);
        return read(format, out.toByteArray());
    }

    private static String write(ReportLanguage language, ReportFormat format, Comparison comparison) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Reports(language).writer(format).write(comparison, out);
        return read(format, out.toByteArray());
    }

    private static String read(ReportFormat format, byte[] bytes) throws IOException {
        if (format != ReportFormat.PDF) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
