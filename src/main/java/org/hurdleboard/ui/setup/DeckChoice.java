package org.hurdleboard.ui.setup;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.deck.DeckFormatException;
import org.hurdleboard.deck.DeckLibrary;
import org.hurdleboard.deck.DeckProblem;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.FileReasons;
import org.hurdleboard.ui.common.Messages;

/**
 * The deck part of set-up: the built-in decks and the facilitator's own (read in the background),
 * the chosen one, and importing and exporting deck files, with a message saying what happened.
 */
public final class DeckChoice {
    /** A refused deck lists this many problems at most; the rest are counted. */
    static final int PROBLEMS_SHOWN = 6;

    private final AppContext context;
    private final Messages messages;
    private final DeckLibrary library;
    private final ObservableList<Deck> decks = FXCollections.observableArrayList();
    private final ObjectProperty<Deck> deck = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Deck previousCopy;

    DeckChoice(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.library = context.library();
        // the workshop runs in the app's language, so its cards do too: Welsh decks for a Welsh set-up
        decks.setAll(library.builtIn(messages.locale()));
        deck.set(decks.get(0));
        busy.set(true);
        context.background().run(library::own, own -> {
            busy.set(false);
            decks.addAll(own.decks());
            if (!own.unreadable().isEmpty()) {
                problem(messages.get("setup.deck.unreadable", own.unreadable().size(),
                        own.unreadable().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))));
            }
        }, error -> {
            busy.set(false);
            problem(messages.get("setup.deck.folderUnreadable", String.valueOf(error.getMessage())));
        });
    }

    /** The previous workshop's own copy of its deck (with the room's cards), offered first and chosen. */
    void offerPrevious(Deck copy) {
        previousCopy = copy;
        decks.add(0, copy);
        deck.set(copy);
    }

    /** Whether this is the previous workshop's own copy, offered by {@link #offerPrevious}. */
    public boolean isPreviousCopy(Deck candidate) {
        return candidate != null && candidate == previousCopy;
    }

    public ObservableList<Deck> decks() {
        return decks;
    }

    public ObjectProperty<Deck> deckProperty() {
        return deck;
    }

    public boolean isOwn(Deck candidate) {
        return !library.isBuiltIn(candidate);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Checks a deck file and, if it can be used, adds it to the library and chooses it. */
    public void importDeck(Path file) {
        busy.set(true);
        context.background().run(() -> library.importFile(file), imported -> {
            busy.set(false);
            decks.removeIf(d -> d.id().equals(imported.id()));
            decks.add(imported);
            deck.set(imported);
            done(messages.get("setup.deck.imported", imported.title()));
        }, error -> {
            busy.set(false);
            problem(error instanceof DeckFormatException refused
                    ? refusal(file, refused.problems())
                    : messages.get("setup.deck.importUnreadable", file.getFileName(), String.valueOf(error.getMessage())));
        });
    }

    /** Writes the chosen deck to a deck file, to share or to edit in a text editor. */
    public void exportDeck(Path file) {
        Deck chosen = deck.get();
        busy.set(true);
        context.background().run(() -> {
            library.export(chosen, file);
            return file;
        }, written -> {
            busy.set(false);
            done(messages.get("setup.deck.exported", chosen.title(), written.toString()));
        }, error -> {
            busy.set(false);
            problem(messages.get("setup.deck.exportFailed", file.toString(), FileReasons.of(messages, error)));
        });
    }

    /**
     * The chosen deck as a draft for the editor: the facilitator's own deck itself, or a copy of
     * a built-in deck under a new id (a built-in deck is never changed).
     */
    public void startEditing(Consumer<DeckDraft> open) {
        Deck chosen = deck.get();
        busy.set(true);
        context.background().run(() -> isOwn(chosen) ? DeckDraft.of(chosen)
                : DeckDraft.of(chosen).copyAs(library.freeId(chosen.id() + "-copy"),
                        messages.get("setup.deck.copyTitle", chosen.title())), draft -> {
            busy.set(false);
            open.accept(draft);
        }, error -> {
            busy.set(false);
            problem(messages.get("setup.deck.folderUnreadable", String.valueOf(error.getMessage())));
        });
    }

    /** A new deck of the facilitator's own, from nothing, for the editor. */
    public void startNewDeck(Consumer<DeckDraft> open) {
        busy.set(true);
        context.background().run(() -> DeckDraft.start(library.freeId("my-deck"), messages.get("setup.deck.newTitle"),
                messages.get("deckEditor.newCategory"), messages.get("deckEditor.newCard")), draft -> {
            busy.set(false);
            open.accept(draft);
        }, error -> {
            busy.set(false);
            problem(messages.get("setup.deck.folderUnreadable", String.valueOf(error.getMessage())));
        });
    }

    /** A deck the editor saved to the library: it replaces its earlier version here and is chosen. */
    public void saved(Deck saved) {
        int index = -1;
        for (int i = 0; i < decks.size(); i++) {
            if (decks.get(i).id().equals(saved.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            decks.set(index, saved);
        } else {
            decks.add(saved);
        }
        deck.set(saved);
        done(messages.get("setup.deck.savedFromEditor", saved.title()));
    }

    /** A file name for exporting the chosen deck. */
    public String suggestedFileName() {
        return deck.get().id() + ".json";
    }

    private String refusal(Path file, List<DeckProblem> problems) {
        StringBuilder text = new StringBuilder(messages.get("setup.deck.refused", file.getFileName()));
        Locale locale = messages.locale();
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> text.append('\n').append(p.describe(locale)));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append('\n').append(messages.get("setup.deck.moreProblems", problems.size() - PROBLEMS_SHOWN));
        }
        return text.toString();
    }

    private void done(String text) {
        messageIsProblem.set(false);
        message.set(text);
    }

    private void problem(String text) {
        messageIsProblem.set(true);
        message.set(text);
    }
}
