package org.hurdleboard.ui.board;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hurdleboard.ui.common.Messages;

/**
 * At the top of the voting column in a dot vote (so the board keeps its height): whose turn it is ("Participant 7 of 18", anonymous), the
 * dots they have left, the card number being typed (hidden as dots while votes are), why a dot
 * was refused, and the button that passes to the next participant (Enter does the same).
 */
final class TurnStrip extends VBox {
    TurnStrip(VotingModel voting, Messages messages) {
        setId("turnStrip");
        getStyleClass().add("turn-strip");
        setAlignment(Pos.TOP_LEFT);
        Label turn = new Label();
        turn.setId("turn");
        turn.getStyleClass().add("turn-participant");
        turn.textProperty().bind(voting.turnTextProperty());
        turn.setWrapText(true);
        Label dots = new Label();
        dots.setId("dotsLeft");
        dots.getStyleClass().add("turn-dots");
        dots.textProperty().bind(voting.dotsTextProperty());

        Label typed = new Label();
        typed.setId("typedCard");
        typed.getStyleClass().add("turn-typed");
        typed.textProperty().bind(voting.typedCardProperty());
        typed.setWrapText(true);
        Label notice = new Label();
        notice.setId("voteNotice");
        notice.getStyleClass().add("turn-notice");
        notice.textProperty().bind(voting.noticeProperty());
        notice.setWrapText(true);
        Button pass = new Button(messages.get("vote.pass"));
        pass.setId("passTurn");
        pass.setMaxWidth(Double.MAX_VALUE);
        pass.setAccessibleHelp(messages.get("vote.pass.help"));
        pass.setFocusTraversable(false);
        pass.setOnAction(event -> voting.pass());
        pass.disableProperty().bind(voting.dotsTextProperty().isEmpty());
        getChildren().addAll(turn, dots, typed, pass, notice);
        visibleProperty().bind(voting.dotRoundProperty());
        managedProperty().bind(visibleProperty());
    }
}
