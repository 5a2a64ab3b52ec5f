package org.hurdleboard.ui.board;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hurdleboard.ui.common.Messages;

/**
 * Above the selected card in a dot vote: whose turn it is ("Participant 7 of 18", anonymous), the
 * dots they have left, the card number being typed (hidden as dots while votes are), why a dot
 * was refused, and the button that passes to the next participant (Enter does the same).
 */
final class TurnStrip extends HBox {
    TurnStrip(VotingModel voting, Messages messages) {
        setId("turnStrip");
        getStyleClass().add("turn-strip");
        setAlignment(Pos.CENTER_LEFT);
        Label turn = new Label();
        turn.setId("turn");
        turn.getStyleClass().add("turn-participant");
        turn.textProperty().bind(voting.turnTextProperty());
        turn.setMinWidth(Region.USE_PREF_SIZE);
        Label dots = new Label();
        dots.setId("dotsLeft");
        dots.getStyleClass().add("turn-dots");
        dots.textProperty().bind(voting.dotsTextProperty());
        dots.setMinWidth(Region.USE_PREF_SIZE);
        Label typed = new Label();
        typed.setId("typedCard");
        typed.getStyleClass().add("turn-typed");
        typed.textProperty().bind(voting.typedCardProperty());
        typed.setMinWidth(Region.USE_PREF_SIZE);
        Label notice = new Label();
        notice.setId("voteNotice");
        notice.getStyleClass().add("turn-notice");
        notice.textProperty().bind(voting.noticeProperty());
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        Button pass = new Button(messages.get("vote.pass"));
        pass.setId("passTurn");
        pass.setMinWidth(Region.USE_PREF_SIZE);
        pass.setAccessibleHelp(messages.get("vote.pass.help"));
        pass.setFocusTraversable(false);
        pass.setOnAction(event -> voting.pass());
        pass.disableProperty().bind(voting.dotsTextProperty().isEmpty());
        getChildren().addAll(turn, dots, typed, notice, pass);
        visibleProperty().bind(voting.dotRoundProperty());
        managedProperty().bind(visibleProperty());
    }
}
