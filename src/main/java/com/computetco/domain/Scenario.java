package com.computetco.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole comparison: the shared assumptions and the options. Immutable; editors produce a new one.
 * {@code uncertainty} is null when the file gives no Monte Carlo ranges.
 */
public record Scenario(
        int schemaVersion,
        String name,
        String currency,
        Map<String, BigDecimal> exchangeRates,
        int horizonMonths,
        BigDecimal discountRatePct,
        BigDecimal demandPflops,
        Electricity electricity,
        Staff staff,
        BigDecimal colocationPerKwMonth,
        boolean bridgeWithRental,
        String baselineOptionId,
        List<Option> options,
        Uncertainty uncertainty,
        Tax tax,
        String nameZh) {

    /** The version the app writes; files of version 1 are converted on reading. */
    public static final int SCHEMA_VERSION = 2;

    public Scenario {
        Objects.requireNonNull(name, "name");
        // Optional in the file: "" when absent, so that callers never meet a null.
        nameZh = nameZh == null ? "" : nameZh;
        Objects.requireNonNull(currency, "currency");
        exchangeRates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exchangeRates));
        Objects.requireNonNull(discountRatePct, "discountRatePct");
        Objects.requireNonNull(demandPflops, "demandPflops");
        Objects.requireNonNull(electricity, "electricity");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(colocationPerKwMonth, "colocationPerKwMonth");
        Objects.requireNonNull(baselineOptionId, "baselineOptionId");
        options = List.copyOf(options);
    }

    /** A scenario without the tax block: pre-tax results only. */
    public Scenario(int schemaVersion, String name, String currency, Map<String, BigDecimal> exchangeRates,
            int horizonMonths, BigDecimal discountRatePct, BigDecimal demandPflops, Electricity electricity, Staff staff,
            BigDecimal colocationPerKwMonth, boolean bridgeWithRental, String baselineOptionId, List<Option> options,
            Uncertainty uncertainty) {
        this(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops, electricity,
                staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, null, "");
    }

    /** A scenario without a Chinese name (the files and editors that predate it). */
    public Scenario(int schemaVersion, String name, String currency, Map<String, BigDecimal> exchangeRates,
            int horizonMonths, BigDecimal discountRatePct, BigDecimal demandPflops, Electricity electricity, Staff staff,
            BigDecimal colocationPerKwMonth, boolean bridgeWithRental, String baselineOptionId, List<Option> options,
            Uncertainty uncertainty, Tax tax) {
        this(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops, electricity,
                staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, tax, "");
    }

    /** The base currency with its exchange rates: what {@link Money#inBase} converts with. */
    public ExchangeRates rates() {
        return new ExchangeRates(currency, exchangeRates);
    }

    /** The tax block (section 13); empty without one: the after-tax results are then undefined. */
    public Optional<Tax> taxBlock() {
        return Optional.ofNullable(tax);
    }

    public Scenario withUncertainty(Uncertainty newUncertainty) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops,
                electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, newUncertainty,
                tax);
    }

    public Scenario withTax(Tax newTax) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops,
                electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty,
                newTax, nameZh);
    }

    public Optional<Uncertainty> uncertaintyRanges() {
        return Optional.ofNullable(uncertainty);
    }

    public Optional<Option> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public int baselineIndex() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(baselineOptionId)) {
                return i;
            }
        }
        return -1;
    }

    public Scenario withOptions(List<Option> newOptions) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops,
                electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, newOptions, uncertainty, tax,
                nameZh);
    }

    public Scenario withElectricity(Electricity newElectricity) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops,
                newElectricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, tax,
                nameZh);
    }

    public Scenario withDemandPflops(BigDecimal demand) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demand,
                electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, tax,
                nameZh);
    }

    public Scenario withDiscountRatePct(BigDecimal rate) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, rate, demandPflops,
                electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, tax,
                nameZh);
    }

    public Scenario withHorizonMonths(int months) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, months, discountRatePct, demandPflops,
                electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, tax,
                nameZh);
    }

    public Scenario withBridgeWithRental(boolean bridge) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops,
                electricity, staff, colocationPerKwMonth, bridge, baselineOptionId, options, uncertainty, tax,
                nameZh);
    }

    public Scenario withStaff(Staff newStaff) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops,
                electricity, newStaff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, tax,
                nameZh);
    }

    /** The same scenario with another Chinese name ("" for none). */
    public Scenario withNameZh(String chineseName) {
        return new Scenario(schemaVersion, name, currency, exchangeRates, horizonMonths, discountRatePct, demandPflops,
                electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options, uncertainty, tax,
                chineseName);
    }

    /** The same scenario under another (display) name. */
    public Scenario withName(String newName) {
        return new Scenario(schemaVersion, newName, currency, exchangeRates, horizonMonths, discountRatePct,
                demandPflops, electricity, staff, colocationPerKwMonth, bridgeWithRental, baselineOptionId, options,
                uncertainty, tax, nameZh);
    }
}
