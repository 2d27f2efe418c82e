package com.computetco.io;

import com.computetco.rules.Limits;
import com.computetco.rules.FieldPath;
import com.computetco.rules.NumberRange;
import com.computetco.rules.DecimalText;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.computetco.domain.Electricity;
import com.computetco.domain.MinMax;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.Scenario;
import com.computetco.domain.Staff;
import com.computetco.domain.Tax;
import com.computetco.domain.Triangular;
import com.computetco.domain.Uncertainty;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a whole scenario tree of the newest schema version against section 1 of the methodology, collecting
 * every problem. Trees of older versions are converted by {@link SchemaMigrations} first.
 */
final class ScenarioValidator {
    private static final NumberRange THIS_VERSION = NumberRange.between(String.valueOf(Scenario.SCHEMA_VERSION),
            String.valueOf(Scenario.SCHEMA_VERSION));
    private static final int DEFAULT_HORIZON = 60;
    private static final BigDecimal DEFAULT_DISCOUNT_RATE = new BigDecimal("8");

    private final OptionValidator options;

    ScenarioValidator(LocalDate today) {
        this.options = new OptionValidator(new QuoteValidator(today));
    }

    Scenario validate(JsonElement root, ProblemLog log) {
        if (root == null || !root.isJsonObject()) {
            log.error(Problem.ROOT, ProblemCode.NOT_A_SCENARIO_OBJECT, JsonFields.describe(root));
            return null;
        }
        JsonFields f = JsonFields.of(root, Problem.ROOT, log);
        int before = log.errorCount();
        // SchemaMigrations has already refused other versions and converted older ones to this one.
        Integer schemaVersion = f.requiredInteger("schemaVersion", THIS_VERSION);
        String name = f.optionalString("name", "");
        String nameZh = f.optionalString("nameZh", "");
        String currency = Currencies.requiredCode(f, "currency");
        Map<String, BigDecimal> rates = exchangeRates(f, currency);
        // With no usable base or rate table, "no exchange rate" would only echo the error already reported.
        Currencies currencies = currency == null || rates == null ? Currencies.UNKNOWN
                : new Currencies(currency, rates.keySet());
        Integer horizon = f.optionalInteger("horizonMonths", Limits.HORIZON, DEFAULT_HORIZON);
        BigDecimal discountRate = f.optionalNumber("discountRatePct", Limits.DISCOUNT_RATE, DEFAULT_DISCOUNT_RATE);
        BigDecimal demand = f.requiredNumber("demandPflops", Limits.DEMAND);
        Electricity electricity = electricity(f);
        Staff staff = staff(f);
        BigDecimal colocation = f.optionalNumber("colocationPerKwMonth", NumberRange.AMOUNT, BigDecimal.ZERO);
        Boolean bridge = f.optionalBoolean("bridgeWithRental", true);
        String baselineId = f.requiredString("baselineOptionId");
        List<Option> optionList = options(f, currencies, baselineId);
        Uncertainty uncertainty = uncertainty(f);
        Tax tax = tax(f);
        f.warnUnknownFields();
        if (log.errorCount() > before) {
            return null;
        }
        return new Scenario(schemaVersion, name, currency, rates, horizon, discountRate, demand, electricity, staff,
                colocation, bridge, baselineId, optionList, uncertainty, tax, nameZh);
    }

    /**
     * Every listed code is returned, even with a bad rate, so amounts in it are not reported again; null when
     * exchangeRates is not an object at all.
     */
    private static Map<String, BigDecimal> exchangeRates(JsonFields parent, String base) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        if (!parent.has("exchangeRates")) {
            return rates;
        }
        JsonFields f = parent.optionalObject("exchangeRates");
        if (f == null) {
            return null;
        }
        ProblemLog log = f.log();
        for (Map.Entry<String, JsonElement> entry : f.members().entrySet()) {
            String code = entry.getKey();
            String path = f.path(code);
            if (!Limits.isCurrencyCode(code)) {
                log.error(path, ProblemCode.CURRENCY_CODE, FieldPath.quote(code));
                continue;
            }
            BigDecimal rate = f.optionalNumber(code, Limits.EXCHANGE_RATE, null);
            if (rate != null && code.equals(base) && rate.compareTo(BigDecimal.ONE) != 0) {
                log.error(path, ProblemCode.BASE_RATE, DecimalText.format(rate));
            }
            rates.put(code, rate);
        }
        return rates;
    }

    private static Electricity electricity(JsonFields parent) {
        JsonFields f = parent.requiredObject("electricity");
        if (f == null) {
            return null;
        }
        BigDecimal price = f.requiredNumber("pricePerKwh", NumberRange.AMOUNT);
        BigDecimal pue = f.optionalNumber("pue", Limits.PUE, Electricity.DEFAULT_PUE);
        BigDecimal load = f.optionalNumber("loadFactorPct", NumberRange.PERCENT, Electricity.DEFAULT_LOAD_FACTOR_PCT);
        BigDecimal subsidy = f.optionalNumber("subsidyPct", NumberRange.PERCENT, BigDecimal.ZERO);
        int before = f.log().errorCount();
        BigDecimal change = f.optionalNumber("annualPriceChangePct", Limits.PRICE_CHANGE, null);
        f.warnUnknownFields();
        return price == null || pue == null || load == null || subsidy == null || f.log().errorCount() > before
                ? null : new Electricity(price, pue, load, subsidy, change);
    }

    private static Staff staff(JsonFields parent) {
        if (!parent.has("staff")) {
            return Staff.none();
        }
        JsonFields f = parent.optionalObject("staff");
        if (f == null) {
            return null;
        }
        Integer engineers = f.optionalInteger("engineers", Limits.ENGINEERS, 0);
        BigDecimal cost = f.optionalNumber("monthlyCostPerEngineer", NumberRange.AMOUNT, BigDecimal.ZERO);
        int before = f.log().errorCount();
        BigDecimal change = f.optionalNumber("annualCostChangePct", Limits.PRICE_CHANGE, null);
        f.warnUnknownFields();
        return engineers == null || cost == null || f.log().errorCount() > before ? null
                : new Staff(engineers, cost, change);
    }

    private List<Option> options(JsonFields f, Currencies currencies, String baselineId) {
        JsonArray array = f.requiredArray("options");
        if (array == null) {
            return null;
        }
        String path = f.path("options");
        if (array.isEmpty() || array.size() > Limits.MAX_OPTIONS) {
            f.log().error(path, ProblemCode.OPTION_COUNT, String.valueOf(Limits.MAX_OPTIONS), String.valueOf(array.size()));
        }
        List<Option> list = new ArrayList<>();
        Map<String, String> firstPathOfId = new HashMap<>();
        Map<String, OptionType> typeOfId = new HashMap<>();
        boolean everyIdKnown = true;
        // Beyond the limit the list is refused as a whole; checking 200,000 options one by one would only bury
        // that message (and take seconds).
        int checkedCount = Math.min(array.size(), Limits.MAX_OPTIONS);
        for (int i = 0; i < checkedCount; i++) {
            String optionPath = FieldPath.index(path, i);
            OptionValidator.Checked checked = options.validate(array.get(i), optionPath, currencies, f.log());
            everyIdKnown &= checked.id() != null;
            if (checked.id() != null) {
                String first = firstPathOfId.putIfAbsent(checked.id(), optionPath);
                if (first != null) {
                    f.log().error(FieldPath.child(optionPath, "id"), ProblemCode.DUPLICATE_ID,
                            FieldPath.quote(checked.id()), first);
                } else {
                    typeOfId.put(checked.id(), checked.type());
                }
            }
            list.add(checked.option());
        }
        // The baseline may be the very option whose id is broken: saying it does not exist would mislead.
        if (everyIdKnown && !array.isEmpty() && array.size() <= Limits.MAX_OPTIONS) {
            checkBaseline(f, baselineId, firstPathOfId, typeOfId);
        }
        return list;
    }

    private static void checkBaseline(JsonFields f, String baselineId, Map<String, String> firstPathOfId,
            Map<String, OptionType> typeOfId) {
        if (baselineId == null) {
            return;
        }
        String path = f.path("baselineOptionId");
        if (!firstPathOfId.containsKey(baselineId)) {
            f.log().error(path, ProblemCode.BASELINE_UNKNOWN, FieldPath.quote(baselineId));
            return;
        }
        OptionType type = typeOfId.get(baselineId);
        if (type == OptionType.BUILD) {
            f.log().error(path, ProblemCode.BASELINE_RENT, FieldPath.quote(baselineId),
                    firstPathOfId.get(baselineId));
        }
    }

    /** Section 13's tax block; null when absent (no after-tax results) or invalid (recorded). */
    private static Tax tax(JsonFields parent) {
        JsonFields f = parent.optionalObject("tax");
        if (f == null) {
            return null;
        }
        int before = f.log().errorCount();
        BigDecimal incomeTax = f.optionalNumber("incomeTaxRatePct", NumberRange.PERCENT,
                Tax.DEFAULT_INCOME_TAX_RATE_PCT);
        Boolean recoverable = f.optionalBoolean("vatRecoverable", true);
        Integer lag = f.optionalInteger("vatRecoveryLagMonths", Limits.VAT_LAG, Tax.DEFAULT_VAT_RECOVERY_LAG_MONTHS);
        BigDecimal electricityVat = f.optionalNumber("electricityVatRatePct", NumberRange.PERCENT,
                Tax.DEFAULT_ELECTRICITY_VAT_RATE_PCT);
        BigDecimal colocationVat = f.optionalNumber("colocationVatRatePct", NumberRange.PERCENT,
                Tax.DEFAULT_COLOCATION_VAT_RATE_PCT);
        Integer years = f.optionalInteger("depreciationYears", Limits.DEPRECIATION_YEARS, Tax.DEFAULT_DEPRECIATION_YEARS);
        BigDecimal limit = f.optionalNumber("immediateExpensingLimit", NumberRange.AMOUNT, BigDecimal.ZERO);
        f.warnUnknownFields();
        return f.log().errorCount() > before ? null
                : new Tax(incomeTax, recoverable, lag, electricityVat, colocationVat, years, limit);
    }

    private static Uncertainty uncertainty(JsonFields parent) {
        JsonFields f = parent.optionalObject("uncertainty");
        if (f == null) {
            return null;
        }
        int before = f.log().errorCount();
        Triangular price = ValueFields.triangular(f, "electricityPricePerKwh", false, NumberRange.AMOUNT);
        MinMax priceChange = ValueFields.minMax(f, "rentAnnualPriceChangePct", false, Limits.PRICE_CHANGE);
        f.warnUnknownFields();
        return f.log().errorCount() > before ? null : new Uncertainty(price, priceChange);
    }
}
