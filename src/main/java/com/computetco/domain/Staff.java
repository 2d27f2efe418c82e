package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The engineers whose productivity a platform switch affects, and what an engineer-month costs. */
public record Staff(int engineers, BigDecimal monthlyCostPerEngineer) {
    public Staff {
        Objects.requireNonNull(monthlyCostPerEngineer, "monthlyCostPerEngineer");
    }

    public static Staff none() {
        return new Staff(0, BigDecimal.ZERO);
    }
}
