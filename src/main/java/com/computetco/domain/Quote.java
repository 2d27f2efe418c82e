package com.computetco.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A vendor's offer: the object a quote file holds and an option carries. */
public sealed interface Quote permits ServerQuote, RentalQuote {

    /** The company making the offer: vendor for servers, provider for rentals. */
    String supplier();

    /** The quote's JSON kind: {@code server} or {@code rental}. */
    String kind();

    /** The option type this quote belongs to. */
    OptionType optionType();

    /** The quote's provenance as the file gives it, each null when left out; read through the optionals below. */
    LocalDate quoteDateValue();

    LocalDate validUntilValue();

    String sourceValue();

    String referenceValue();

    String contactValue();

    default Optional<LocalDate> quoteDate() {
        return Optional.ofNullable(quoteDateValue());
    }

    default Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntilValue());
    }

    default Optional<String> source() {
        return Optional.ofNullable(sourceValue());
    }

    /** The vendor's reference number for the quote, where the file gives one. */
    default Optional<String> reference() {
        return Optional.ofNullable(referenceValue());
    }

    /** Whom to ask about the quote (name, e-mail or phone), where the file gives one. */
    default Optional<String> contact() {
        return Optional.ofNullable(contactValue());
    }

    /** Whether the file says the money amounts include VAT; null when it leaves it out (version 1). */
    Boolean pricesIncludeVatValue();

    /** The VAT rate in % the file gives; null when it leaves it out. */
    BigDecimal vatRatePctValue();

    /** The VAT rate in % of this kind of supply when the file gives none (servers 13, compute services 6). */
    BigDecimal defaultVatRatePct();

    /** Whether the quote's money amounts include VAT (section 9); false when not given. */
    default boolean pricesIncludeVat() {
        return Boolean.TRUE.equals(pricesIncludeVatValue());
    }

    /** The VAT rate in %, the kind's default when not given. */
    default BigDecimal vatRatePct() {
        BigDecimal given = vatRatePctValue();
        return given == null ? defaultVatRatePct() : given;
    }

    /** An expired quote is a warning, never an error. */
    default boolean isExpiredOn(LocalDate day) {
        return validUntil().map(d -> d.isBefore(day)).orElse(false);
    }
}
