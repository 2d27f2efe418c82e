package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The months a team needs to become productive on a platform, and the share of output lost meanwhile. */
public record Retraining(BigDecimal months, BigDecimal productivityLossPct, MinMax monthsRange) {
    public static final BigDecimal DEFAULT_LOSS_PCT = new BigDecimal("50");

    public Retraining {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(productivityLossPct, "productivityLossPct");
    }

    public static Retraining none() {
        return new Retraining(BigDecimal.ZERO, DEFAULT_LOSS_PCT, null);
    }

    public Optional<MinMax> range() {
        return Optional.ofNullable(monthsRange);
    }
}
