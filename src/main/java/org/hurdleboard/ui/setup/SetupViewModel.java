package org.hurdleboard.ui.setup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hurdleboard.domain.FollowUps;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.followup.FollowUpSource;

/**
 * The set-up form: what the facilitator types, whether it is valid, and where the file will go.
 * Errors are shown once the facilitator first presses Create, then follow each edit.
 */
public final class SetupViewModel {
    private final AppContext context;
    private final Navigator navigator;
    private final Messages messages;
    private final DeckChoice deckChoice;
    private final FollowUpSource previous;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty team = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date;
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final ObjectProperty<RoundSettings> roundSettings = new SimpleObjectProperty<>(RoundSettings.TALLY);
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty fileChosenByUser = new SimpleBooleanProperty(false);

    private final BooleanProperty showErrors = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teamError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facilitatorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper participantsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUpError = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private boolean settingSuggestedFile;

    public SetupViewModel(AppContext context, Navigator navigator) {
        this(context, navigator, null);
    }

    /**
     * Set-up for a workshop that follows up {@code previous} (or none, when null): its title,
     * team, facilitator, participants, deck (its own copy) and first round's rule are the defaults.
     */
    public SetupViewModel(AppContext context, Navigator navigator, FollowUpSource previous) {
        this.context = context;
        this.navigator = navigator;
        this.messages = context.messages();
        this.previous = previous;
        this.deckChoice = new DeckChoice(context);
        if (previous != null) {
            SessionDetails last = previous.previous().details();
            title.set(last.title());
            team.set(last.team());
            facilitator.set(last.facilitator());
            participants.set(last.participants() == 0 ? "" : String.valueOf(last.participants()));
            RoundSettings first = previous.previous().settings(previous.previous().rounds().get(0).id());
            roundSettings.set(new RoundSettings(first.rule(), first.hideVotes(), java.util.Set.of()));
            deckChoice.offerPrevious(previous.previous().deck());
        }
        this.date = new SimpleObjectProperty<>(LocalDate.now(context.clock()));
        title.addListener((obs, old, now) -> suggestFile());
        date.addListener((obs, old, now) -> suggestFile());
        file.addListener((obs, old, now) -> {
            if (!settingSuggestedFile) {
                fileChosenByUser.set(true);
            }
        });
        suggestFile();
        for (var input : List.of(title, team, facilitator, participants, file)) {
            input.addListener((obs, old, now) -> revalidate());
        }
        date.addListener((obs, old, now) -> revalidate());
        showErrors.addListener((obs, old, now) -> revalidate());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty facilitatorProperty() {
        return facilitator;
    }

    /** How the first round is voted: a show of hands unless the facilitator chooses dots. */
    public ObjectProperty<RoundSettings> roundSettingsProperty() {
        return roundSettings;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    /** The workshop this one follows up, if any. */
    public java.util.Optional<FollowUpSource> previous() {
        return java.util.Optional.ofNullable(previous);
    }

    /** What set-up says of the workshop followed up: its title, date and the actions it carries over. */
    public String followsUp() {
        if (previous == null) {
            return messages.get("setup.followsUp.none");
        }
        Session last = previous.previous();
        return messages.get("setup.followsUp.workshop", last.details().title(),
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(messages.locale()).format(last.details().date()),
                FollowUps.carriedOverCount(last), previous.path().getFileName());
    }

    /** Chooses a previous workshop (a file, or a folder of a series) to follow up: set-up starts again from it. */
    public void followUp(Path fileOrFolder) {
        if (!busy.get()) {
            followUpError.set("");
            navigator.followUp(fileOrFolder, followUpError::set);
        }
    }

    /** Why the workshop chosen to follow up could not be read; empty when nothing failed. */
    public ReadOnlyStringProperty followUpErrorProperty() {
        return followUpError.getReadOnlyProperty();
    }

    public DeckChoice deckChoice() {
        return deckChoice;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teamErrorProperty() {
        return teamError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty facilitatorErrorProperty() {
        return facilitatorError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty participantsErrorProperty() {
        return participantsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The file picked in a file dialog. */
    public void chooseFile(Path chosen) {
        String name = chosen.getFileName().toString();
        file.set(name.endsWith(SessionFile.EXTENSION) ? chosen.toString()
                : chosen.resolveSibling(name + SessionFile.EXTENSION).toString());
    }

    /** The path the file field describes, or the workshops folder when it does not parse. */
    public Path fileOrDefault() {
        Path parsed = parsedFile();
        return parsed != null ? parsed : folder().resolve(SessionFileNames.suggest(date.get(), title.get()));
    }

    public void cancel() {
        navigator.showStart();
    }

    /** Creates the session file and opens its board; returns false (and shows why) when the form is not valid. */
    public boolean create() {
        if (busy.get()) {
            return false;
        }
        showErrors.set(true);
        if (!revalidate()) {
            return false;
        }
        SessionDetails details = new SessionDetails(title.get(), team.get(), date.get(), facilitator.get(),
                participantCount());
        Session session = previous == null
                ? Session.start(details, deckChoice.deckProperty().get(), messages.get("setup.firstQuestion"),
                        roundSettings.get())
                : FollowUps.start(previous.previous(), previous.link(), details, messages.get("setup.firstQuestion"),
                        deckChoice.deckProperty().get(), roundSettings.get());
        Path wanted = parsedFile();
        boolean mayRename = !fileChosenByUser.get();
        busy.set(true);
        navigator.createSession(wanted, session, mayRename, why -> {
            busy.set(false);
            fileError.set(why);
        });
        return true;
    }

    private void suggestFile() {
        if (fileChosenByUser.get()) {
            return;
        }
        settingSuggestedFile = true;
        file.set(folder().resolve(SessionFileNames.suggest(date.get(), title.get())).toString());
        settingSuggestedFile = false;
    }

    /** Where a new file goes by default: beside the workshop it follows up, so a series stays together. */
    private Path folder() {
        Path beside = previous == null ? null : previous.path().getParent();
        return beside != null ? beside : context.home().workshopsFolder();
    }

    private boolean revalidate() {
        String titleProblem = title.get().isBlank() ? messages.get("setup.error.title") : tooLong(title.get());
        String dateProblem = date.get() == null ? messages.get("setup.error.date", LocalDate.now(context.clock()))
                : "";
        String participantsProblem = participantCount() < 0
                ? messages.get("setup.error.participants", SessionDetails.MAX_PARTICIPANTS) : "";
        String fileProblem = fileProblem();
        boolean valid = titleProblem.isEmpty() && dateProblem.isEmpty() && participantsProblem.isEmpty()
                && fileProblem.isEmpty() && tooLong(team.get()).isEmpty() && tooLong(facilitator.get()).isEmpty();
        boolean show = showErrors.get();
        titleError.set(show ? titleProblem : "");
        teamError.set(show ? tooLong(team.get()) : "");
        facilitatorError.set(show ? tooLong(facilitator.get()) : "");
        dateError.set(show ? dateProblem : "");
        participantsError.set(show ? participantsProblem : "");
        fileError.set(show ? fileProblem : "");
        return valid;
    }

    private String tooLong(String text) {
        return text.strip().length() > SessionDetails.MAX_TEXT_LENGTH
                ? messages.get("setup.error.tooLong", SessionDetails.MAX_TEXT_LENGTH) : "";
    }

    private String fileProblem() {
        Path parsed = parsedFile();
        if (parsed == null || parsed.getFileName() == null) {
            return messages.get("setup.error.file");
        }
        if (!parsed.getFileName().toString().endsWith(SessionFile.EXTENSION)) {
            return messages.get("setup.error.fileExtension");
        }
        return "";
    }

    private Path parsedFile() {
        String text = file.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The typed number, 0 when left empty, or -1 when it is not a number in range. */
    private int participantCount() {
        String text = participants.get().strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int count = Integer.parseInt(text);
            return count >= 0 && count <= SessionDetails.MAX_PARTICIPANTS ? count : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
