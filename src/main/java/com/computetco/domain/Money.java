package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a named currency, kept exactly as entered so a saved file reads back unchanged. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }
}
