package com.computetco.rules;

import java.math.BigDecimal;

/** How a decimal is shown in a saved file and in messages: plainly, unless that would be absurdly long. */
public final class DecimalText {
    /** Beyond this many characters a plain form (1e-300 as 0.000...1) helps nobody. */
    public static final int MAX_PLAIN_LENGTH = 40;

    private DecimalText() {
    }

    public static String format(BigDecimal value) {
        // Estimated before calling toPlainString, which for 1E+999999999 would build a gigabyte string.
        long scale = value.scale();
        long precision = value.precision();
        long plainLength = scale <= 0 ? precision - scale : Math.max(precision, scale) + 2;
        return plainLength <= MAX_PLAIN_LENGTH ? value.toPlainString() : value.toString();
    }
}
