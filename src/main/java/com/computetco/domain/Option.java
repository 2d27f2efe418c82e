package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One alternative compared in a scenario. Nullable: {@code retraining} (no retraining cost) and the schema
 * version 2 fields {@code financing} (paid in cash), {@code electricitySubsidyPctValue} (the scenario's subsidy
 * applies) and {@code supplyRisk} (no extra delay in the Monte Carlo).
 */
public record Option(
        String id,
        String label,
        OptionType type,
        Quote quote,
        BigDecimal efficiencyPct,
        BigDecimal operationsFte,
        BigDecimal residualValuePct,
        BigDecimal supplierDefaultPct,
        Retraining retraining,
        Financing financing,
        BigDecimal electricitySubsidyPctValue,
        SupplyRisk supplyRisk,
        String labelZh) {

    /** An option without a Chinese label (the files and editors that predate it). */
    public Option(String id, String label, OptionType type, Quote quote, BigDecimal efficiencyPct,
            BigDecimal operationsFte, BigDecimal residualValuePct, BigDecimal supplierDefaultPct,
            Retraining retraining, Financing financing, BigDecimal electricitySubsidyPctValue, SupplyRisk supplyRisk) {
        this(id, label, type, quote, efficiencyPct, operationsFte, residualValuePct, supplierDefaultPct, retraining,
                financing, electricitySubsidyPctValue, supplyRisk, "");
    }

    public Option {
        // Optional in the file: "" when absent, so that callers never meet a null.
        labelZh = labelZh == null ? "" : labelZh;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(efficiencyPct, "efficiencyPct");
        Objects.requireNonNull(operationsFte, "operationsFte");
        Objects.requireNonNull(residualValuePct, "residualValuePct");
        Objects.requireNonNull(supplierDefaultPct, "supplierDefaultPct");
    }

    /** An option with the version-1 fields only: paid in cash, the scenario's subsidy, no supply risk. */
    public Option(String id, String label, OptionType type, Quote quote, BigDecimal efficiencyPct,
            BigDecimal operationsFte, BigDecimal residualValuePct, BigDecimal supplierDefaultPct,
            Retraining retraining) {
        this(id, label, type, quote, efficiencyPct, operationsFte, residualValuePct, supplierDefaultPct, retraining,
                null, null, null, "");
    }

    public boolean isBuild() {
        return type == OptionType.BUILD;
    }

    public Optional<Retraining> retrainingPlan() {
        return Optional.ofNullable(retraining);
    }

    /** The loan or finance lease of a build option; empty for a rent option (which ignores it) or a cash purchase. */
    public Optional<Financing> financingPlan() {
        return isBuild() ? Optional.ofNullable(financing) : Optional.empty();
    }

    /** The supply risk of a build option; empty for a rent option (which ignores it). */
    public Optional<SupplyRisk> supplyRiskPlan() {
        return isBuild() ? Optional.ofNullable(supplyRisk) : Optional.empty();
    }

    public Option withQuote(Quote newQuote) {
        return new Option(id, label, type, newQuote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, retraining, financing, electricitySubsidyPctValue, supplyRisk, labelZh);
    }

    public Option withRetraining(Retraining newRetraining) {
        return new Option(id, label, type, quote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, newRetraining, financing, electricitySubsidyPctValue, supplyRisk, labelZh);
    }

    public Option withEfficiencyPct(BigDecimal pct) {
        return new Option(id, label, type, quote, pct, operationsFte, residualValuePct, supplierDefaultPct,
                retraining, financing, electricitySubsidyPctValue, supplyRisk, labelZh);
    }

    public Option withResidualValuePct(BigDecimal pct) {
        return new Option(id, label, type, quote, efficiencyPct, operationsFte, pct, supplierDefaultPct,
                retraining, financing, electricitySubsidyPctValue, supplyRisk, labelZh);
    }

    public Option withFinancing(Financing newFinancing) {
        return new Option(id, label, type, quote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, retraining, newFinancing, electricitySubsidyPctValue, supplyRisk, labelZh);
    }

    public Option withSupplyRisk(SupplyRisk newRisk) {
        return new Option(id, label, type, quote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, retraining, financing, electricitySubsidyPctValue, newRisk, labelZh);
    }

    /**
     * The same option under another id and label (Duplicate), every other field kept but the Chinese label: the
     * copy is told apart by its new label, which the Chinese window then shows too.
     */
    public Option withIdAndLabel(String newId, String newLabel) {
        return new Option(newId, newLabel, type, quote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, retraining, financing, electricitySubsidyPctValue, supplyRisk, "");
    }

    /** The same option under other labels ({@code chineseLabel} "" for none). */
    public Option withLabels(String newLabel, String chineseLabel) {
        return new Option(id, newLabel, type, quote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, retraining, financing, electricitySubsidyPctValue, supplyRisk, chineseLabel);
    }
}
