package org.hurdleboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hurdleboard.domain.report.CardMove;
import org.hurdleboard.domain.report.CardMove.Direction;
import org.hurdleboard.domain.report.FollowUpReport;
import org.junit.jupiter.api.Test;

class FollowUpTest {
    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 20);

    static Session workshop(String title, LocalDate date) {
        return Session.start(new SessionDetails(title, "Digital team", date, "Sam", 12),
                TestDecks.withCategorySizes(3, 3), "What blocks us?", new RoundSettings(VotingRule.dots(3, 0), true,
                        java.util.Set.of()));
    }

    static Session followUp(Session previous, String title, LocalDate date) {
        return FollowUps.start(previous, new PreviousWorkshop("uid-" + previous.details().title(),
                "/w/" + previous.details().title() + ".hurdles", previous.details().title(), previous.details().date()),
                new SessionDetails(title, previous.details().team(), date, "Sam", 12), "What blocks us?");
    }

    @Test
    void aFollowUpTakesTheDeckWithTheRoomsCardsTheRuleAndTheActionsNotDone() {
        Session autumn = workshop("Autumn", LocalDate.of(2026, 10, 1));
        Capture capture = new Capture(autumn);
        Card roomCard = capture.addCard("category-2", "No budget", "We have no budget for tools.");
        capture.addAction(1, "Ask IT for a sandbox", "Head of IT", LocalDate.of(2026, 12, 1), ActionState.OPEN);
        capture.addAction(2, "Write a policy", "Comms", null, ActionState.DOING);
        capture.addAction(3, "Buy webcams", "Office", null, ActionState.DONE);

        Session winter = followUp(autumn, "Winter", JANUARY);

        assertThat(winter.deck().card(roomCard.number())).contains(roomCard);
        assertThat(winter.settings(1).rule()).isEqualTo(VotingRule.dots(3, 0));
        assertThat(winter.settings(1).hideVotes()).isTrue();
        assertThat(winter.followUp().previous().orElseThrow().title()).isEqualTo("Autumn");
        assertThat(winter.followUp().carried()).extracting(CarriedAction::what)
                .containsExactly("Write a policy", "Ask IT for a sandbox");
        assertThat(winter.followUp().carried()).allMatch(action -> action.outcome() == Outcome.OPEN);
        CarriedAction sandbox = winter.followUp().carried().get(1);
        assertThat(sandbox.owner()).isEqualTo("Head of IT");
        assertThat(sandbox.isOverdue(JANUARY)).as("due 1 December, looked at in January").isTrue();
        assertThat(winter.followUp().carried().get(0).stateLastTime()).isEqualTo(ActionState.DOING);
    }

    @Test
    void eachOutcomeNoteAndCarryOnIsOneStepOfUndo() {
        Session autumn = workshop("Autumn", LocalDate.of(2026, 10, 1));
        new Capture(autumn).addAction(1, "Ask IT for a sandbox", "Head of IT", null, ActionState.OPEN);
        Session winter = followUp(autumn, "Winter", JANUARY);
        CarriedActions actions = new CarriedActions(winter);
        long id = winter.followUp().carried().get(0).id();

        actions.mark(id, Outcome.DONE);
        actions.note(id, "Sandbox laptop arrived");
        actions.carryOn(id, true);
        assertThat(actions.mark(id, Outcome.DONE)).as("unchanged: no step of undo").isEmpty();

        assertThat(winter.followUp().carried(id).orElseThrow())
                .returns(Outcome.DONE, CarriedAction::outcome).returns("Sandbox laptop arrived", CarriedAction::note)
                .returns(true, CarriedAction::carryOn);
        winter.undo();
        assertThat(winter.followUp().carried(id).orElseThrow().carryOn()).isFalse();
        winter.undo();
        winter.undo();
        assertThat(winter.followUp().carried(id).orElseThrow().outcome()).isEqualTo(Outcome.OPEN);
        assertThat(winter.canUndo()).isFalse();
        winter.redo();
        assertThat(winter.followUp().carried(id).orElseThrow().outcome()).isEqualTo(Outcome.DONE);
    }

    @Test
    void anActionCarriedOnAgainGoesToTheNextWorkshopAndOneLeftIsDropped() {
        Session autumn = workshop("Autumn", LocalDate.of(2026, 10, 1));
        new Capture(autumn).addAction(1, "Ask IT for a sandbox", "Head of IT", null, ActionState.OPEN);
        new Capture(autumn).addAction(2, "Write a policy", "Comms", null, ActionState.OPEN);
        Session winter = followUp(autumn, "Winter", JANUARY);
        CarriedActions actions = new CarriedActions(winter);
        List<CarriedAction> carried = winter.followUp().carried();
        actions.mark(carried.get(0).id(), Outcome.STILL_DOING);
        actions.carryOn(carried.get(0).id(), true);
        actions.mark(carried.get(1).id(), Outcome.DONE);

        Session spring = followUp(winter, "Spring", LocalDate.of(2027, 4, 1));

        assertThat(spring.followUp().carried()).singleElement()
                .returns(carried.get(0).what(), CarriedAction::what)
                .returns(ActionState.DOING, CarriedAction::stateLastTime)
                .returns(Outcome.OPEN, CarriedAction::outcome);
    }

    @Test
    void theRankingSaysWhatMovedSinceLastTimeAndWhatWasOvercome() {
        Session autumn = workshop("Autumn", LocalDate.of(2026, 10, 1));
        autumn.restoreVotes(1, 1, 9);
        autumn.restoreVotes(1, 2, 5);
        autumn.restoreVotes(1, 3, 2);
        autumn.restoreVotes(1, 4, 1);
        Session winter = followUp(autumn, "Winter", JANUARY);
        winter.restoreVotes(1, 3, 8);
        winter.restoreVotes(1, 1, 6);
        winter.restoreVotes(1, 5, 4);
        winter.restoreVotes(1, 2, 1);
        winter.restoreStatus(4, CardStatus.OVERCOME);

        FollowUpReport report = FollowUpReport.of(winter);

        assertThat(report.byCard().get(3)).returns(Direction.UP, CardMove::direction).returns(2, CardMove::places);
        assertThat(report.byCard().get(1).direction()).isEqualTo(Direction.DOWN);
        assertThat(report.byCard().get(5).direction()).isEqualTo(Direction.NEW);
        assertThat(report.byCard().get(4).direction()).isEqualTo(Direction.GONE);
        assertThat(report.byCard().get(2)).returns(Direction.DOWN, CardMove::direction).returns(-2, CardMove::places);
        assertThat(report.movedMost()).extracting(CardMove::cardNumber).containsExactly(2, 3, 1);
        assertThat(report.overcomeSince()).extracting(CardMove::cardNumber).containsExactly(4);
        assertThat(report.trends()).as("two workshops are not yet a series").isEmpty();
    }

    @Test
    void aSeriesOfThreeShowsEachCardsTrendOldestFirst() {
        Session autumn = workshop("Autumn", LocalDate.of(2026, 10, 1));
        autumn.restoreVotes(1, 1, 9);
        Session winter = followUp(autumn, "Winter", JANUARY);
        winter.restoreVotes(1, 1, 3);
        winter.restoreVotes(1, 2, 5);
        Session spring = followUp(winter, "Spring", LocalDate.of(2027, 4, 1));
        spring.restoreVotes(1, 2, 7);

        FollowUpReport report = FollowUpReport.of(spring);

        assertThat(report.seriesTitles()).containsExactly("Autumn", "Winter", "Spring");
        assertThat(report.trends()).extracting(trend -> trend.standings().stream()
                        .map(EarlierWorkshop.Standing::rank).toList())
                .containsExactly(List.of(1, 2, 0), List.of(0, 1, 1));
    }

    @Test
    void aWorkshopThatFollowsNoneUpReportsNoFollowUp() {
        assertThat(FollowUpReport.of(workshop("Alone", JANUARY)).isFollowUp()).isFalse();
    }
}
