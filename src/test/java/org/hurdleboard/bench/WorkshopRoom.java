package org.hurdleboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.phone.BallotBox;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.phones.PhoneBallotBox;
import org.hurdleboard.ui.workshop.WorkshopModel;

/**
 * The app's own ballot box for {@link PhoneLoadBench}: a new session file of as many participants
 * as phones, its round opened to phones (3 dots each), the real {@link WorkshopModel} and
 * {@link PhoneBallotBox} made and run on the FX thread, as the app makes them.
 */
final class WorkshopRoom implements PhoneLoadBench.Room {
    private final Path folder;
    private final SessionFile file;
    private final PhoneBallotBox box;

    private WorkshopRoom(Path folder, SessionFile file, PhoneBallotBox box) {
        this.folder = folder;
        this.file = file;
        this.box = box;
    }

    /** The FX toolkit without a screen (Monocle's headless glass and the software renderer), once. */
    static void startFx() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
    }

    static PhoneLoadBench.Room open(int phones) throws Exception {
        Path folder = Files.createTempDirectory("phone-bench");
        Session session = Session.start(new SessionDetails("Phones bench", "", LocalDate.now(), "", phones),
                new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?");
        new PhoneVoting(session).open(1, VotingRule.dots(3, 0), 0);
        SessionFile file = SessionFile.create(folder.resolve("bench.hurdles"), session);
        CompletableFuture<PhoneBallotBox> made = new CompletableFuture<>();
        Platform.runLater(() -> made.complete(new PhoneBallotBox(
                WorkshopModel.of(file, new Messages(Locale.UK), Platform::runLater), "en")));
        return new WorkshopRoom(folder, file, made.get(30, TimeUnit.SECONDS));
    }

    @Override
    public BallotBox box() {
        return box;
    }

    @Override
    public Executor owner() {
        return Platform::runLater;
    }

    /** The ballots in the file, as a second look reads it once the writer has written everything. */
    @Override
    public int stored() throws Exception {
        file.flush();
        return SessionFile.read(file.path(), false).session().ballotsIn(1);
    }

    @Override
    public void close() throws Exception {
        file.close();
        SessionFile.delete(file.path());
        Files.deleteIfExists(folder);
    }
}
