package org.hurdleboard.ui.phones;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.phone.BallotPaper;
import org.hurdleboard.phone.CastResult;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.WriteProblem;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoneBallotBoxTest {
    static final String ANNA = "anna-ballot-0001.sig";
    static final String BEN = "ben-ballot-0002.sig";
    private static final Messages MESSAGES = new Messages(Locale.UK);

    @TempDir
    Path dir;

    private final QueuedThread fx = new QueuedThread();

    static Session session(int participants) {
        return Session.start(new SessionDetails("Day", "", LocalDate.of(2026, 11, 29), "", participants),
                new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?",
                new RoundSettings(VotingRule.dots(3, 2), true, Set.of(1, 2, 12)));
    }

    private WorkshopModel workshopOf(SessionFile file) {
        return WorkshopModel.of(file, MESSAGES, fx);
    }

    @Test
    void aBallotIsStoredOnceTheFileHasItAndTheBoardHasTheCounts() throws Exception {
        try (SessionFile file = SessionFile.create(dir.resolve("day.hurdles"), session(10))) {
            WorkshopModel workshop = workshopOf(file);
            PhoneBallotBox box = new PhoneBallotBox(workshop, "cy");
            new PhoneVoting(file.session()).open(1, VotingRule.dots(3, 2), 0);

            CompletableFuture<CastResult> answer = box.cast(ANNA, Map.of(1, 2, 12, 1)).toCompletableFuture();

            assertThat(answer).as("nothing is said before the FX thread has made the change").isNotDone();
            assertThat(fx.runUntil(answer::isDone)).isTrue();
            assertThat(answer.get()).isEqualTo(CastResult.STORED);
            assertThat(SessionFile.read(file.path(), false).session().votesOf(1))
                    .as("stored means in the file").containsOnly(Map.entry(1, 2), Map.entry(12, 1));
            assertThat(workshop.votesProperty(file.session().deck().card(1).orElseThrow()).get()).isEqualTo(2);
            assertThat(workshop.shownVotesProperty(file.session().deck().card(1).orElseThrow()).get())
                    .as("hidden from the room").isZero();
            assertThat(box.ballot(ANNA)).isEqualTo(Map.of(1, 2, 12, 1));
            assertThat(box.ballot(BEN)).isEmpty();
            assertThat(box.ballotsIn()).isEqualTo(1);
        }
    }

    @Test
    void refusalsSayClosedNotAllowedOrFullAndNothingIsStored() throws Exception {
        try (SessionFile file = SessionFile.create(dir.resolve("day.hurdles"), session(1))) {
            WorkshopModel workshop = workshopOf(file);
            PhoneBallotBox box = new PhoneBallotBox(workshop, "en");
            assertThat(cast(box, ANNA, Map.of(1, 1))).as("not open yet").isEqualTo(CastResult.CLOSED);

            new PhoneVoting(file.session()).open(1, VotingRule.dots(3, 2), 0);
            assertThat(cast(box, ANNA, Map.of(3, 1))).as("card 3 is not in the round").isEqualTo(CastResult.NOT_ALLOWED);
            assertThat(cast(box, ANNA, Map.of(1, 3))).isEqualTo(CastResult.NOT_ALLOWED);
            assertThat(cast(box, ANNA, Map.of(1, 1))).isEqualTo(CastResult.STORED);
            assertThat(cast(box, BEN, Map.of(1, 1))).as("one participant: one ballot").isEqualTo(CastResult.FULL);
            assertThat(cast(box, ANNA, Map.of(1, 1))).as("the same ballot again").isEqualTo(CastResult.STORED);

            new PhoneVoting(file.session()).close(1);
            fx.drain();
            assertThat(cast(box, ANNA, Map.of(2, 1))).isEqualTo(CastResult.CLOSED);
            assertThat(file.session().votesOf(1)).containsOnly(Map.entry(1, 1));
            assertThat(box.paper()).isEmpty();
            assertThat(box.ballot(ANNA)).as("dropped with the ballots").isEmpty();
        }
    }

    @Test
    void aBallotTheFileCouldNotSaveIsNotSaved() throws Exception {
        Session session = session(10);
        WorkshopModel workshop = new WorkshopModel(session, false, "day.hurdles", MESSAGES, fx);
        PhoneBallotBox box = new PhoneBallotBox(workshop, "en");
        new PhoneVoting(session).open(1, VotingRule.dots(3, 2), 0);
        SessionChange[] recorded = new SessionChange[1];
        session.addListener(applied -> recorded[0] = applied.change());

        CompletableFuture<CastResult> answer = box.cast(ANNA, Map.of(1, 1)).toCompletableFuture();
        fx.drain();
        workshop.writeFinished(recorded[0], Optional.of(WriteProblem.DISK_FULL));
        fx.drain();

        assertThat(answer.getNow(null)).isEqualTo(CastResult.NOT_SAVED);
        assertThat(cast(box, BEN, Map.of(1, 1))).as("the file takes no more").isEqualTo(CastResult.NOT_SAVED);
    }

    @Test
    void aReadOnlyWorkshopSavesNoBallot() throws Exception {
        Session session = session(10);
        new PhoneVoting(session).open(1, VotingRule.dots(3, 2), 0);
        PhoneBallotBox box = new PhoneBallotBox(new WorkshopModel(session, true, "day.hurdles", MESSAGES, fx), "en");

        assertThat(box.cast(ANNA, Map.of(1, 1)).toCompletableFuture().getNow(null)).isEqualTo(CastResult.NOT_SAVED);
        assertThat(session.votesOf(1)).isEmpty();
    }

    @Test
    void thePaperHoldsTheRoundsCardsByCategoryAndTheRuleAndNoCount() throws Exception {
        Session session = session(10);
        PhoneBallotBox box = new PhoneBallotBox(new WorkshopModel(session, false, "day.hurdles", MESSAGES, fx), "cy");
        assertThat(box.paper()).isEmpty();

        new PhoneVoting(session).open(1, VotingRule.dots(3, 2), 8);

        BallotPaper paper = box.paper().orElseThrow();
        assertThat(paper.question()).isEqualTo("What blocks us?");
        assertThat(paper.language()).isEqualTo("cy");
        assertThat(paper.rule()).isEqualTo(new BallotPaper.Rule(BallotPaper.Rule.Kind.DOTS, 3, 2));
        assertThat(paper.maxBallots()).isEqualTo(8);
        assertThat(paper.categories()).extracting(BallotPaper.Category::name)
                .containsExactly("Internet Access", "Office Technology");
        assertThat(paper.categories().get(0).cards()).extracting(BallotPaper.Card::number).containsExactly(1, 2);
        assertThat(paper.categories().get(0).colour()).matches("#[0-9a-f]{6}");
    }

    private CastResult cast(PhoneBallotBox box, String ballot, Map<Integer, Integer> dots) throws Exception {
        CompletableFuture<CastResult> answer = box.cast(ballot, dots).toCompletableFuture();
        fx.drain();
        // a stored ballot waits for the writer thread
        assertThat(fx.runUntil(answer::isDone)).isTrue();
        return answer.get();
    }
}
