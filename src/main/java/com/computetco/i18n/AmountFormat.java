package com.computetco.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats figures for people: money with grouping and the currency code, months and percentages with one
 * decimal. Optionally in 万 and 亿, as Chinese buyers read prices ("270万"). Rounds only for display.
 */
public final class AmountFormat {
    private static final double WAN = 1e4;
    private static final double YI = 1e8;
    private final Locale locale;
    private final boolean chineseUnits;

    public AmountFormat(Locale locale, boolean chineseUnits) {
        this.locale = locale;
        this.chineseUnits = chineseUnits;
    }

    public Locale locale() {
        return locale;
    }

    /** A whole amount with grouping: 43,881,785 (or 4,388.18万 in Chinese units). */
    public String amount(double value) {
        if (chineseUnits && Math.abs(value) >= YI) {
            return decimals(value / YI, 2) + "亿";
        }
        if (chineseUnits && Math.abs(value) >= WAN) {
            return decimals(value / WAN, 2) + "万";
        }
        return decimals(value, 0);
    }

    /** An amount followed by the currency code: "43,881,785 CNY". */
    public String money(double value, String currency) {
        return amount(value) + " " + currency;
    }

    /**
     * A short amount for sentences and axis labels: "43.9 million", "4,388万". Chinese follows one scale rule
     * everywhere: in 万 and 亿 only when they are chosen (as the table, the axes and the risk tab do), else the
     * plain grouped amount, so the verdict never speaks 万 above a table in plain 元.
     */
    public String compact(double value) {
        double abs = Math.abs(value);
        if ("zh".equals(locale.getLanguage()) && !chineseUnits) {
            return decimals(value, 0);
        }
        if ("zh".equals(locale.getLanguage())) {
            if (abs >= YI) {
                return decimals(value / YI, 2) + "亿";
            }
            if (abs >= WAN) {
                return decimals(value / WAN, abs >= 1e6 ? 0 : 1) + "万";
            }
            return decimals(value, 0);
        }
        if (abs >= 1e9) {
            return decimals(value / 1e9, 2) + " billion";
        }
        if (abs >= 1e6) {
            return decimals(value / 1e6, 1) + " million";
        }
        return decimals(value, 0);
    }

    public String decimals(double value, int places) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(clean(value, places));
    }

    public String months(Double value) {
        return value == null ? "—" : decimals(value, 1);
    }

    public String percent(Double value) {
        return value == null ? "—" : decimals(value, 1) + "%";
    }

    /** Avoids "-0" after rounding and formats the double's decimal value, not its binary expansion. */
    private static BigDecimal clean(double value, int places) {
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(places) : rounded;
    }

    /** A plain number as a user would type it back in this locale, with no grouping. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
