package org.hurdleboard.ui.deckeditor;

import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Theme;

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
        DeckEditorView view = new DeckEditorView(model, context.messages(), stage::close);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.draftProperty().map(
                d -> context.messages().get("deckEditor.windowTitle", d.title())));
        stage.getIcons().setAll(Theme.icons());
        stage.show();
        return stage;
    }
}
