package org.hurdleboard.ui.phones;

import java.net.URI;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hurdleboard.phone.NetworkChoice;
import org.hurdleboard.phone.PhoneServer;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.ScrollPanes;
import org.hurdleboard.ui.phones.PhoneRoundModel.State;

/**
 * The facilitator's panel while phones vote, on the laptop in the board's place: the address
 * (chosen from the network doctor's list, recommended first, with the adapter's name), the QR code
 * and room code the room sees, Test with one phone, how many phones have voted, Close voting, and
 * in plain words what to do when phones cannot reach the laptop.
 */
public final class PhonesConsole {
    private final PhoneRoundModel model;
    private final Messages messages;
    private final VBox content = new VBox(14);
    private final ScrollPane root = ScrollPanes.uncached(content);
    private final VBox advice = new VBox(8);
    private final Button close;
    private final Button test;
    private final ComboBox<NetworkChoice> addressChoice;
    private boolean testing;

    /** {@code showBoard} puts the board back while voting stays open. */
    public PhonesConsole(PhoneRoundModel model, Messages messages, QrMatrix.Maker qr, Runnable showBoard) {
        this.model = model;
        this.messages = messages;
        root.setId("phonesConsole");
        root.getStyleClass().add("phones-console");
        root.setFitToWidth(true);
        content.setPadding(new Insets(20, 28, 20, 28));

        Label title = new Label(messages.get("phones.title"));
        title.getStyleClass().add("session-title");
        title.setId("phonesTitle");
        Label state = new Label();
        state.setId("phonesState");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(() -> messages.get("phones.state."
                + model.stateProperty().get().name()), model.stateProperty()));

        ComboBox<NetworkChoice> address = new ComboBox<>(model.choices());
        addressChoice = address;
        address.setId("phonesAddressChoice");
        address.valueProperty().bindBidirectional(model.chosenProperty());
        address.setCellFactory(list -> choiceCell());
        address.setButtonCell(choiceCell());
        address.setAccessibleText(messages.get("phones.address"));
        Label addressLabel = new Label(messages.get("phones.address"));
        addressLabel.setLabelFor(address);
        HBox addressRow = new HBox(8, addressLabel, address);
        addressRow.setAlignment(Pos.CENTER_LEFT);

        QrPicture code = new QrPicture(model.linkProperty(), qr, messages.get("phones.room.qr"));
        code.setId("phonesConsoleQr");
        code.setPrefSize(220, 220);
        code.setMinSize(220, 220);
        Label link = big("phonesAddress", model.addressProperty().get());
        link.textProperty().bind(model.addressProperty());
        Label roomCode = big("phonesRoomCode", "");
        roomCode.textProperty().bind(Bindings.createStringBinding(() -> model.roomCodeProperty().get().isEmpty() ? ""
                : messages.get("phones.roomCode", PhonesRoomView.spaced(model.roomCodeProperty().get())),
                model.roomCodeProperty()));
        Label ballots = big("phonesBallots", "");
        ballots.textProperty().bind(Bindings.createStringBinding(() -> BallotsText.text(model.ballotsInProperty().get(),
                messages) + " \u00b7 " + messages.get("phones.ballotsOf", model.maxBallots()), model.ballotsInProperty()));
        VBox words = new VBox(8, new Label(messages.get("phones.typeAddress")), link, roomCode, ballots);
        HBox shown = new HBox(20, code, words);
        shown.setAlignment(Pos.CENTER_LEFT);
        shown.visibleProperty().bind(model.stateProperty().isEqualTo(State.OPEN));
        shown.managedProperty().bind(shown.visibleProperty());

        test = new Button(messages.get("phones.test"));
        test.setId("phonesTest");
        Label tested = new Label();
        tested.setId("phonesTestResult");
        tested.setWrapText(true);
        test.setOnAction(event -> {
            testing = true;
            updateTest(tested);
        });
        model.phonesReachedProperty().addListener((obs, old, now) -> updateTest(tested));
        test.disableProperty().bind(model.stateProperty().isNotEqualTo(State.OPEN));

        close = new Button(messages.get("phones.close"));
        close.setId("phonesClose");
        close.setOnAction(event -> model.closeVoting());
        Button board = new Button(messages.get("phones.showBoard"));
        board.setId("phonesShowBoard");
        board.setOnAction(event -> showBoard.run());
        Button again = new Button(messages.get("phones.tryAgain"));
        again.setId("phonesTryAgain");
        again.setOnAction(event -> {
            model.findAddresses();
            model.restart();
        });
        again.visibleProperty().bind(model.stateProperty().isEqualTo(State.FAILED));
        again.managedProperty().bind(again.visibleProperty());
        HBox buttons = new HBox(10, close, board, again);
        HBox testRow = new HBox(10, test, tested);
        testRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tested, Priority.ALWAYS);

        advice.setId("phonesAdvice");
        advice.getStyleClass().add("phones-advice");
        for (Observable input : new Observable[] {model.stateProperty(), model.choices(), model.chosenProperty(),
            model.phonesReachedProperty(), model.failureProperty(), model.addressProperty()}) {
            input.addListener(changed -> updateAdvice());
        }
        updateAdvice();
        content.getChildren().addAll(title, state, addressRow, shown, testRow, buttons, advice);
    }

    public Parent root() {
        return root;
    }

    /**
     * The keyboard starts on Test with one phone (or the address, before the server is up), never
     * on Close voting: the Enter that opened voting must not close it as it is let go.
     */
    public void focus() {
        (test.isDisabled() ? addressChoice : test).requestFocus();
    }

    private Label big(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("phones-console-big");
        label.setWrapText(true);
        return label;
    }

    private void updateTest(Label tested) {
        if (!testing) {
            tested.setText("");
        } else if (model.phonesReachedProperty().get() > 0) {
            tested.setText(messages.get("phones.test.reached"));
        } else {
            tested.setText(messages.get("phones.test.waiting"));
        }
    }

    private void updateAdvice() {
        advice.getChildren().clear();
        for (String key : NetworkDoctor.advice(model.choices(), model.chosenProperty().get(),
                model.stateProperty().get() == State.FAILED && !model.failureProperty().get().isEmpty(),
                model.phonesReachedProperty().get())) {
            Label words = new Label(messages.get(key, key.endsWith("failed") ? model.failureProperty().get() : port()));
            words.setWrapText(true);
            words.setMaxWidth(900);
            advice.getChildren().add(words);
        }
    }

    private String port() {
        String address = model.addressProperty().get();
        int port = address.isEmpty() ? -1 : URI.create(address).getPort();
        return String.valueOf(port > 0 ? port : PhoneServer.PREFERRED_PORT);
    }

    private ListCell<NetworkChoice> choiceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(NetworkChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : messages.get(item.recommended() ? "phones.address.recommended"
                        : "phones.address.other", item.address().getHostAddress(), item.adapter()));
            }
        };
    }
}
