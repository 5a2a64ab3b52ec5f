package org.hurdleboard.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's words, from {@code org/hurdleboard/cli/cli-messages.properties}. */
final class CliText {
    static final String BUNDLE = "org.hurdleboard.cli.cli-messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    CliText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    Locale locale() {
        return locale;
    }
}
