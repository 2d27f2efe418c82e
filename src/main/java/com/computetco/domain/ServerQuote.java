package com.computetco.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A server vendor's quote. Optional text and dates are nullable fields exposed as {@link Optional};
 * {@code installationCost} is null when the file leaves it out (it then costs nothing).
 */
public record ServerQuote(
        String vendor,
        String model,
        String accelerator,
        int acceleratorsPerServer,
        BigDecimal peakPflopsPerServer,
        PflopsBasis pflopsBasis,
        Money unitPrice,
        BigDecimal powerKwPerServer,
        Triangular leadTimeMonths,
        BigDecimal installMonths,
        BigDecimal prepaymentPct,
        BigDecimal networkingPct,
        Money installationCost,
        int warrantyMonths,
        BigDecimal supportPctPerYear,
        boolean lateDeliveryPenalty,
        LocalDate quoteDateValue,
        LocalDate validUntilValue,
        String sourceValue,
        String referenceValue,
        String contactValue) implements Quote {

    /** Without a reference number and contact (both optional in the file). */
    public ServerQuote(String vendor, String model, String accelerator, int acceleratorsPerServer,
            BigDecimal peakPflopsPerServer, PflopsBasis pflopsBasis, Money unitPrice, BigDecimal powerKwPerServer,
            Triangular leadTimeMonths, BigDecimal installMonths, BigDecimal prepaymentPct, BigDecimal networkingPct,
            Money installationCost, int warrantyMonths, BigDecimal supportPctPerYear, boolean lateDeliveryPenalty,
            LocalDate quoteDateValue, LocalDate validUntilValue, String sourceValue) {
        this(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis, unitPrice,
                powerKwPerServer, leadTimeMonths, installMonths, prepaymentPct, networkingPct, installationCost,
                warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue, validUntilValue, sourceValue,
                null, null);
    }

    public ServerQuote {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(peakPflopsPerServer, "peakPflopsPerServer");
        Objects.requireNonNull(pflopsBasis, "pflopsBasis");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(powerKwPerServer, "powerKwPerServer");
        Objects.requireNonNull(leadTimeMonths, "leadTimeMonths");
        Objects.requireNonNull(installMonths, "installMonths");
        Objects.requireNonNull(prepaymentPct, "prepaymentPct");
        Objects.requireNonNull(networkingPct, "networkingPct");
        Objects.requireNonNull(supportPctPerYear, "supportPctPerYear");
    }

    @Override
    public String supplier() {
        return vendor;
    }

    @Override
    public String kind() {
        return "server";
    }

    @Override
    public OptionType optionType() {
        return OptionType.BUILD;
    }

    public Optional<String> acceleratorName() {
        return Optional.ofNullable(accelerator);
    }

    public Optional<Money> installationCostMoney() {
        return Optional.ofNullable(installationCost);
    }

    @Override
    public Optional<LocalDate> quoteDate() {
        return Optional.ofNullable(quoteDateValue);
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntilValue);
    }

    @Override
    public Optional<String> source() {
        return Optional.ofNullable(sourceValue);
    }

    @Override
    public Optional<String> reference() {
        return Optional.ofNullable(referenceValue);
    }

    @Override
    public Optional<String> contact() {
        return Optional.ofNullable(contactValue);
    }

    public ServerQuote withUnitPrice(Money price) {
        return new ServerQuote(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis,
                price, powerKwPerServer, leadTimeMonths, installMonths, prepaymentPct, networkingPct, installationCost,
                warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue, validUntilValue, sourceValue,
                referenceValue, contactValue);
    }

    public ServerQuote withLeadTimeMonths(Triangular leadTime) {
        return new ServerQuote(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis,
                unitPrice, powerKwPerServer, leadTime, installMonths, prepaymentPct, networkingPct, installationCost,
                warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue, validUntilValue, sourceValue,
                referenceValue, contactValue);
    }
}
