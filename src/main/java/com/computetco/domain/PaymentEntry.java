package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One instalment of a server quote's payment schedule: {@code pct} of the capex, due {@code afterMonths} after the
 * event. {@code afterMonthsValue} is null when the file leaves it out (0), so the file writes back as it was read.
 */
public record PaymentEntry(BigDecimal pct, PaymentEvent at, Integer afterMonthsValue) {
    public PaymentEntry {
        Objects.requireNonNull(pct, "pct");
        Objects.requireNonNull(at, "at");
    }

    public static PaymentEntry of(String pct, PaymentEvent at, int afterMonths) {
        return new PaymentEntry(new BigDecimal(pct), at, afterMonths);
    }

    public int afterMonths() {
        return afterMonthsValue == null ? 0 : afterMonthsValue;
    }
}
