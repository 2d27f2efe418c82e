package com.computetco.io;

import com.computetco.rules.Limits;
import com.computetco.rules.ProblemCode;
import com.computetco.rules.FieldPath;
import com.computetco.rules.NumberRange;
import com.computetco.domain.Financing;
import com.computetco.domain.FinancingKind;
import com.computetco.domain.MinMax;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.Quote;
import com.computetco.domain.Retraining;
import com.computetco.domain.SupplyRisk;
import com.google.gson.JsonElement;
import java.math.BigDecimal;

/** Checks one element of a scenario's {@code options}. */
final class OptionValidator {
    private static final BigDecimal DEFAULT_EFFICIENCY = new BigDecimal("100");

    /**
     * What the scenario needs from an option even when the option itself is invalid: its id and type, for the
     * uniqueness and baseline checks. Each part is null when unusable.
     */
    record Checked(String id, OptionType type, Option option) {
    }

    private final QuoteValidator quotes;

    OptionValidator(QuoteValidator quotes) {
        this.quotes = quotes;
    }

    Checked validate(JsonElement element, String path, Currencies currencies, ProblemLog log) {
        JsonFields f = JsonFields.of(element, path, log);
        if (f == null) {
            return new Checked(null, null, null);
        }
        int before = log.errorCount();
        String id = id(f);
        String label = f.optionalString("label", id);
        String labelZh = f.optionalString("labelZh", "");
        OptionType type = f.choice("type", OptionType.values(), OptionType::jsonName, null);
        BigDecimal efficiency = f.optionalNumber("efficiencyPct", Limits.EFFICIENCY, DEFAULT_EFFICIENCY);
        BigDecimal fte = f.optionalNumber("operationsFte", Limits.FTE, BigDecimal.ZERO);
        BigDecimal residual = buildOnly(f, "residualValuePct", type);
        BigDecimal supplierDefault = buildOnly(f, "supplierDefaultPct", type);
        Retraining retraining = retraining(f);
        Financing financing = financing(f, type);
        BigDecimal subsidy = buildOnlyOptional(f, "electricitySubsidyPct", type);
        SupplyRisk supplyRisk = supplyRisk(f, type);
        Quote quote = quote(f, type, currencies);
        f.warnUnknownFields();
        Option option = log.errorCount() > before ? null
                : new Option(id, label, type, quote, efficiency, fte, residual, supplierDefault, retraining, financing,
                        subsidy, supplyRisk, labelZh);
        return new Checked(id, type, option);
    }

    private Quote quote(JsonFields f, OptionType type, Currencies currencies) {
        if (!f.has("quote")) {
            return f.missing("quote");
        }
        return quotes.validate(f.get("quote"), f.path("quote"), currencies, type, f.log());
    }

    private static String id(JsonFields f) {
        String id = f.requiredString("id");
        if (id != null && !Limits.ID.matcher(id).matches()) {
            f.log().error(f.path("id"), ProblemCode.ID, FieldPath.quote(id));
            return null;
        }
        return id;
    }

    /** Kept even on a rent option, so that the file writes back as it was read; the engine ignores it there. */
    private static BigDecimal buildOnly(JsonFields f, String key, OptionType type) {
        warnIfRent(f, key, type);
        return f.optionalNumber(key, NumberRange.PERCENT, BigDecimal.ZERO);
    }

    private static void warnIfRent(JsonFields f, String key, OptionType type) {
        if (type == OptionType.RENT && f.has(key)) {
            f.log().warning(f.path(key), ProblemCode.BUILD_ONLY);
        }
    }

    /** A version 2 percentage that only build options use; null when absent (the default applies). */
    private static BigDecimal buildOnlyOptional(JsonFields f, String key, OptionType type) {
        warnIfRent(f, key, type);
        return f.optionalNumber(key, NumberRange.PERCENT, null);
    }

    /** Section 11: a loan or finance lease; every field but the balloon is required. */
    private static Financing financing(JsonFields parent, OptionType type) {
        warnIfRent(parent, "financing", type);
        JsonFields f = parent.optionalObject("financing");
        if (f == null) {
            return null;
        }
        int before = f.log().errorCount();
        FinancingKind kind = f.choice("kind", FinancingKind.values(), FinancingKind::jsonName, null);
        BigDecimal financed = f.requiredNumber("financedPct", Limits.FINANCED_PCT);
        BigDecimal rate = f.requiredNumber("annualRatePct", Limits.BELOW_HUNDRED);
        Integer term = f.requiredInteger("termMonths", Limits.TERM_MONTHS);
        BigDecimal balloon = f.optionalNumber("balloonPct", Limits.BELOW_HUNDRED, null);
        f.warnUnknownFields();
        return f.log().errorCount() > before ? null : new Financing(kind, financed, rate, term, balloon);
    }

    /** Section 7: the chance of a further delivery delay, and its range in months. */
    private static SupplyRisk supplyRisk(JsonFields parent, OptionType type) {
        warnIfRent(parent, "supplyRisk", type);
        JsonFields f = parent.optionalObject("supplyRisk");
        if (f == null) {
            return null;
        }
        int before = f.log().errorCount();
        BigDecimal probability = f.requiredNumber("probabilityPct", NumberRange.PERCENT);
        MinMax delay = ValueFields.minMax(f, "extraDelayMonths", true, Limits.EXTRA_DELAY);
        f.warnUnknownFields();
        return f.log().errorCount() > before ? null : new SupplyRisk(probability, delay);
    }

    private static Retraining retraining(JsonFields parent) {
        JsonFields f = parent.optionalObject("retraining");
        if (f == null) {
            return null;
        }
        int before = f.log().errorCount();
        BigDecimal months = f.optionalNumber("months", Limits.RETRAINING_MONTHS, BigDecimal.ZERO);
        BigDecimal loss = f.optionalNumber("productivityLossPct", NumberRange.PERCENT, Retraining.DEFAULT_LOSS_PCT);
        MinMax range = ValueFields.minMax(f, "monthsRange", false, Limits.RETRAINING_MONTHS);
        f.warnUnknownFields();
        return f.log().errorCount() > before ? null : new Retraining(months, loss, range);
    }
}
