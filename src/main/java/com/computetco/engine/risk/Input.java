package com.computetco.engine.risk;

/**
 * The inputs the sensitivity and break-even views move, each in its natural unit: money in the scenario's base
 * currency, rent prices per dense PFLOPS-year before vouchers (as methodology section 6's break-even price).
 */
public enum Input {
    /** The option's server unit price, per server (build options). */
    UNIT_PRICE("unitPrice", Unit.MONEY, true),
    /** The electricity price per kWh (build options: it costs rent options nothing). */
    ELECTRICITY_PRICE("electricityPrice", Unit.MONEY_PER_KWH, true),
    /** Power usage effectiveness (build options). */
    PUE("pue", Unit.NUMBER, true),
    /** The baseline's rent price: its own rental and the bridge rental of the build options. */
    RENT_PRICE("rentPrice", Unit.MONEY_PER_PFLOPS_YEAR, true),
    /** A rent option's own price (rent options other than the baseline). */
    OPTION_RENT_PRICE("optionRentPrice", Unit.MONEY_PER_PFLOPS_YEAR, true),
    /** The annual rent change, applied to every rental quote (the baseline's too), as the Monte Carlo does. */
    RENT_ANNUAL_CHANGE("rentAnnualChange", Unit.PERCENT, false),
    /** The option's likely lead time in months. */
    LEAD_TIME("leadTime", Unit.MONTHS, false),
    /** The option's efficiency in %. */
    EFFICIENCY("efficiency", Unit.PERCENT, false),
    /** The option's retraining months (options with a retraining plan). */
    RETRAINING_MONTHS("retrainingMonths", Unit.MONTHS, false),
    /** The annual discount rate in %: moves present values, never the (undiscounted) total cost. */
    DISCOUNT_RATE("discountRate", Unit.PERCENT, false),
    /** The option's residual value in % of hardware (build options). */
    RESIDUAL_VALUE("residualValue", Unit.PERCENT, true),
    /** The demanded PFLOPS. */
    DEMAND("demand", Unit.PFLOPS, false),
    /** Version 2: the tariff's annual change in % (build options). */
    ELECTRICITY_ESCALATION("electricityEscalation", Unit.PERCENT, false),
    /** Version 2: the engineers' annual wage change in %. */
    WAGE_ESCALATION("wageEscalation", Unit.PERCENT, false),
    /** Version 2: the option's loan or lease rate in % a year (financed build options). */
    LOAN_RATE("loanRate", Unit.PERCENT, false),
    /** Version 2: the share of the option's capex financed, in % (financed build options); totals are linear in it. */
    FINANCED_SHARE("financedShare", Unit.PERCENT, true),
    /** Version 2: the income tax rate in % (scenarios with a tax block; moves only the after-tax figures). */
    INCOME_TAX_RATE("incomeTaxRate", Unit.PERCENT, true, true),
    /** Version 2: whether input VAT is recovered, 1 or 0 (moves only the after-tax figures). */
    VAT_RECOVERABLE("vatRecoverable", Unit.YES_NO, false, true),
    /** Version 2: the servers' tax life in whole years (moves only the after-tax figures). */
    DEPRECIATION_YEARS("depreciationYears", Unit.YEARS, false, true);

    /** How a value of the input reads. */
    public enum Unit {
        MONEY, MONEY_PER_KWH, MONEY_PER_PFLOPS_YEAR, PERCENT, MONTHS, NUMBER, PFLOPS, YEARS, YES_NO
    }

    private final String key;
    private final Unit unit;
    private final boolean linear;
    private final boolean afterTax;

    Input(String key, Unit unit, boolean linear) {
        this(key, unit, linear, false);
    }

    Input(String key, Unit unit, boolean linear, boolean afterTax) {
        this.key = key;
        this.unit = unit;
        this.linear = linear;
        this.afterTax = afterTax;
    }

    /** Whether the input moves only the after-tax figures (section 13), so it is judged on {@link Measure#AFTER_TAX}. */
    public boolean afterTax() {
        return afterTax;
    }

    /** The stable key used in JSON output and message keys ({@code risk.input.KEY}). */
    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether both totals are linear (affine) in this input, so that a tie is solved exactly from two points. */
    public boolean linear() {
        return linear;
    }
}
