package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A loan or finance lease for part of a build option's capex (methodology section 11). {@code balloonPctValue} is
 * null when the file leaves it out (no balloon).
 */
public record Financing(FinancingKind kind, BigDecimal financedPct, BigDecimal annualRatePct, int termMonths,
        BigDecimal balloonPctValue) {

    public Financing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(financedPct, "financedPct");
        Objects.requireNonNull(annualRatePct, "annualRatePct");
    }

    public BigDecimal balloonPct() {
        return balloonPctValue == null ? BigDecimal.ZERO : balloonPctValue;
    }

    public Financing withAnnualRatePct(BigDecimal rate) {
        return new Financing(kind, financedPct, rate, termMonths, balloonPctValue);
    }

    public Financing withFinancedPct(BigDecimal pct) {
        return new Financing(kind, pct, annualRatePct, termMonths, balloonPctValue);
    }
}
