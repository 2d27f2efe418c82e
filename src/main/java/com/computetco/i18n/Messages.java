package com.computetco.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text from the resource bundles (English and Simplified Chinese). Shared by the window, the
 * CLI and the report so that one sentence reads the same everywhere.
 */
public final class Messages {
    private static final String BUNDLE = "com.computetco.i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        // Java 9+ reads .properties bundles as UTF-8, so the Chinese bundle is stored as plain UTF-8 text.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(supported(locale));
    }

    /** English unless the locale is Chinese: the two languages the bundles carry. */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The text for a key; a missing key is a programming error and fails loudly. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key " + key + " for " + locale, e);
        }
    }

    public String format(String key, Object... args) {
        MessageFormat format = new MessageFormat(get(key), locale);
        return format.format(args);
    }
}
