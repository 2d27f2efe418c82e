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

    /** The bundles every text comes from, for a check over all of them. */
    static List<String> bundleNames() {
        return BUNDLES;
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

    /**
     * A remark in brackets after a name: full-width brackets with no space in Chinese, where a half-width
     * bracket after a space reads as a stray English fragment; " (remark)" in English.
     */
    public String parenthetical(String remark) {
        return isChinese() ? "（" + remark + "）" : " (" + remark + ")";
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

    /**
     * The currency as a sentence names it: in Chinese, 元 for CNY (the key {@code currency.unit.CODE}, shared with
     * the units of the fields); otherwise the code.
     */
    public String currencyWord(String code) {
        String key = "currency.unit." + code;
        return isChinese() && has(key) ? get(key) : code;
    }

    /**
     * A generated Chinese sentence written to the house style: an amount scaled with 万 or 亿 takes 元 without a
     * space ("6,749万元"; a plain "67,492,500 元" keeps its space between digits and characters, as elsewhere),
     * and no space is left between two Chinese characters where a pattern's space met a value that starts with
     * one ("不低于 每P每年" becomes "不低于每P每年").
     */
    public String tidy(String sentence) {
        return isChinese() ? HAN_SPACE_HAN.matcher(sentence).replaceAll("$1$2") : sentence;
    }

    private static final java.util.regex.Pattern HAN_SPACE_HAN =
            java.util.regex.Pattern.compile("(\\p{IsHan}) (\\p{IsHan})");
}
