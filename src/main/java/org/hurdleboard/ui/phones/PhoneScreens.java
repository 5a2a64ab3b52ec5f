package org.hurdleboard.ui.phones;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.Session;
import org.hurdleboard.phone.NetworkChoice;
import org.hurdleboard.ui.common.Dialogs;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.phones.PhoneRoundModel.State;
import org.hurdleboard.ui.workshop.WorkshopModel;

/**
 * Voting by phone on one open workshop: Vote from phones… asks for the rule and the limit (or
 * carries on with a round left open), opens the round and shows the facilitator's panel; the
 * room's screen shows the QR code while the server is open. The workshop's screen joins it to the board.
 */
public final class PhoneScreens {
    /** The phone server's QR code of a link. */
    public static final QrMatrix.Maker QR_CODE = link -> {
        org.hurdleboard.phone.QrCode code = org.hurdleboard.phone.QrCode.of(java.net.URI.create(link));
        return new QrMatrix() {
            @Override
            public int size() {
                return code.size();
            }

            @Override
            public boolean isDark(int x, int y) {
                return code.isDark(x, y);
            }
        };
    };
    /** The laptop's addresses, as the network doctor sees them. */
    public static final Supplier<List<NetworkChoice>> NETWORK = org.hurdleboard.phone.NetworkChoices::onThisMachine;

    private final WorkshopModel workshop;
    private final Messages messages;
    private final Dialogs dialogs;
    private final QrMatrix.Maker qr;
    private final ExecutorService background = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "phone-server-start");
        thread.setDaemon(true);
        return thread;
    });
    private final PhoneRoundModel model;
    private final ReadOnlyBooleanWrapper panelShown = new ReadOnlyBooleanWrapper();
    private PhonesConsole console;
    /** One binding, held here: a binding only its listeners know of may be collected and fall silent. */
    private final BooleanBinding roomShowsCode;

    public PhoneScreens(WorkshopModel workshop, Messages messages, Dialogs dialogs, QrMatrix.Maker qr,
                        PhoneLine.Starter starter, Supplier<List<NetworkChoice>> network) {
        this.workshop = workshop;
        this.messages = messages;
        this.dialogs = dialogs;
        this.qr = qr;
        PhoneBallotBox box = new PhoneBallotBox(workshop, messages.locale().getLanguage().equals("cy") ? "cy" : "en");
        model = new PhoneRoundModel(workshop, box, starter, network, background, Platform::runLater);
        roomShowsCode = model.stateProperty().isEqualTo(State.OPEN);
        model.stateProperty().addListener((obs, old, state) -> {
            if (state == State.CLOSED && !model.isRoundOpen()) {
                panelShown.set(false);
            }
        });
    }

    public PhoneRoundModel model() {
        return model;
    }

    /** The facilitator's panel, made the first time it is wanted. */
    public PhonesConsole console() {
        if (console == null) {
            console = new PhonesConsole(model, messages, qr, () -> panelShown.set(false));
        }
        return console;
    }

    /** A room's screen of its own (the projector window and presentation mode each need one). */
    public PhonesRoomView roomView() {
        return new PhonesRoomView(model, messages, qr);
    }

    /** True while the facilitator's panel is in the board's place. */
    public ReadOnlyBooleanProperty panelShownProperty() {
        return panelShown.getReadOnlyProperty();
    }

    /** True while phones can reach the laptop: the room sees the QR code instead of the board. */
    public BooleanBinding roomShowsCodeBinding() {
        return roomShowsCode;
    }

    /**
     * Vote from phones… (Ctrl+P) for the round being voted on. When that round cannot be voted by
     * phones (it has votes, or its phone vote has closed), offers {@code addRound} (Add a round…),
     * and carries on in the new round once it is added.
     */
    public void open(Window owner, BooleanSupplier addRound) {
        if (!workshop.canChange()) {
            tell(owner, messages.get("phones.readOnly"));
            return;
        }
        Session session = workshop.session();
        int round = session.currentRound().id();
        model.findAddresses();
        if (model.isRoundOpen()) {
            // left open when the workshop or the app closed: the same round carries on
            model.restart();
            panelShown.set(true);
            return;
        }
        PhoneVoting.Refusal early = model.whyNotOpen(org.hurdleboard.domain.VotingRule.APPROVAL);
        if (early == PhoneVoting.Refusal.HAS_VOTES || early == PhoneVoting.Refusal.CLOSED) {
            if (offerNewRound(owner, messages.get("phones.refused." + early.name())) && addRound.getAsBoolean()) {
                open(owner, addRound);
            }
            return;
        }
        if (early != PhoneVoting.Refusal.NONE) {
            tell(owner, messages.get("phones.refused." + early.name()));
            return;
        }
        PhonesDialog.ask(owner, messages, dialogs, session.settings(round), session.details().participants())
                .ifPresent(answer -> {
                    PhoneVoting.Refusal refusal = model.open(answer.rule(), answer.limit());
                    if (refusal == PhoneVoting.Refusal.NONE) {
                        panelShown.set(true);
                    } else {
                        tell(owner, messages.get("phones.refused." + refusal.name()));
                    }
                });
    }

    /** Why phones cannot vote now, and what to do instead: the board is not changed. */
    private void tell(Window owner, String why) {
        dialogs.show(refusal(owner, why, ButtonType.OK));
    }

    /** Why phones cannot vote in this round, with Add a round… beside Cancel: true for Add a round…. */
    private boolean offerNewRound(Window owner, String why) {
        ButtonType add = new ButtonType(messages.get("round.add"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = refusal(owner, why, add, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(add).setId("phonesAddRound");
        return dialogs.show(alert).filter(add::equals).isPresent();
    }

    private Alert refusal(Window owner, String why, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, why, buttons);
        alert.initOwner(owner);
        alert.setTitle(messages.get("phones.dialog.title"));
        alert.setHeaderText(messages.get("phones.dialog.title"));
        alert.getDialogPane().setId("phonesRefused");
        return alert;
    }

    /** The facilitator's panel back in the board's place, while the round is open. */
    public void showPanel() {
        panelShown.set(model.isRoundOpen());
    }

    /** The workshop closes (or the app): the server stops; the round stays open to carry on later. */
    public void stop() {
        model.shutDown();
        background.shutdown();
    }
}
