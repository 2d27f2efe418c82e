package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's verdict check forgives a figure rounded the other way at a half, and nothing else. */
class RoundingAtAHalfTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Renting is the cheapest option: 24 CNY over 42 months.  | Renting is the cheapest option: 25 CNY over 42 months.  | true
            It costs 41.2 million CNY more.                         | It costs 41.3 million CNY more.                         | true
            It costs 1,999 CNY more.                                | It costs 2,000 CNY more.                                | true
            Renting is the cheapest option: 24 CNY over 42 months.  | Renting is the cheapest option: 26 CNY over 42 months.  | false
            Renting is the cheapest option: 24 CNY over 42 months.  | Building is the cheapest option: 24 CNY over 42 months. | false
            It costs 41.2 million CNY more.                         | It costs 41.2 million CNY more over 60 months.          | false
            """)
    void onlyALastDigitOneApartIsForgiven(String expected, String actual, boolean same) {
        assertEquals(same, RecomputedReport.sameButForRoundingAtAHalf(expected.strip(), actual.strip()));
    }
}
