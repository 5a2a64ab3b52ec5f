package org.hurdleboard.ui.phones;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.hurdleboard.domain.PhoneState;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.Voting;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.phone.NetworkChoice;
import org.hurdleboard.phone.PhoneServer;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.phones.PhoneRoundModel.State;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhoneRoundModelTest {
    private static final NetworkChoice WIFI = choice("192.0.2.10", "Wi-Fi", true);
    private static final NetworkChoice CABLE = choice("192.0.2.20", "Ethernet", false);

    private final QueuedThread fx = new QueuedThread();
    private final ExecutorService background = Executors.newSingleThreadExecutor(run -> new Thread(run, "bg"));
    private final Session session = PhoneBallotBoxTest.session(10);
    private final WorkshopModel workshop = new WorkshopModel(session, false, "day.hurdles", new Messages(Locale.UK), fx);
    private final FakeLines lines = new FakeLines();
    private final PhoneRoundModel model = new PhoneRoundModel(workshop, new PhoneBallotBox(workshop, "en"), lines,
            () -> List.of(CABLE, WIFI), background, fx);

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static NetworkChoice choice(String address, String adapter, boolean recommended) {
        try {
            return new NetworkChoice(InetAddress.getByName(address), adapter, NetworkChoice.Kind.LOCAL_NETWORK,
                    recommended);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Servers that start at once on any address, off the FX thread, and say where and on which thread. */
    private static final class FakeLines implements PhoneLine.Starter {
        final AtomicInteger open = new AtomicInteger();
        volatile String startedOn = "";
        volatile InetAddress lastAddress;
        volatile boolean fail;
        volatile PhoneServer.Events events;
        volatile org.hurdleboard.domain.PhoneKeys keys;

        @Override
        public PhoneLine start(InetAddress address, org.hurdleboard.domain.PhoneKeys roundKeys,
                org.hurdleboard.phone.BallotBox box, PhoneServer.Events heard) throws IOException {
            startedOn = Thread.currentThread().getName();
            keys = roundKeys;
            if (fail) {
                throw new IOException("Address already in use");
            }
            lastAddress = address;
            events = heard;
            open.incrementAndGet();
            return new PhoneLine() {
                private boolean closed;

                @Override
                public URI address() {
                    return URI.create("http://" + address.getHostAddress() + ":8123");
                }

                @Override
                public URI ballotLink() {
                    return URI.create(address() + "/v/token");
                }

                @Override
                public String roomCode() {
                    return "K7P2QX";
                }

                @Override
                public synchronized void close() {
                    if (!closed) {
                        closed = true;
                        open.decrementAndGet();
                    }
                }
            };
        }
    }

    private void openOnTheRecommendedAddress() throws InterruptedException {
        model.findAddresses();
        assertThat(fx.runUntil(() -> model.chosenProperty().get() != null)).isTrue();
        assertThat(model.open(VotingRule.APPROVAL, 0)).isEqualTo(PhoneVoting.Refusal.NONE);
        assertThat(model.stateProperty().get()).isEqualTo(State.OPENING);
        assertThat(fx.runUntil(() -> model.stateProperty().get() == State.OPEN)).isTrue();
    }

    @Test
    void openingStartsTheServerOffTheFxThreadOnTheRecommendedAddress() throws Exception {
        openOnTheRecommendedAddress();

        assertThat(lines.startedOn).isEqualTo("bg");
        assertThat(lines.lastAddress).isEqualTo(WIFI.address());
        assertThat(model.addressProperty().get()).isEqualTo("http://192.0.2.10:8123");
        assertThat(model.roomCodeProperty().get()).isEqualTo("K7P2QX");
        assertThat(session.phoneState(1)).isEqualTo(PhoneState.OPEN);
        assertThat(model.choices()).containsExactly(CABLE, WIFI);
    }

    @Test
    void votingOpenedBeforeTheAddressesAreKnownStartsOnceTheyAre() throws Exception {
        model.findAddresses();
        model.open(VotingRule.APPROVAL, 0);

        assertThat(fx.runUntil(() -> model.stateProperty().get() == State.OPEN)).isTrue();
        assertThat(lines.lastAddress).isEqualTo(WIFI.address());
    }

    @Test
    void noAddressAtAllFailsWithoutAServerAndSaysWhy() throws Exception {
        PhoneRoundModel nowhere = new PhoneRoundModel(workshop, new PhoneBallotBox(workshop, "en"), lines, List::of,
                background, fx);
        nowhere.findAddresses();
        nowhere.open(VotingRule.APPROVAL, 0);

        assertThat(fx.runUntil(() -> nowhere.stateProperty().get() == State.FAILED)).isTrue();
        assertThat(lines.open.get()).isZero();
        assertThat(NetworkDoctor.advice(nowhere.choices(), null, false, 0)).containsExactly("phones.doctor.noNetwork");
    }

    @Test
    void theDoctorNamesTheFirewallAndGuestWifiUntilAPhoneHasReachedTheLaptop() {
        assertThat(NetworkDoctor.advice(List.of(WIFI), WIFI, false, 0))
                .containsExactly("phones.doctor.firewall", "phones.doctor.guest");
        assertThat(NetworkDoctor.advice(List.of(WIFI), WIFI, false, 1)).isEmpty();
        NetworkChoice hotspot = new NetworkChoice(WIFI.address(), "Local Area Connection* 2",
                NetworkChoice.Kind.HOTSPOT, true);
        assertThat(NetworkDoctor.advice(List.of(hotspot), hotspot, true, 1))
                .containsExactly("phones.doctor.failed", "phones.doctor.hotspot");
    }

    @Test
    void closeVotingStopsTheServerAndClosesTheRound() throws Exception {
        openOnTheRecommendedAddress();

        model.closeVoting();

        assertThat(model.stateProperty().get()).isEqualTo(State.CLOSED);
        assertThat(session.phoneState(1)).isEqualTo(PhoneState.CLOSED);
        assertThat(fx.runUntil(() -> lines.open.get() == 0)).isTrue();
        assertThat(model.addressProperty().get()).isEmpty();
    }

    @Test
    void aNewRoundOrAnUndoneOpeningStopsTheServer() throws Exception {
        openOnTheRecommendedAddress();
        session.undo();
        assertThat(model.stateProperty().get()).isEqualTo(State.CLOSED);
        assertThat(fx.runUntil(() -> lines.open.get() == 0)).isTrue();

        openOnTheRecommendedAddress();
        new Voting(session).addRound("Next?", RoundSettings.TALLY);
        assertThat(model.stateProperty().get()).isEqualTo(State.CLOSED);
        assertThat(fx.runUntil(() -> lines.open.get() == 0)).isTrue();
        assertThat(session.phoneState(1)).isEqualTo(PhoneState.CLOSED);
    }

    @Test
    void stoppingForTheWorkshopsCloseLeavesTheRoundOpenToCarryOn() throws Exception {
        openOnTheRecommendedAddress();

        model.stop();

        assertThat(fx.runUntil(() -> lines.open.get() == 0)).isTrue();
        assertThat(session.phoneState(1)).isEqualTo(PhoneState.OPEN);
        assertThat(model.isRoundOpen()).isTrue();
    }

    @Test
    void theServerStartedAgainForTheSameRoundHasTheSameKeysAndSaysNothingIsNew() throws Exception {
        openOnTheRecommendedAddress();
        org.hurdleboard.domain.PhoneKeys first = lines.keys;
        assertThat(new PhoneVoting(session).cast(1, "ballot-anna-1a2b3c4d", java.util.Map.of(1, 1)))
                .isEqualTo(org.hurdleboard.domain.BallotRefusal.NONE);
        model.stop();
        assertThat(fx.runUntil(() -> lines.open.get() == 0)).isTrue();

        model.restart();

        assertThat(fx.runUntil(() -> model.stateProperty().get() == State.OPEN)).isTrue();
        assertThat(lines.keys.token()).isEqualTo(first.token());
        assertThat(lines.keys.secret()).isEqualTo(first.secret());
        assertThat(lines.keys.port()).as("the port it had, tried first").isEqualTo(8123);
        assertThat(model.newLinkAfterBallotsProperty().get()).isFalse();
    }

    @Test
    void aRoundWithBallotsWhoseKeysWereNeverUsedSaysItsLinkIsNew() throws Exception {
        PhoneVoting phones = new PhoneVoting(session);
        phones.open(1, VotingRule.APPROVAL, 0);
        phones.cast(1, "ballot-anna-1a2b3c4d", java.util.Map.of(1, 1));
        // as a backup or an older file opens: the round open, its ballots in, no keys of its own
        WorkshopModel restored = new WorkshopModel(session, false, "day.hurdles", new Messages(Locale.UK), fx);
        PhoneRoundModel reopened = new PhoneRoundModel(restored, new PhoneBallotBox(restored, "en"), lines,
                () -> List.of(WIFI), background, fx);
        reopened.findAddresses();
        assertThat(fx.runUntil(() -> reopened.chosenProperty().get() != null)).isTrue();

        reopened.restart();

        assertThat(fx.runUntil(() -> reopened.stateProperty().get() == State.OPEN)).isTrue();
        assertThat(reopened.newLinkAfterBallotsProperty().get()).isTrue();
        reopened.stop();
        assertThat(reopened.newLinkAfterBallotsProperty().get()).isFalse();
    }

    @Test
    void aServerThatCannotStartSaysWhyAndATryAgainWorks() throws Exception {
        lines.fail = true;
        model.findAddresses();
        fx.runUntil(() -> model.chosenProperty().get() != null);
        model.open(VotingRule.dots(3, 0), 0);
        assertThat(fx.runUntil(() -> model.stateProperty().get() == State.FAILED)).isTrue();
        assertThat(model.failureProperty().get()).contains("Address already in use");

        lines.fail = false;
        model.restart();

        assertThat(fx.runUntil(() -> model.stateProperty().get() == State.OPEN)).isTrue();
        assertThat(model.failureProperty().get()).isEmpty();
    }

    @Test
    void choosingAnotherAddressMovesTheServer() throws Exception {
        openOnTheRecommendedAddress();

        model.chosenProperty().set(CABLE);

        assertThat(fx.runUntil(() -> model.stateProperty().get() == State.OPEN
                && CABLE.address().equals(lines.lastAddress))).isTrue();
        assertThat(fx.runUntil(() -> lines.open.get() == 1)).as("the old one stopped").isTrue();
    }

    @Test
    void theFirstPhoneThatReachesTheLaptopShows() throws Exception {
        openOnTheRecommendedAddress();
        assertThat(model.phonesReachedProperty().get()).isZero();

        lines.events.phoneReached();

        assertThat(fx.runUntil(() -> model.phonesReachedProperty().get() == 1)).isTrue();
    }

    @Test
    void anAddressGivenToTheAppIsTheOnlyOneOffered() throws Exception {
        System.setProperty(PhoneRoundModel.ADDRESS_PROPERTY, "127.0.0.1");
        try {
            model.findAddresses();
            assertThat(fx.runUntil(() -> model.chosenProperty().get() != null)).isTrue();
            assertThat(model.choices()).extracting(NetworkChoice::address)
                    .containsExactly(InetAddress.getLoopbackAddress());
        } finally {
            System.clearProperty(PhoneRoundModel.ADDRESS_PROPERTY);
        }
    }
}
