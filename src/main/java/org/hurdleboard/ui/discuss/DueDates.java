package org.hurdleboard.ui.discuss;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
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

    static String state(ActionState state, Messages messages) {
        return switch (state) {
            case OPEN -> messages.get("actions.state.open");
            case DOING -> messages.get("actions.state.doing");
            case DONE -> messages.get("actions.state.done");
        };
    }
}
