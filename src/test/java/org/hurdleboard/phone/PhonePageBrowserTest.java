package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real phone page in real browsers (Debian's chromium, headless, as 390x844 phones) against
 * the server on 127.0.0.1 with the in-memory box. Two browsers for the class, started once.
 */
class PhonePageBrowserTest {
    private static PhoneBrowser first;
    private static PhoneBrowser second;

    private FakeBallotBox box;
    private PhoneServer server;

    @BeforeAll
    static void startBrowsers() {
        first = PhoneBrowser.start();
        second = PhoneBrowser.start();
    }

    @AfterAll
    static void stopBrowsers() {
        try (PhoneBrowser a = first; PhoneBrowser b = second) {
            // closed by the try
        }
    }

    @BeforeEach
    void open() throws IOException {
        openWith(FakeBallotBox.dots(30));
        first.forget();
        second.forget();
    }

    @AfterEach
    void close() {
        server.close();
        box.close();
    }

    private void openWith(BallotPaper paper) throws IOException {
        if (server != null) {
            close();
        }
        box = new FakeBallotBox(paper);
        server = PhoneServer.open(PhoneServerTest.LOOPBACK, PhoneServer.ANY_PORT, box, new PhoneServer.Events() {
            @Override
            public void phoneReached() {
            }

            @Override
            public void ballotsChanged(int ballotsIn) {
            }
        });
    }

    @Test
    void twoPhonesVoteOneChangesItsMindOneReloadsAndCannotVoteTwiceAndAWrongTokenIsRefused() {
        first.openBallot(server.ballotLink());
        assertThat(first.text()).contains("Which hurdles block us most?", "Internet Access", "Organisational Culture",
                "<b>Risk</b> & \"fear\" of the press");
        first.plus(1);
        first.plus(1);
        first.plus(33);
        assertThat(first.dotsLeft()).isEqualTo("2 dots left");
        first.sendAndWait("Your votes are in");

        second.openBallot(server.ballotLink());
        second.plus(2);
        second.sendAndWait("Your votes are in");

        first.minus(1);
        first.plus(34);
        first.waitForStatus("press Send");
        first.sendAndWait("Your votes are in");

        second.reload();
        assertThat(second.dotsOn(2)).isEqualTo("Your dots: 1");
        assertThat(second.dotsLeft()).isEqualTo("4 dots left");
        assertThat(second.status()).contains("Your votes are in");
        for (int i = 0; i < 6; i++) {
            second.plus(i % 2 == 0 ? 35 : 3);
        }
        assertThat(second.dotsLeft()).isEqualTo("0 dots left");
        second.sendAndWait("Your votes are in");

        URI wrong = URI.create(server.address() + "/v/" + "A".repeat(32));
        second.forget();
        second.open(wrong);
        assertThat(second.text()).contains("This vote is closed");

        assertThat(box.ballots().values()).containsExactlyInAnyOrder(Map.of(1, 1, 33, 1, 34, 1), Map.of(2, 1, 3, 2, 35, 2));
    }

    @Test
    void thePageKeepsToTheBudgetAndTheCapOnACard() {
        first.openBallot(server.ballotLink());
        first.plus(1);
        first.plus(1);
        assertThat(first.canAdd(1)).as("at most 2 on one card").isFalse();
        first.plus(1);
        assertThat(first.dotsOn(1)).isEqualTo("Your dots: 2");
        first.plus(2);
        first.plus(2);
        first.plus(3);
        assertThat(first.dotsLeft()).isEqualTo("0 dots left");
        assertThat(first.canAdd(33)).isFalse();
        first.plus(33);
        assertThat(first.dotsOn(33)).isEqualTo("Your dots: 0");
    }

    @Test
    void closingTheServerShowsVotingHasClosed() {
        first.openBallot(server.ballotLink());
        first.plus(1);
        first.sendAndWait("Your votes are in");
        server.close();
        first.waitForStatus("Voting has closed.");
        assertThat(first.canAdd(2)).isFalse();
    }

    @Test
    void closingTheRoundShowsVotingHasClosed() {
        first.openBallot(server.ballotLink());
        box.closeRound();
        first.waitForStatus("Voting has closed.");
    }

    @Test
    void atTwiceTheTextSizeOnA390By844PhoneNothingIsCutAndEveryButtonIsInReach() {
        first.openBallot(server.ballotLink());
        first.textSize(200);
        assertThat(first.layoutProblems()).isEmpty();
        first.plus(1);
        first.sendAndWait("Your votes are in");
        assertThat(first.layoutProblems()).as("with the answer under Send").isEmpty();
        first.switchLanguage();
        assertThat(first.layoutProblems()).isEmpty();
        first.tap(first.card(35).findElement(org.openqa.selenium.By.cssSelector("button.plus")));
        assertThat(first.dotsOn(35)).as("the last card is in reach").isEqualTo("Eich dotiau: 1");
        first.open(server.address());
        first.textSize(200);
        assertThat(first.layoutProblems()).isEmpty();
    }

    @Test
    void thePagesAreCleanForAxeInBothLanguages() {
        first.openBallot(server.ballotLink());
        first.plus(1);
        assertThat(first.accessibilityProblems()).isEmpty();
        first.sendAndWait("Your votes are in");
        first.switchLanguage();
        assertThat(first.accessibilityProblems()).isEmpty();
        first.open(server.address());
        assertThat(first.accessibilityProblems()).isEmpty();
        first.open(URI.create(server.address() + "/v/nothing"));
        assertThat(first.accessibilityProblems()).isEmpty();
    }

    @Test
    void theSwitchTurnsThePageWelshAndARoundInWelshStartsInWelsh() throws IOException {
        first.openBallot(server.ballotLink());
        first.switchLanguage();
        assertThat(first.language()).isEqualTo("cy");
        assertThat(first.dotsLeft()).isEqualTo("5 dot ar ôl");
        assertThat(first.text()).contains("Anfon", "English");
        first.plus(1);
        first.sendAndWait("Mae eich pleidleisiau i mewn");

        BallotPaper english = FakeBallotBox.dots(30);
        openWith(new BallotPaper(english.roundId(), english.question(), "cy", english.rule(), english.categories(), 30));
        second.openBallot(server.ballotLink());
        assertThat(second.language()).isEqualTo("cy");
        assertThat(second.text()).contains("Anfon", "Cymraeg".equals("") ? "" : "English");
        second.switchLanguage();
        assertThat(second.dotsLeft()).isEqualTo("5 dots left");
    }

    @Test
    void anApprovalRoundTicksEachCardOnce() throws IOException {
        openWith(FakeBallotBox.approval(30));
        first.openBallot(server.ballotLink());
        assertThat(first.text()).contains("Tick every card that blocks you.");
        first.tick(2);
        first.tick(34);
        first.tick(35);
        first.tick(35);
        assertThat(first.ticked(2)).isTrue();
        assertThat(first.ticked(35)).isFalse();
        assertThat(first.dotsLeft()).isEqualTo("2 cards ticked");
        first.sendAndWait("Your votes are in");
        assertThat(first.accessibilityProblems()).isEmpty();
        assertThat(box.ballots().values()).containsExactly(Map.of(2, 1, 34, 1));
    }

    /** Not a check: the pictures for docs/ (copied there by hand after looking at them). */
    @Test
    void picturesOfThePageForTheDocs() {
        first.openBallot(server.ballotLink());
        first.plus(1);
        first.plus(1);
        first.plus(34);
        first.sendAndWait("Your votes are in");
        first.screenshot(Path.of("target/phone-shots/phone-ballot-390x844.png"));
        first.switchLanguage();
        first.screenshot(Path.of("target/phone-shots/phone-ballot-390x844-cy.png"));
        first.textSize(200);
        first.screenshot(Path.of("target/phone-shots/phone-ballot-390x844-200.png"));
        assertThat(Path.of("target/phone-shots/phone-ballot-390x844.png")).exists();
    }
}
