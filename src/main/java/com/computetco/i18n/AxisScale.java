package com.computetco.i18n;

import java.util.Locale;

/**
 * The one 万/million rule for amounts: a Chinese reader sees 万 and 亿 where the 万/亿 setting asks for them
 * (the window's setting, or the report's); everyone else, and a Chinese reader without the setting, sees plain
 * figures with charts in millions.
 */
public enum AxisScale {
    MILLION(1e6, "results.axis.unit.million"),
    WAN(1e4, "results.axis.unit.wan");

    private final double divisor;
    private final String unitKey;

    AxisScale(double divisor, String unitKey) {
        this.divisor = divisor;
        this.unitKey = unitKey;
    }

    /** The scale for a reader of {@code locale} with the 万/亿 setting {@code chineseUnits} (null: off). */
    public static AxisScale of(Locale locale, Boolean chineseUnits) {
        return "zh".equals(locale.getLanguage()) && Boolean.TRUE.equals(chineseUnits) ? WAN : MILLION;
    }

    /** What an amount is divided by on a chart axis. */
    public double divisor() {
        return divisor;
    }

    /** The bundle key of the axis unit ("万" or "million"). */
    public String unitKey() {
        return unitKey;
    }

    /** Whether amounts in text are written in 万 and 亿. */
    public boolean inWan() {
        return this == WAN;
    }

    /** The amount format this scale implies for {@code locale}. */
    public AmountFormat format(Locale locale) {
        return new AmountFormat(locale, inWan());
    }
}
