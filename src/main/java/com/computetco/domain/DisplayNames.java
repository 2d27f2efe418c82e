package com.computetco.domain;

import java.util.Locale;

/**
 * The names a reader sees: in Chinese, a scenario's {@code nameZh} and each option's {@code labelZh} where the file
 * gives one, else the English name. Applied to a copy handed to the engine and the report, never to the scenario
 * being edited, so that a save always writes both names back as they were.
 */
public final class DisplayNames {
    private DisplayNames() {
    }

    /** Whether texts in this locale should use the Chinese names. */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** The scenario with its display names for {@code locale}; the same instance when nothing changes. */
    public static Scenario forLocale(Scenario scenario, Locale locale) {
        return isChinese(locale) ? inChinese(scenario) : scenario;
    }

    /** The scenario's name for {@code locale}. */
    public static String name(Scenario scenario, Locale locale) {
        return isChinese(locale) && !scenario.nameZh().isBlank() ? scenario.nameZh() : scenario.name();
    }

    /** The option's label for {@code locale}. */
    public static String label(Option option, Locale locale) {
        return isChinese(locale) && !option.labelZh().isBlank() ? option.labelZh() : option.label();
    }

    private static Scenario inChinese(Scenario scenario) {
        boolean anyLabel = scenario.options().stream().anyMatch(o -> !o.labelZh().isBlank());
        if (scenario.nameZh().isBlank() && !anyLabel) {
            return scenario;
        }
        Scenario named = scenario.nameZh().isBlank() ? scenario : scenario.withName(scenario.nameZh());
        return anyLabel
                ? named.withOptions(named.options().stream()
                        .map(o -> o.labelZh().isBlank() ? o : o.withLabels(o.labelZh(), o.labelZh()))
                        .toList())
                : named;
    }
}
