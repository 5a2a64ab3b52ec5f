package org.hurdleboard.ui.discuss;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.ui.common.Messages;

/** Due dates as the facilitator types them (31/1/2027 or 2027-01-31) and as the room reads them. */
final class DueDates {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT);

    private DueDates() {
    }

    /** Empty text is no date; text that is not a date is empty too, and {@link #isValid} says so. */
    static Optional<LocalDate> parse(String text) {
        String trimmed = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {TYPED, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    static boolean isValid(String text) {
        return text.isBlank() || parse(text).isPresent();
    }

    /** As typed: what an edit field shows. */
    static String typed(LocalDate date) {
        return date == null ? "" : TYPED.format(date);
    }

    /** For reading: "31 Jan 2027" in the app's language. */
    static String shown(LocalDate date, Messages messages) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(date);
    }

    /**
     * Makes a due-date field wide enough for its hint and never narrower, whatever else shares its
     * row: a hint cut to "31/1/202" teaches the wrong way to type a date.
     */
    static void fitHint(TextField field) {
        field.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fit = () -> {
            Text hint = new Text(field.getPromptText() == null ? "" : field.getPromptText());
            hint.setFont(field.getFont());
            // the field's padding and border, and a character to spare for the caret
            field.setPrefWidth(Math.ceil(hint.getLayoutBounds().getWidth() + field.getFont().getSize() * 2));
        };
        field.fontProperty().addListener((obs, old, font) -> fit.run());
        field.promptTextProperty().addListener((obs, old, text) -> fit.run());
        fit.run();
    }

    static String state(ActionState state, Messages messages) {
        return switch (state) {
            case OPEN -> messages.get("actions.state.open");
            case DOING -> messages.get("actions.state.doing");
            case DONE -> messages.get("actions.state.done");
        };
    }
}
