package org.hurdleboard.ui.wallkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.report.WallKit;
import org.hurdleboard.report.WallKitOptions.Paper;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.SameThreadBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wall kit dialog's model as a plain object: no toolkit, the background work done at once. */
class WallKitModelTest {
    private static final Deck HURDLES = new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);
    private static final Messages ENGLISH = new Messages(Locale.UK);

    @TempDir
    Path dir;

    @Test
    void theChoicesMakeTheKitAndThePreviewFollowsThem() throws Exception {
        WallKitModel model = model(HURDLES, ENGLISH);
        model.refreshPreview();
        WallKitModel.Picture twoAPage = model.previewProperty().get();
        assertThat(twoAPage.width()).as("A4 at 40 dpi").isEqualTo(330);
        model.paperProperty().set(Paper.LETTER);
        assertThat(model.previewProperty().get().width()).as("Letter at 40 dpi").isEqualTo(340);
        model.perPageProperty().set(1);
        model.dividersProperty().set(false);
        model.ballotsProperty().set(false);
        model.fileProperty().set(dir.resolve("kit").toString());
        model.save();

        Path kit = dir.resolve("kit.pdf");
        assertThat(model.statusProperty().get()).isEqualTo("Wall kit saved: " + kit + " (52 pages).");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        try (PDDocument document = Loader.loadPDF(kit.toFile())) {
            assertThat(document.getNumberOfPages()).as("50 cards a page each, a 2-page tally sheet").isEqualTo(52);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void nothingToPrintCannotBeSavedAndSaysSo() {
        WallKitModel model = model(HURDLES, ENGLISH);
        model.cardsProperty().set(false);
        model.dividersProperty().set(false);
        model.tallyProperty().set(false);
        model.ballotsProperty().set(false);
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Choose at least one thing to print.");
        model.save();
        assertThat(Files.exists(dir.resolve("Overcoming the Hurdles wall kit.pdf"))).isFalse();
    }

    @Test
    void aWorkshopsNameOrAFolderThatIsAFileIsRefusedWithAReasonAndNothingWritten() throws Exception {
        WallKitModel model = model(HURDLES, ENGLISH);
        Path workshop = dir.resolve("Team day.hurdles");
        model.fileProperty().set(workshop.toString());
        model.save();
        assertThat(model.statusProperty().get()).startsWith("A wall kit is never saved over a workshop");
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(workshop).doesNotExist();

        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "a file");
        model.fileProperty().set(notAFolder.resolve("kit.pdf").toString());
        model.save();
        assertThat(model.statusProperty().get()).startsWith("The wall kit could not be saved to "
                + notAFolder.resolve("kit.pdf"));
        assertThat(model.failedProperty().get()).isTrue();
    }

    @Test
    void cardsCutShortAreNamedInTheRoomsLanguage() {
        List<Card> cards = new ArrayList<>(HURDLES.cardsAsListed());
        Card first = cards.get(0);
        cards.set(0, new Card(first.number(), first.categoryId(), first.title(),
                "Overwhelmingly verbose statements. ".repeat(57)));
        WallKitModel model = model(HURDLES.withCards(cards), new Messages(Locale.forLanguageTag("cy")));
        model.perPageProperty().set(4);
        model.save();
        assertThat(model.statusProperty().get()).startsWith("Pecyn y wal wedi\u2019i gadw")
                .contains("Mae gormod o destun ar gerdyn 1", "ar 4 y dudalen");
        assertThat(model.failedProperty().get()).as("shown as a problem to fix").isTrue();
    }

    private WallKitModel model(Deck deck, Messages messages) {
        return new WallKitModel(WallKit.of(deck), WallKitModel.suggestedFile(dir, deck.title(), messages),
                new SameThreadBackground(), messages);
    }
}
