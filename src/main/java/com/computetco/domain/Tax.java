package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The scenario's tax block (methodology section 13): income tax, VAT recovery and depreciation. */
public record Tax(BigDecimal incomeTaxRatePct, boolean vatRecoverable, int vatRecoveryLagMonths,
        BigDecimal electricityVatRatePct, BigDecimal colocationVatRatePct, int depreciationYears,
        BigDecimal immediateExpensingLimit) {

    public static final BigDecimal DEFAULT_INCOME_TAX_RATE_PCT = new BigDecimal("25");
    public static final int DEFAULT_VAT_RECOVERY_LAG_MONTHS = 1;
    public static final BigDecimal DEFAULT_ELECTRICITY_VAT_RATE_PCT = new BigDecimal("13");
    public static final BigDecimal DEFAULT_COLOCATION_VAT_RATE_PCT = new BigDecimal("6");
    public static final int DEFAULT_DEPRECIATION_YEARS = 3;

    public Tax {
        Objects.requireNonNull(incomeTaxRatePct, "incomeTaxRatePct");
        Objects.requireNonNull(electricityVatRatePct, "electricityVatRatePct");
        Objects.requireNonNull(colocationVatRatePct, "colocationVatRatePct");
        Objects.requireNonNull(immediateExpensingLimit, "immediateExpensingLimit");
    }

    /** Every field at its default. */
    public static Tax defaults() {
        return new Tax(DEFAULT_INCOME_TAX_RATE_PCT, true, DEFAULT_VAT_RECOVERY_LAG_MONTHS,
                DEFAULT_ELECTRICITY_VAT_RATE_PCT, DEFAULT_COLOCATION_VAT_RATE_PCT, DEFAULT_DEPRECIATION_YEARS,
                BigDecimal.ZERO);
    }

    public Tax withIncomeTaxRatePct(BigDecimal pct) {
        return new Tax(pct, vatRecoverable, vatRecoveryLagMonths, electricityVatRatePct, colocationVatRatePct,
                depreciationYears, immediateExpensingLimit);
    }

    public Tax withVatRecoverable(boolean recoverable) {
        return new Tax(incomeTaxRatePct, recoverable, vatRecoveryLagMonths, electricityVatRatePct,
                colocationVatRatePct, depreciationYears, immediateExpensingLimit);
    }

    public Tax withDepreciationYears(int years) {
        return new Tax(incomeTaxRatePct, vatRecoverable, vatRecoveryLagMonths, electricityVatRatePct,
                colocationVatRatePct, years, immediateExpensingLimit);
    }
}
