package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A uniform range for the Monte Carlo: min <= max. */
public record MinMax(BigDecimal min, BigDecimal max) {
    public MinMax {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    public static MinMax of(String min, String max) {
        return new MinMax(new BigDecimal(min), new BigDecimal(max));
    }
}
