package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Power price and how the servers draw it. */
public record Electricity(BigDecimal pricePerKwh, BigDecimal pue, BigDecimal loadFactorPct, BigDecimal subsidyPct) {
    public static final BigDecimal DEFAULT_PUE = new BigDecimal("1.3");
    public static final BigDecimal DEFAULT_LOAD_FACTOR_PCT = new BigDecimal("80");

    public Electricity {
        Objects.requireNonNull(pricePerKwh, "pricePerKwh");
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(loadFactorPct, "loadFactorPct");
        Objects.requireNonNull(subsidyPct, "subsidyPct");
    }

    public Electricity withPricePerKwh(BigDecimal price) {
        return new Electricity(price, pue, loadFactorPct, subsidyPct);
    }

    public Electricity withPue(BigDecimal newPue) {
        return new Electricity(pricePerKwh, newPue, loadFactorPct, subsidyPct);
    }
}
