package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SamplersTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest
    @CsvSource(textBlock = """
            2, 4, 9
            0, 0, 1
            0, 1, 1
            0.35, 0.45, 0.8
            3, 3, 3.5
            """)
    void triangularDrawsHaveTheTriangularMeanAndStayInRange(double min, double likely, double max) {
        SplittableRandom random = new SplittableRandom(12345);
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = Samplers.triangular(random, min, likely, max);
            assertTrue(x >= min && x <= max, () -> x + " outside " + min + ".." + max);
            sum += x;
            sumSquares += x * x;
        }
        double mean = sum / DRAWS;
        double expectedMean = (min + likely + max) / 3;
        double variance = (min * min + likely * likely + max * max - min * likely - min * max - likely * max) / 18;
        double standardError = Math.sqrt(variance / DRAWS);
        assertEquals(expectedMean, mean, 4 * standardError);
        double sampleVariance = sumSquares / DRAWS - mean * mean;
        assertEquals(variance, sampleVariance, 0.02 * variance);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -25, 5
            3, 6
            0, 1e6
            """)
    void uniformDrawsHaveTheUniformMeanAndStayInRange(double min, double max) {
        SplittableRandom random = new SplittableRandom(99);
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = Samplers.uniform(random, min, max);
            assertTrue(x >= min && x <= max);
            sum += x;
        }
        double standardError = (max - min) / Math.sqrt(12.0 * DRAWS);
        assertEquals((min + max) / 2, sum / DRAWS, 4 * standardError);
    }

    @Test
    void aRangeWithMinEqualToMaxIsThatValueExactly() {
        for (double u : new double[] {0, 0.3, 0.999999}) {
            assertEquals(0.45, Samplers.triangular(u, 0.45, 0.45, 0.45));
            assertEquals(-5.0, Samplers.uniform(u, -5, -5));
        }
    }

    @Test
    void theInverseCdfMapsTheEndsOfTheUnitIntervalToTheEndsOfTheRange() {
        assertEquals(2.0, Samplers.triangular(0, 2, 4, 9));
        assertEquals(9.0, Samplers.triangular(Math.nextDown(1.0), 2, 4, 9), 1e-6);
        // The mode splits the probability at (likely - min) / (max - min).
        assertEquals(4.0, Samplers.triangular(2.0 / 7, 2, 4, 9), 1e-12);
    }

    @Test
    void blockSeedsDifferByBlockAndBySeed() {
        assertNotEquals(Samplers.blockSeed(1, 0), Samplers.blockSeed(1, 1));
        assertNotEquals(Samplers.blockSeed(1, 0), Samplers.blockSeed(2, 0));
        assertEquals(Samplers.blockSeed(7, 3), Samplers.blockSeed(7, 3));
    }
}
