package org.hurdleboard.ui.phones;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hurdleboard.ui.common.Messages;

/**
 * What the room sees while phones vote, on the projector or in presentation mode: a large QR code,
 * the short address to type, the room code, and how many phones have voted. Never a card's count.
 * Sized from the screen's height, so it reads from the back of the room at 1280x720 as at 1080p.
 */
public final class PhonesRoomView {
    /** The headline as a share of the screen's height: 43 px on a 1080 px projector. */
    private static final double HEADLINE_SHARE = 0.04;
    private final HBox root = new HBox();

    public PhonesRoomView(PhoneRoundModel model, Messages messages, QrMatrix.Maker qr) {
        root.setId("phonesRoom");
        root.getStyleClass().addAll("phones-room", "room-screen");
        QrPicture code = new QrPicture(model.linkProperty(), qr, messages.get("phones.room.qr"));
        code.setId("phonesRoomQr");
        // as tall as the screen allows, beside the words
        code.prefHeightProperty().bind(root.heightProperty().multiply(0.86));
        code.prefWidthProperty().bind(code.prefHeightProperty());
        code.setMinSize(0, 0);

        Label heading = label("phonesRoomHeading", "phones-room-heading", messages.get("phones.room.heading"));
        Label scan = label("phonesRoomScan", "phones-room-line", messages.get("phones.room.scan"));
        Label type = label("phonesRoomType", "phones-room-line", messages.get("phones.typeAddress"));
        Label address = label("phonesRoomAddress", "phones-room-address", "");
        address.textProperty().bind(model.addressProperty());
        Label code2 = label("phonesRoomCode", "phones-room-address", "");
        code2.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("phones.roomCode", spaced(model.roomCodeProperty().get())), model.roomCodeProperty()));
        Label ballots = label("phonesRoomBallots", "phones-room-ballots", "");
        ballots.textProperty().bind(BallotsText.of(model, messages));
        VBox words = new VBox(heading, scan, type, address, code2, ballots);
        words.getStyleClass().add("phones-room-words");
        words.setAlignment(Pos.CENTER_LEFT);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "-fx-font-size: %.1fpx;", Math.max(16, root.getHeight() * HEADLINE_SHARE)), root.heightProperty()));
        root.getChildren().addAll(code, words);
        root.setAlignment(Pos.CENTER);
        root.setSpacing(48);
        root.setPadding(new Insets(24, 48, 24, 48));
        root.setMouseTransparent(true);
    }

    public Parent root() {
        return root;
    }

    private static Label label(String id, String style, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    /** "K7P 2QX": a code read across a room is read in threes. */
    static String spaced(String code) {
        return code.length() == 6 ? code.substring(0, 3) + " " + code.substring(3) : code;
    }
}
