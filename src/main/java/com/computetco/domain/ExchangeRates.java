package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario's base currency and its rates: how many units of the base currency one unit of another buys.
 *
 * @param base the currency every figure is computed in
 * @param toBase per currency code, its rate to the base; the base itself need not be listed
 */
public record ExchangeRates(String base, Map<String, BigDecimal> toBase) {
    public ExchangeRates {
        Objects.requireNonNull(base, "base");
        toBase = Collections.unmodifiableMap(toBase);
    }

    /** The rate from {@code currency} to the base: exactly 1 for the base itself, empty when none is given. */
    public Optional<BigDecimal> rate(String currency) {
        return currency.equals(base) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(toBase.get(currency));
    }
}
