package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The engineers whose productivity a platform switch affects, and what an engineer-month costs.
 * {@code annualCostChangePctValue} (schema version 2) is null when the file leaves it out: wages stay flat.
 */
public record Staff(int engineers, BigDecimal monthlyCostPerEngineer, BigDecimal annualCostChangePctValue) {
    public Staff {
        Objects.requireNonNull(monthlyCostPerEngineer, "monthlyCostPerEngineer");
    }

    /** Flat wages (the version-1 fields only). */
    public Staff(int engineers, BigDecimal monthlyCostPerEngineer) {
        this(engineers, monthlyCostPerEngineer, null);
    }

    public static Staff none() {
        return new Staff(0, BigDecimal.ZERO);
    }

    /** The wage change at each year boundary in %, 0 when not given. */
    public BigDecimal annualCostChangePct() {
        return annualCostChangePctValue == null ? BigDecimal.ZERO : annualCostChangePctValue;
    }

    public Staff withAnnualCostChangePct(BigDecimal pct) {
        return new Staff(engineers, monthlyCostPerEngineer, pct);
    }
}
