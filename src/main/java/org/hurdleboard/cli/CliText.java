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
        // no fallback to the computer's language: --language en is English on a Welsh computer
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number ? args[i] : visible(String.valueOf(args[i]));
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * Text from a file (a title, a name, a path) as it may be printed to a terminal: control
     * characters, which could move the cursor or restyle the terminal, and characters that
     * reorder or hide text are shown as their code ("\u001B") instead.
     */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                shown.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || lone || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    Locale locale() {
        return locale;
    }

    /** The words of the help, for picocli. */
    ResourceBundle bundle() {
        return bundle;
    }
}
