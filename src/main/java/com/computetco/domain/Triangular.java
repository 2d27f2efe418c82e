package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A three-point estimate (lead times, the electricity price range): min <= likely <= max. */
public record Triangular(BigDecimal min, BigDecimal likely, BigDecimal max) {
    public Triangular {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(likely, "likely");
        Objects.requireNonNull(max, "max");
    }

    public static Triangular of(String min, String likely, String max) {
        return new Triangular(new BigDecimal(min), new BigDecimal(likely), new BigDecimal(max));
    }

    public static Triangular point(BigDecimal value) {
        return new Triangular(value, value, value);
    }
}
