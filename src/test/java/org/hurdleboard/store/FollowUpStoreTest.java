package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.CarriedActions;
import org.hurdleboard.domain.FollowUps;
import org.hurdleboard.domain.Outcome;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.report.FollowUpReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpStoreTest {
    @TempDir
    Path dir;

    /** A closed workshop file with votes on card 1 and 2 and one open action. */
    private Path firstWorkshop(String name) throws Exception {
        Path path = dir.resolve(name + SessionFile.EXTENSION);
        Session session = StoreTestFiles.newSession(name);
        try (SessionFile file = SessionFile.create(path, session)) {
            file.session().setVotes(1, 1, 9);
            file.session().setVotes(1, 2, 4);
            new Capture(file.session()).addAction(1, "Ask IT for a sandbox", "Head of IT",
                    LocalDate.of(2026, 12, 1), ActionState.OPEN);
        }
        return path;
    }

    /** Follows up the workshop in {@code previous}, as set-up does, and closes the new file. */
    static Path followUp(Path previous, String name, LocalDate date) throws Exception {
        SessionFile.Contents last = SessionFile.read(previous, false);
        Session next = FollowUps.start(last.session(), new PreviousWorkshop(last.uid(),
                previous.toAbsolutePath().toString(), last.session().details().title(),
                last.session().details().date()), new SessionDetails(name, "Digital team", date, "Sam", 18),
                "What blocks us?");
        Path path = previous.resolveSibling(name + SessionFile.EXTENSION);
        SessionFile.create(path, next).close();
        return path;
    }

    @Test
    void whatIsCarriedOverAndSaidOfItIsThereAfterAReopenWithItsUndo() throws Exception {
        Path autumn = firstWorkshop("Autumn");
        Path winter = followUp(autumn, "Winter", LocalDate.of(2027, 1, 20));
        try (SessionFile file = SessionFile.open(winter)) {
            CarriedAction action = file.session().followUp().carried().get(0);
            new CarriedActions(file.session()).mark(action.id(), Outcome.DONE);
            new CarriedActions(file.session()).note(action.id(), "Arrived in December");
            file.session().setVotes(1, 2, 6);
        }
        Files.delete(autumn);
        try (SessionFile file = SessionFile.open(winter)) {
            Session session = file.session();
            assertThat(session.followUp().previous().orElseThrow().title()).isEqualTo("Autumn");
            assertThat(session.followUp().carried().get(0)).returns(Outcome.DONE, CarriedAction::outcome)
                    .returns("Arrived in December", CarriedAction::note).returns("Head of IT", CarriedAction::owner);
            assertThat(FollowUpReport.of(session).byCard().get(2).places()).as("card 2 from 2nd to 1st").isEqualTo(1);
            session.undo();
            session.undo();
            assertThat(session.followUp().carried().get(0).note()).isEmpty();
        }
        try (SessionFile file = SessionFile.open(winter)) {
            assertThat(file.session().followUp().carried().get(0))
                    .returns(Outcome.DONE, CarriedAction::outcome).returns("", CarriedAction::note);
        }
    }

    @Test
    void aRowOfWhatWasCarriedOverChangedBehindTheAppsBackIsFoundAsDamage() throws Exception {
        Path winter = followUp(firstWorkshop("Autumn"), "Winter", LocalDate.of(2027, 1, 20));
        StoreTestFiles.execute(winter, "UPDATE carried_action SET owner = 'Someone else'");
        assertThat(catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(winter)).problem())
                .isEqualTo(SessionFileException.Problem.DAMAGED);
    }

    @Test
    void aSeriesOfFiveIsFoundInOrderFromAnyFileInIt() throws Exception {
        Path[] files = new Path[5];
        files[0] = firstWorkshop("One");
        for (int i = 1; i < 5; i++) {
            files[i] = followUp(files[i - 1], "Workshop " + (i + 1), LocalDate.of(2027, i, 1));
        }
        Files.move(files[1], dir.resolve("renamed.hurdles"));
        files[1] = dir.resolve("renamed.hurdles").toAbsolutePath();

        for (Path from : List.of(files[0], files[2], files[4])) {
            Series series = Series.of(from);
            assertThat(series.workshops()).extracting(workshop -> workshop.session().details().title())
                    .containsExactly("One", "Workshop 2", "Workshop 3", "Workshop 4", "Workshop 5");
            assertThat(series.broken()).isEmpty();
        }
        assertThat(Series.inFolder(dir)).singleElement().extracting(series -> series.workshops().size()).isEqualTo(5);
    }

    @Test
    void aLinkThatCannotBeFollowedSaysWhyAndTheRestOfTheChainStays() throws Exception {
        Path autumn = firstWorkshop("Autumn");
        Path winter = followUp(autumn, "Winter", LocalDate.of(2027, 1, 20));
        Path spring = followUp(winter, "Spring", LocalDate.of(2027, 4, 1));

        Files.delete(autumn);
        assertThat(Series.of(spring).workshops()).hasSize(2);
        assertThat(Series.of(spring).broken().orElseThrow().reason()).isEqualTo(Series.Break.Reason.NOT_FOUND);
        assertThat(Series.of(spring).broken().orElseThrow().link().title()).isEqualTo("Autumn");

        Files.write(autumn, "not a workshop".getBytes());
        Series.Break notOurs = Series.of(winter).broken().orElseThrow();
        assertThat(notOurs.reason()).isEqualTo(Series.Break.Reason.UNREADABLE);
        assertThat(notOurs.problem().orElseThrow().problem()).isEqualTo(SessionFileException.Problem.NOT_SQLITE);

        Files.delete(autumn);
        firstWorkshop("Autumn");
        assertThat(Series.of(winter).broken().orElseThrow().reason())
                .as("a new file of the same name is another workshop").isEqualTo(Series.Break.Reason.ANOTHER_WORKSHOP);

        Path newer = dir.resolve("Autumn.hurdles");
        StoreTestFiles.execute(newer, "PRAGMA user_version = " + (Schema.CURRENT_VERSION + 1));
        assertThat(Series.of(winter).broken().orElseThrow().problem().orElseThrow().problem())
                .isEqualTo(SessionFileException.Problem.NEWER_VERSION);
        assertThat(Series.check(SessionFile.read(winter, false).session().followUp().previous().orElseThrow(), winter))
                .isPresent();
    }

    @Test
    void aVersion8FileUpgradesToOneThatFollowsNothingUp() throws Exception {
        Path path = dir.resolve("v8.hurdles");
        try (var in = getClass().getResourceAsStream("/store/fixtures/session-v8.hurdles")) {
            Files.copy(in, path);
        }
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(file.session().followUp().isFollowUp()).isFalse();
            assertThat(file.uid()).isNotBlank();
            Path next = followUp(path, "After v8", LocalDate.of(2027, 2, 1));
            assertThat(SessionFile.read(next, false).session().followUp().carried()).extracting(CarriedAction::what)
                    .containsExactly("Ask for a policy");
        }
    }
}
