package org.hurdleboard.ui.deckeditor;

import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.report.WallKit;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Theme;
import org.hurdleboard.ui.wallkit.WallKitDialog;
import org.hurdleboard.ui.wallkit.WallKitModel;

/**
 * The deck editor in a window of its own over set-up, so whatever the facilitator typed there
 * is still there when the deck is saved and the editor closed.
 */
public final class DeckEditorWindow {
    private DeckEditorWindow() {
    }

    public static Stage open(Window owner, AppContext context, DeckDraft draft, Consumer<Deck> onSaved) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        DeckEditorViewModel model = new DeckEditorViewModel(draft, context.messages(), context.library(),
                context.background(), onSaved);
        Runnable close = () -> {
            if (model.hasUnsavedChanges()) {
                confirmClose(stage, context);
            } else {
                stage.close();
            }
        };
        Messages messages = context.messages();
        DeckEditorView view = new DeckEditorView(model, messages, close, deck -> new WallKitDialog(new WallKitModel(
                WallKit.of(deck), WallKitModel.suggestedFile(context.home().workshopsFolder(), deck.title(), messages),
                context.background(), messages), messages, context.dialogs()).show(stage));
        stage.setOnCloseRequest(event -> {
            event.consume();
            close.run();
        });
        // the laptop's screen, as the console's: a projector may be the system's primary screen
        Rectangle2D screen = context.displays().workArea();
        Scene scene = new Scene(view.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        context.themes().style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.draftProperty().map(
                d -> context.messages().get("deckEditor.windowTitle", d.title())));
        stage.getIcons().setAll(Theme.icons());
        stage.show();
        return stage;
    }

    /** Asks before edits are lost; without waiting, so nothing else stops while the question is open. */
    private static void confirmClose(Stage stage, AppContext context) {
        Messages messages = context.messages();
        ButtonType discard = new ButtonType(messages.get("deckEditor.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("deckEditor.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("deckEditor.unsaved"), keep, discard);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("deckEditor.unsaved.title"));
        alert.resultProperty().addListener((obs, old, answer) -> {
            if (discard.equals(answer)) {
                stage.close();
            }
        });
        context.dialogs().style(alert);
        alert.show();
    }
}
