package com.computetco.ui.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a number typed into a field is read, in both window languages: English grouping, Chinese full-width commas
 * and the units 万 (10^4) and 亿 (10^8); the value is exactly what was typed (scale kept), never a guess.
 */
class NumberTextTest {

    /** The no-break spaces (\\u00a0, \\u202f) are what a number copied from a web page or a PDF brings along. */
    @ParameterizedTest(name = "[{index}] \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed                 | value
            0                       | 0
            42                      | 42
            2700000                 | 2700000
            2,700,000               | 2700000
            '2 700 000'             | 2700000
            2_700_000               | 2700000
            2，700，000             | 2700000
            '2\u00a0700\u00a0000'   | 2700000
            '2\u202f700\u202f000'   | 2700000
            '  0.95  '              | 0.95
            .5                      | 0.5
            5.                      | 5
            -12.5                   | -12.5
            +7                      | 7
            -0                      | 0
            2.7e6                   | 2700000
            2.7E6                   | 2700000
            1e-3                    | 0.001
            1e+2                    | 100
            1e9999                  | 1e9999
            270万                   | 2700000
            1.8亿                   | 180000000
            -3万                    | -30000
            '1,000 万'              | 10000000
            0.5万                   | 5000
            99999999999999999999.99 | 99999999999999999999.99
            """)
    void readsWhatPeopleType(String typed, BigDecimal expected) {
        Optional<BigDecimal> read = NumberText.parse(typed);
        assertTrue(read.isPresent(), typed);
        assertEquals(0, expected.compareTo(read.get()), () -> typed + " read as " + read.get());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" keeps scale {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.50       | 2
            2,700,000  | 0
            0.950      | 3
            -12.0      | 1
            """)
    void keepsTheDigitsAsTyped(String typed, int scale) {
        assertEquals(scale, NumberText.parse(typed).orElseThrow().scale(), typed);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a number")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc", "12abc", "1.2.3", "--5", "+-5", "5-", "e5", "1e", "1e10000", "万", "亿",
        "5万万", "5亿万", "万5", "1.8 亿元", "$100", "100%", "1/2", "0x1F", "NaN", "Infinity", "１２", "五", "."})
    void refusesWhatIsNotANumber(String typed) {
        assertEquals(Optional.empty(), NumberText.parse(typed), typed);
    }

    @ParameterizedTest(name = "[{index}] {0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.7E+6   | 2700000
            1E-3     | 0.001
            0.95     | 0.95
            -30000   | -30000
            1.50     | 1.50
            """)
    void formatsPlainDigitsWithoutExponentOrGrouping(BigDecimal value, String shown) {
        assertEquals(shown, NumberText.format(value));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0.95", "2700000", "-12.5", "0.001", "180000000"})
    void whatIsShownReadsBackAsTheSameValue(String value) {
        BigDecimal stored = new BigDecimal(value);
        assertEquals(stored, NumberText.parse(NumberText.format(stored)).orElseThrow());
    }
}
