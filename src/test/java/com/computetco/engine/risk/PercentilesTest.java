package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are those of Excel's PERCENTILE.INC on the same arrays. */
class PercentilesTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            0.0, 1
            0.1, 1.3
            0.25, 1.75
            0.5, 2.5
            0.9, 3.7
            1.0, 4
            """)
    void matchesPercentileIncOnOneToFour(double p, double expected) {
        assertEquals(expected, Percentiles.inclusive(new double[] {1, 2, 3, 4}, p), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.4, 29
            0.1, 17
            0.5, 35
            0.9, 46
            """)
    void matchesPercentileIncOnExcelsExample(double p, double expected) {
        assertEquals(expected, Percentiles.inclusive(new double[] {15, 20, 35, 40, 50}, p), 1e-12);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertEquals(7.5, Percentiles.inclusive(new double[] {7.5}, 0.1));
        assertEquals(7.5, Percentiles.inclusive(new double[] {7.5}, 0.9));
    }

    @Test
    void equalValuesGiveThatValueExactly() {
        double v = 43881784.81000006;
        assertEquals(v, Percentiles.inclusive(new double[] {v, v, v, v, v, v, v}, 0.1));
    }

    @Test
    void onlyTheFirstNValuesCount() {
        assertEquals(2.0, Percentiles.inclusive(new double[] {1, 2, 3, 100, 100}, 3, 0.5));
        assertTrue(Double.isNaN(Percentiles.inclusive(new double[0], 0.5)));
    }

    @Test
    void aPercentileOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.inclusive(new double[] {1}, 1.1));
    }
}
