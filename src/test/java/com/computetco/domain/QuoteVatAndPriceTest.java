package com.computetco.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The VAT accessors both kinds share through {@link Quote}, and the rental's one conversion to a yearly price. */
class QuoteVatAndPriceTest {
    private static ServerQuote server(Boolean includesVat, BigDecimal ratePct) {
        return new ServerQuote("V", "M", null, 8, new BigDecimal("16"), PflopsBasis.DENSE, Money.of("100", "CNY"),
                new BigDecimal("10"), new Triangular(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, null, 36, BigDecimal.ZERO, false, null, null, null, includesVat,
                ratePct, null);
    }

    private static RentalQuote rental(Money perYear, Money perHour, BigDecimal perAccelerator, Boolean includesVat,
            BigDecimal ratePct) {
        return new RentalQuote("P", null, perYear, PflopsBasis.DENSE, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                BigDecimal.ZERO, null, null, null, perHour, perAccelerator, includesVat, ratePct);
    }

    @Test
    void eachKindFallsBackToItsOwnDefaultRate() {
        Quote s = server(null, null);
        Quote r = rental(Money.of("1", "CNY"), null, null, null, null);
        assertFalse(s.pricesIncludeVat());
        assertFalse(r.pricesIncludeVat());
        assertEquals(new BigDecimal("13"), s.vatRatePct());
        assertEquals(new BigDecimal("6"), r.vatRatePct());
    }

    @Test
    void givenValuesWinAndTheRawValuesStayAsTheFileHadThem() {
        Quote s = server(true, new BigDecimal("9"));
        assertTrue(s.pricesIncludeVat());
        assertEquals(new BigDecimal("9"), s.vatRatePct());
        assertEquals(Boolean.TRUE, s.pricesIncludeVatValue());
        Quote r = rental(Money.of("1", "CNY"), null, null, false, null);
        assertFalse(r.pricesIncludeVat());
        assertEquals(Boolean.FALSE, r.pricesIncludeVatValue());
        assertEquals(null, r.vatRatePctValue());
    }

    @Test
    void anHourlyPriceBecomesYearlyOnItsBasis() {
        RentalQuote hourly = rental(null, Money.of("12", "CNY"), new BigDecimal("0.5"), null, null);
        assertEquals(12.0 * 8760 / 0.5, hourly.perYearOnBasis(12.0));
        assertEquals(Money.of("12", "CNY"), hourly.quotedPrice());
        RentalQuote yearly = rental(Money.of("1000", "USD"), null, null, null, null);
        assertEquals(1000.0, yearly.perYearOnBasis(1000.0));
        assertEquals(yearly.quotedPrice(), yearly.yearlyPriceOnBasis());
    }
}
