package com.computetco.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server vendor's quote. The schema version 2 fields ({@code pricesIncludeVatValue}, {@code vatRatePctValue},
 * {@code paymentSchedule}) are null when the file leaves them out, so that a file writes back as it was read.
 * Optional text and dates are nullable fields exposed as {@link Optional};
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
        Boolean pricesIncludeVatValue,
        BigDecimal vatRatePctValue,
        List<PaymentEntry> paymentSchedule,
        String referenceValue,
        String contactValue) implements Quote {

    /** Without a reference number and contact (both optional in the file; issue 12). */
    public ServerQuote(String vendor, String model, String accelerator, int acceleratorsPerServer,
            BigDecimal peakPflopsPerServer, PflopsBasis pflopsBasis, Money unitPrice, BigDecimal powerKwPerServer,
            Triangular leadTimeMonths, BigDecimal installMonths, BigDecimal prepaymentPct, BigDecimal networkingPct,
            Money installationCost, int warrantyMonths, BigDecimal supportPctPerYear, boolean lateDeliveryPenalty,
            LocalDate quoteDateValue, LocalDate validUntilValue, String sourceValue, Boolean pricesIncludeVatValue,
            BigDecimal vatRatePctValue, List<PaymentEntry> paymentSchedule) {
        this(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis, unitPrice,
                powerKwPerServer, leadTimeMonths, installMonths, prepaymentPct, networkingPct, installationCost,
                warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue, validUntilValue, sourceValue,
                pricesIncludeVatValue, vatRatePctValue, paymentSchedule, null, null);
    }

    public static final BigDecimal DEFAULT_VAT_RATE_PCT = new BigDecimal("13");

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
        paymentSchedule = paymentSchedule == null ? null : List.copyOf(paymentSchedule);
    }

    /** A quote with the version-1 fields only: net prices, prepayment and the rest at acceptance. */
    public ServerQuote(String vendor, String model, String accelerator, int acceleratorsPerServer,
            BigDecimal peakPflopsPerServer, PflopsBasis pflopsBasis, Money unitPrice, BigDecimal powerKwPerServer,
            Triangular leadTimeMonths, BigDecimal installMonths, BigDecimal prepaymentPct, BigDecimal networkingPct,
            Money installationCost, int warrantyMonths, BigDecimal supportPctPerYear, boolean lateDeliveryPenalty,
            LocalDate quoteDateValue, LocalDate validUntilValue, String sourceValue) {
        this(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis, unitPrice,
                powerKwPerServer, leadTimeMonths, installMonths, prepaymentPct, networkingPct, installationCost,
                warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue, validUntilValue, sourceValue,
                null, null, null, null, null);
    }

    /** The VAT rate on servers: 13 %. */
    @Override
    public BigDecimal defaultVatRatePct() {
        return DEFAULT_VAT_RATE_PCT;
    }

    /** The payment schedule (section 10); empty when the quote uses {@code prepaymentPct}. */
    public Optional<List<PaymentEntry>> schedule() {
        return Optional.ofNullable(paymentSchedule);
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

    public ServerQuote withUnitPrice(Money price) {
        return new ServerQuote(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis,
                price, powerKwPerServer, leadTimeMonths, installMonths, prepaymentPct, networkingPct, installationCost,
                warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue, validUntilValue, sourceValue,
                pricesIncludeVatValue, vatRatePctValue, paymentSchedule, referenceValue, contactValue);
    }

    public ServerQuote withLeadTimeMonths(Triangular leadTime) {
        return new ServerQuote(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis,
                unitPrice, powerKwPerServer, leadTime, installMonths, prepaymentPct, networkingPct, installationCost,
                warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue, validUntilValue, sourceValue,
                pricesIncludeVatValue, vatRatePctValue, paymentSchedule, referenceValue, contactValue);
    }

    public ServerQuote withVat(Boolean includesVat, BigDecimal ratePct) {
        return new ServerQuote(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis,
                unitPrice, powerKwPerServer, leadTimeMonths, installMonths, prepaymentPct, networkingPct,
                installationCost, warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue,
                validUntilValue, sourceValue, includesVat, ratePct, paymentSchedule, referenceValue, contactValue);
    }

    public ServerQuote withPaymentSchedule(List<PaymentEntry> schedule) {
        return new ServerQuote(vendor, model, accelerator, acceleratorsPerServer, peakPflopsPerServer, pflopsBasis,
                unitPrice, powerKwPerServer, leadTimeMonths, installMonths, BigDecimal.ZERO, networkingPct,
                installationCost, warrantyMonths, supportPctPerYear, lateDeliveryPenalty, quoteDateValue,
                validUntilValue, sourceValue, pricesIncludeVatValue, vatRatePctValue, schedule,
                referenceValue, contactValue);
    }
}
