package com.computetco.ui.fields;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a number as people type it: "2,700,000", "2 700 000", "2.7e6", and in Chinese "270万" or "1.8亿".
 * The value is kept exactly as typed (a BigDecimal), so what is saved is what was entered.
 */
public final class NumberText {
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");

    private NumberText() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace(",", "").replace("，", "").replace("_", "").replace(" ", "")
                .replace("\u00a0", "").replace("\u202f", "");
        BigDecimal multiplier = BigDecimal.ONE;
        if (cleaned.endsWith("万")) {
            multiplier = WAN;
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        } else if (cleaned.endsWith("亿")) {
            multiplier = YI;
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        if (cleaned.isEmpty() || !cleaned.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,4})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(cleaned);
        return Optional.of(multiplier.equals(BigDecimal.ONE) ? value : value.multiply(multiplier).stripTrailingZeros());
    }

    /** How a stored number is shown in an edit field: plain digits, no exponent, no grouping. */
    public static String format(BigDecimal value) {
        return value.toPlainString();
    }
}
