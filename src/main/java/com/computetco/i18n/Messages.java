package com.computetco.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text from the resource bundles (English and Simplified Chinese). Shared by the window, the
 * CLI and the report so that one sentence reads the same everywhere.
 */
public final class Messages {
    /** One bundle per area, so that each area's texts live in their own file. */
    private static final List<String> BUNDLES = List.of("messages", "fields", "results", "quotes", "window", "risk", "report", "template",
            "terms", "presets");
    private final List<ResourceBundle> bundles;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        // Java 9+ reads .properties bundles as UTF-8, so the Chinese bundle is stored as plain UTF-8 text.
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle("com.computetco.i18n." + name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))).toList();
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

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The text for a key; a missing key is a programming error and fails loudly. */
    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("missing message key " + key + " for " + locale, "Messages", key);
    }

    public String format(String key, Object... args) {
        MessageFormat format = new MessageFormat(get(key), locale);
        return format.format(args);
    }
}
