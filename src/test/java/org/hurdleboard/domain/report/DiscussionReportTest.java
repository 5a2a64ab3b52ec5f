package org.hurdleboard.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.TestDecks;
import org.hurdleboard.domain.report.DiscussionReport.ReportedAction;
import org.junit.jupiter.api.Test;

class DiscussionReportTest {
    private final Session session = Session.start(new SessionDetails("Day", "", LocalDate.of(2026, 11, 29), "", 9),
            TestDecks.withCategorySizes(3, 2), "What blocks us?");
    private final Capture capture = new Capture(session);

    @Test
    void aWorkshopThatNeverDiscussedHasAnEmptyDiscussion() {
        assertThat(SessionReport.of(session).discussion()).isEqualTo(DiscussionReport.NONE);
        assertThat(DiscussionReport.NONE.isEmpty()).isTrue();
    }

    @Test
    void discussedCardsComeByNumberWithTheirItemsInTheRoomsOrderAndActionsByOwnerThenDate() {
        capture.addAction(4, "late", "Sam", LocalDate.of(2027, 5, 1), ActionState.OPEN);
        capture.add(ItemKind.NOTE, 4, "second");
        capture.champions(2, 3);
        capture.add(ItemKind.IDEA, 4, "an idea");
        capture.addAction(2, "early", "sam", LocalDate.of(2027, 1, 1), ActionState.DONE);
        capture.addAction(2, "nobody's", "", null, ActionState.OPEN);
        capture.add(ItemKind.PARKED, 0, "later");
        var added = capture.addCard("category-2", "Ours", "Our words");

        DiscussionReport report = SessionReport.of(session).discussion();

        assertThat(report.cards()).extracting(DiscussionReport.DiscussedCard::cardNumber).containsExactly(2, 4);
        assertThat(report.cards().get(0).champions()).isEqualTo(3);
        assertThat(report.cards().get(1).notes()).containsExactly("second");
        assertThat(report.cards().get(1).ideas()).containsExactly("an idea");
        assertThat(report.actions()).extracting(ReportedAction::what).containsExactly("early", "late", "nobody's");
        assertThat(report.actions().get(0).cardTitle()).isEqualTo("Card 2");
        assertThat(report.parkingLot()).containsExactly("later");
        assertThat(report.addedCards()).singleElement().satisfies(card -> {
            assertThat(card.cardNumber()).isEqualTo(added.number());
            assertThat(card.statement()).isEqualTo("Our words");
        });
        assertThat(report.isAdded(added.number())).isTrue();
        assertThat(report.isAdded(2)).isFalse();
    }
}
