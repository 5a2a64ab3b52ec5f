package org.hurdleboard.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words printed on a wall kit, from {@code org/hurdleboard/report/wallkit-messages}, in the
 * deck's own language when there is a translation (Welsh), else in English: the kit reads in the
 * language of its cards, whatever the computer's language is.
 */
final class WallKitText {
    private static final String BUNDLE = "org.hurdleboard.report.wallkit-messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    WallKitText(String deckLanguage) {
        Locale wanted = Locale.forLanguageTag(deckLanguage == null ? "en" : deckLanguage);
        this.locale = "cy".equals(wanted.getLanguage()) ? wanted : Locale.UK;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
