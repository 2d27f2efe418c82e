package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * X(money) of the methodology: the amount in the base currency, as the engine and the report compute it
     * (in double: amount × rate, each rounded to a double first, so every figure matches the worked examples).
     *
     * @throws IllegalArgumentException when the rates give none for this currency
     */
    public double inBase(ExchangeRates rates) {
        double value = amount.doubleValue();
        if (currency.equals(rates.base())) {
            return value;
        }
        return value * rates.rate(currency).orElseThrow(() -> new IllegalArgumentException(
                "no exchange rate for \"" + currency + "\"")).doubleValue();
    }

    /**
     * This amount, exactly, in the base currency (Joda-Money's {@code convertedTo}); empty when the rates give
     * none for this currency. For lists that show the converted amount beside the quoted one.
     */
    public Optional<Money> convertedToBase(ExchangeRates rates) {
        return rates.rate(currency).map(rate -> convertedTo(rates.base(), rate));
    }

    /** This amount converted with {@code multiplier} into {@code target}, exactly. */
    public Money convertedTo(String target, BigDecimal multiplier) {
        Objects.requireNonNull(target, "target");
        if (multiplier.signum() < 0) {
            throw new IllegalArgumentException("a negative conversion multiplier: " + multiplier);
        }
        return new Money(amount.multiply(multiplier), target);
    }
}
