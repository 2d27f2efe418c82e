package com.computetco.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One alternative compared in a scenario. {@code retraining} is null when the file has none (no
 * retraining cost).
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
        String labelZh) {

    /** An option without a Chinese label (the files and editors that predate it). */
    public Option(String id, String label, OptionType type, Quote quote, BigDecimal efficiencyPct,
            BigDecimal operationsFte, BigDecimal residualValuePct, BigDecimal supplierDefaultPct,
            Retraining retraining) {
        this(id, label, type, quote, efficiencyPct, operationsFte, residualValuePct, supplierDefaultPct, retraining,
                "");
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

    public boolean isBuild() {
        return type == OptionType.BUILD;
    }

    public Optional<Retraining> retrainingPlan() {
        return Optional.ofNullable(retraining);
    }

    public Option withQuote(Quote newQuote) {
        return new Option(id, label, type, newQuote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, retraining, labelZh);
    }

    public Option withRetraining(Retraining newRetraining) {
        return new Option(id, label, type, quote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, newRetraining, labelZh);
    }

    public Option withEfficiencyPct(BigDecimal pct) {
        return new Option(id, label, type, quote, pct, operationsFte, residualValuePct, supplierDefaultPct,
                retraining, labelZh);
    }

    public Option withResidualValuePct(BigDecimal pct) {
        return new Option(id, label, type, quote, efficiencyPct, operationsFte, pct, supplierDefaultPct,
                retraining, labelZh);
    }

    /** The same option under other labels ({@code chineseLabel} "" for none). */
    public Option withLabels(String newLabel, String chineseLabel) {
        return new Option(id, newLabel, type, quote, efficiencyPct, operationsFte, residualValuePct,
                supplierDefaultPct, retraining, chineseLabel);
    }
}
