package com.computetco.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A compute lessor's offer, priced per PFLOPS-year. Nullable: accelerator, leadTimeMonths (all 0 when
 * absent), setupFee (0 when absent), the dates and the source.
 */
public record RentalQuote(
        String provider,
        String accelerator,
        Money pricePerPflopsYear,
        PflopsBasis pflopsBasis,
        BigDecimal annualPriceChangePct,
        BigDecimal minimumPflops,
        Triangular leadTimeMonths,
        Money setupFee,
        BigDecimal voucherPct,
        LocalDate quoteDateValue,
        LocalDate validUntilValue,
        String sourceValue,
        String referenceValue,
        String contactValue) implements Quote {

    /** Without a reference number and contact (both optional in the file). */
    public RentalQuote(String provider, String accelerator, Money pricePerPflopsYear, PflopsBasis pflopsBasis,
            BigDecimal annualPriceChangePct, BigDecimal minimumPflops, Triangular leadTimeMonths, Money setupFee,
            BigDecimal voucherPct, LocalDate quoteDateValue, LocalDate validUntilValue, String sourceValue) {
        this(provider, accelerator, pricePerPflopsYear, pflopsBasis, annualPriceChangePct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue, null, null);
    }

    public RentalQuote {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(pricePerPflopsYear, "pricePerPflopsYear");
        Objects.requireNonNull(pflopsBasis, "pflopsBasis");
        Objects.requireNonNull(annualPriceChangePct, "annualPriceChangePct");
        Objects.requireNonNull(minimumPflops, "minimumPflops");
        Objects.requireNonNull(voucherPct, "voucherPct");
    }

    @Override
    public String supplier() {
        return provider;
    }

    @Override
    public String kind() {
        return "rental";
    }

    @Override
    public OptionType optionType() {
        return OptionType.RENT;
    }

    public Optional<String> acceleratorName() {
        return Optional.ofNullable(accelerator);
    }

    public Optional<Triangular> leadTime() {
        return Optional.ofNullable(leadTimeMonths);
    }

    public Optional<Money> setupFeeMoney() {
        return Optional.ofNullable(setupFee);
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

    public RentalQuote withPricePerPflopsYear(Money price) {
        return new RentalQuote(provider, accelerator, price, pflopsBasis, annualPriceChangePct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue,
                referenceValue, contactValue);
    }

    public RentalQuote withAnnualPriceChangePct(BigDecimal pct) {
        return new RentalQuote(provider, accelerator, pricePerPflopsYear, pflopsBasis, pct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue,
                referenceValue, contactValue);
    }
}
