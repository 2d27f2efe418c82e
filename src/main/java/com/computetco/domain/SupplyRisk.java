package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The chance that a build option's delivery slips further, and by how much (methodology section 7). */
public record SupplyRisk(BigDecimal probabilityPct, MinMax extraDelayMonths) {
    public SupplyRisk {
        Objects.requireNonNull(probabilityPct, "probabilityPct");
        Objects.requireNonNull(extraDelayMonths, "extraDelayMonths");
    }

    public SupplyRisk withProbabilityPct(BigDecimal pct) {
        return new SupplyRisk(pct, extraDelayMonths);
    }
}
