package com.computetco.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private final ExchangeRates rates = new ExchangeRates("CNY", Map.of("USD", new BigDecimal("7.1"),
            "EUR", new BigDecimal("7.83")));

    @Test
    void anAmountInTheBaseIsItself() {
        assertEquals(0.1, Money.of("0.1", "CNY").inBase(rates));
    }

    @Test
    void aForeignAmountIsMultipliedInDoubleAsTheMethodologyComputesIt() {
        // amount and rate each rounded to a double first: the arithmetic the worked examples were computed with.
        assertEquals(123456.789 * 7.1, Money.of("123456.789", "USD").inBase(rates));
    }

    @Test
    void aCurrencyWithoutARateIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.of("1", "JPY").inBase(rates));
        assertEquals("no exchange rate for \"JPY\"", e.getMessage());
    }

    @Test
    void convertedToBaseIsExact() {
        assertEquals(Optional.of(Money.of("876543.209", "CNY")),
                Money.of("123456.79", "USD").convertedToBase(rates));
        assertEquals(Optional.of(Money.of("12.50", "CNY")), Money.of("12.50", "CNY").convertedToBase(rates));
        assertTrue(Money.of("1", "JPY").convertedToBase(rates).isEmpty());
    }

    @Test
    void convertedToRefusesANegativeMultiplier() {
        assertThrows(IllegalArgumentException.class,
                () -> Money.of("1", "USD").convertedTo("CNY", new BigDecimal("-7")));
    }

    @Test
    void theScenarioGivesItsBaseAndRates() {
        assertEquals(Optional.of(BigDecimal.ONE), rates.rate("CNY"));
        assertEquals(Optional.of(new BigDecimal("7.83")), rates.rate("EUR"));
        assertTrue(rates.rate("GBP").isEmpty());
    }
}
