package com.computetco.domain;

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

    Optional<LocalDate> quoteDate();

    Optional<LocalDate> validUntil();

    Optional<String> source();

    /** The vendor's reference number for the quote, where the file gives one. */
    Optional<String> reference();

    /** Whom to ask about the quote (name, e-mail or phone), where the file gives one. */
    Optional<String> contact();

    /** An expired quote is a warning, never an error. */
    default boolean isExpiredOn(LocalDate day) {
        return validUntil().map(d -> d.isBefore(day)).orElse(false);
    }
}
