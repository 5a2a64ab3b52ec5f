package org.hurdleboard.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The app's texts, from {@code org/hurdleboard/ui/messages.properties} and its translations. */
public final class Messages {
    private static final String BUNDLE = "org.hurdleboard.ui.messages";
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        // no fallback to the computer's locale: English chosen on a Welsh laptop stays English
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * A text with its {0}, {1}... filled in. Each text's format is parsed once: the board fills
     * some on every vote, and parsing (with its number formats) was most of the cost. A format is
     * not thread-safe, and background work fills texts too, so each is used by one thread at a time.
     */
    public String get(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, unparsed -> new MessageFormat(bundle.getString(unparsed), locale));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The locale dates and numbers are written in. */
    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
