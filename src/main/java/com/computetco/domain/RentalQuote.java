package com.computetco.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A compute lessor's offer, priced per PFLOPS-year or (schema version 2) per accelerator-hour, the way Chinese
 * lessors quote (元/卡时): exactly one of {@code pricePerPflopsYear} and {@code pricePerAcceleratorHour} is set, the
 * hourly price with {@code pflopsPerAccelerator}. Nullable: accelerator, leadTimeMonths (all 0 when absent),
 * setupFee (0 when absent), the dates, the source, and the version 2 VAT fields (net prices, 6 %).
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
        Money pricePerAcceleratorHour,
        BigDecimal pflopsPerAccelerator,
        Boolean pricesIncludeVatValue,
        BigDecimal vatRatePctValue,
        String referenceValue,
        String contactValue) implements Quote {

    /** Without a reference number and contact (both optional in the file; issue 12). */
    public RentalQuote(String provider, String accelerator, Money pricePerPflopsYear, PflopsBasis pflopsBasis,
            BigDecimal annualPriceChangePct, BigDecimal minimumPflops, Triangular leadTimeMonths, Money setupFee,
            BigDecimal voucherPct, LocalDate quoteDateValue, LocalDate validUntilValue, String sourceValue,
            Money pricePerAcceleratorHour, BigDecimal pflopsPerAccelerator, Boolean pricesIncludeVatValue,
            BigDecimal vatRatePctValue) {
        this(provider, accelerator, pricePerPflopsYear, pflopsBasis, annualPriceChangePct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue,
                pricePerAcceleratorHour, pflopsPerAccelerator, pricesIncludeVatValue, vatRatePctValue, null, null);
    }

    public static final BigDecimal DEFAULT_VAT_RATE_PCT = new BigDecimal("6");

    public RentalQuote {
        Objects.requireNonNull(provider, "provider");
        if ((pricePerPflopsYear == null) == (pricePerAcceleratorHour == null)) {
            throw new IllegalArgumentException("exactly one of pricePerPflopsYear and pricePerAcceleratorHour");
        }
        if (pricePerAcceleratorHour != null) {
            Objects.requireNonNull(pflopsPerAccelerator, "pflopsPerAccelerator");
        }
        Objects.requireNonNull(pflopsBasis, "pflopsBasis");
        Objects.requireNonNull(annualPriceChangePct, "annualPriceChangePct");
        Objects.requireNonNull(minimumPflops, "minimumPflops");
        Objects.requireNonNull(voucherPct, "voucherPct");
    }

    /** A quote with the version-1 fields only: a net price per PFLOPS-year. */
    public RentalQuote(String provider, String accelerator, Money pricePerPflopsYear, PflopsBasis pflopsBasis,
            BigDecimal annualPriceChangePct, BigDecimal minimumPflops, Triangular leadTimeMonths, Money setupFee,
            BigDecimal voucherPct, LocalDate quoteDateValue, LocalDate validUntilValue, String sourceValue) {
        this(provider, accelerator, pricePerPflopsYear, pflopsBasis, annualPriceChangePct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue, null, null, null,
                null);
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

    /** Whether the price is per accelerator-hour (元/卡时) rather than per PFLOPS-year. */
    public boolean hourly() {
        return pricePerAcceleratorHour != null;
    }

    /** The price as the quote states it: per PFLOPS-year, or per accelerator-hour. */
    public Money quotedPrice() {
        return hourly() ? pricePerAcceleratorHour : pricePerPflopsYear;
    }

    /**
     * The price per PFLOPS-year on the quote's own basis, as quoted (VAT as the quote states it): the yearly price,
     * or the hourly one × 8760 / pflopsPerAccelerator (section 9), for lists that compare offers.
     */
    public Money yearlyPriceOnBasis() {
        if (!hourly()) {
            return pricePerPflopsYear;
        }
        // In doubles, like the engine: exact decimals of extreme scales would cost billions of digits.
        double perYear = perYearOnBasis(pricePerAcceleratorHour.amount().doubleValue());
        return new Money(BigDecimal.valueOf(perYear), pricePerAcceleratorHour.currency());
    }

    /**
     * Section 9's one conversion of an amount stated like {@link #quotedPrice()} (in any currency, gross or net)
     * into a price per PFLOPS-year on the quote's own basis: unchanged for a yearly quote, × 8760 / PFLOPS per
     * accelerator for an hourly one. In double, in this order, as the engine computes.
     */
    public double perYearOnBasis(double quotedAmount) {
        return hourly() ? quotedAmount * Hours.PER_YEAR / pflopsPerAccelerator.doubleValue() : quotedAmount;
    }

    /** The VAT rate on a compute service: 6 %. */
    @Override
    public BigDecimal defaultVatRatePct() {
        return DEFAULT_VAT_RATE_PCT;
    }

    /** The quote at a net price per PFLOPS-year (on the quote's basis), replacing an hourly or VAT-inclusive one. */
    public RentalQuote withPricePerPflopsYear(Money price) {
        return new RentalQuote(provider, accelerator, price, pflopsBasis, annualPriceChangePct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue, null, null,
                pricesIncludeVatValue, vatRatePctValue, referenceValue, contactValue);
    }

    /**
     * The quote priced per dense PFLOPS-year at {@code netPrice} before vouchers and VAT (the unit of the break-even
     * price), stated the way the quote states VAT: a VAT-inclusive quote gets the gross equivalent, so its setup fee
     * keeps its treatment.
     */
    public RentalQuote withNetDensePrice(Money netPrice) {
        Money price = pricesIncludeVat()
                ? new Money(netPrice.amount().multiply(BigDecimal.ONE.add(vatRatePct().movePointLeft(2))),
                        netPrice.currency())
                : netPrice;
        return new RentalQuote(provider, accelerator, price, PflopsBasis.DENSE, annualPriceChangePct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue, null, null,
                pricesIncludeVatValue, vatRatePctValue, referenceValue, contactValue);
    }

    public RentalQuote withAnnualPriceChangePct(BigDecimal pct) {
        return new RentalQuote(provider, accelerator, pricePerPflopsYear, pflopsBasis, pct, minimumPflops,
                leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue,
                pricePerAcceleratorHour, pflopsPerAccelerator, pricesIncludeVatValue, vatRatePctValue,
                referenceValue, contactValue);
    }

    public RentalQuote withLeadTimeMonths(Triangular leadTime) {
        return new RentalQuote(provider, accelerator, pricePerPflopsYear, pflopsBasis, annualPriceChangePct,
                minimumPflops, leadTime, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue,
                pricePerAcceleratorHour, pflopsPerAccelerator, pricesIncludeVatValue, vatRatePctValue,
                referenceValue, contactValue);
    }

    public RentalQuote withVat(Boolean includesVat, BigDecimal ratePct) {
        return new RentalQuote(provider, accelerator, pricePerPflopsYear, pflopsBasis, annualPriceChangePct,
                minimumPflops, leadTimeMonths, setupFee, voucherPct, quoteDateValue, validUntilValue, sourceValue,
                pricePerAcceleratorHour, pflopsPerAccelerator, includesVat, ratePct, referenceValue, contactValue);
    }
}
