package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Power price and how the servers draw it. {@code annualPriceChangePctValue} (schema version 2) is null when the
 * file leaves it out: the tariff then stays flat.
 */
public record Electricity(BigDecimal pricePerKwh, BigDecimal pue, BigDecimal loadFactorPct, BigDecimal subsidyPct,
        BigDecimal annualPriceChangePctValue) {
    public static final BigDecimal DEFAULT_PUE = new BigDecimal("1.3");
    public static final BigDecimal DEFAULT_LOAD_FACTOR_PCT = new BigDecimal("80");

    public Electricity {
        Objects.requireNonNull(pricePerKwh, "pricePerKwh");
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(loadFactorPct, "loadFactorPct");
        Objects.requireNonNull(subsidyPct, "subsidyPct");
    }

    /** A flat tariff (the version-1 fields only). */
    public Electricity(BigDecimal pricePerKwh, BigDecimal pue, BigDecimal loadFactorPct, BigDecimal subsidyPct) {
        this(pricePerKwh, pue, loadFactorPct, subsidyPct, null);
    }

    /** The tariff change at each year boundary in %, 0 when not given. */
    public BigDecimal annualPriceChangePct() {
        return annualPriceChangePctValue == null ? BigDecimal.ZERO : annualPriceChangePctValue;
    }

    public Electricity withPricePerKwh(BigDecimal price) {
        return new Electricity(price, pue, loadFactorPct, subsidyPct, annualPriceChangePctValue);
    }

    public Electricity withPue(BigDecimal newPue) {
        return new Electricity(pricePerKwh, newPue, loadFactorPct, subsidyPct, annualPriceChangePctValue);
    }

    public Electricity withAnnualPriceChangePct(BigDecimal pct) {
        return new Electricity(pricePerKwh, pue, loadFactorPct, subsidyPct, pct);
    }
}
