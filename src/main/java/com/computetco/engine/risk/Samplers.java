package com.computetco.engine.risk;

import java.util.SplittableRandom;

/**
 * The distributions of methodology section 7, by inversion of one uniform number each, so that every draw
 * consumes exactly one value of the generator whatever the range (a range with min = max still consumes one,
 * which keeps the streams of the other inputs where they were).
 */
public final class Samplers {
    private Samplers() {
    }

    /** Triangular(min, likely, max) from u in [0, 1); min = max gives that value exactly. */
    public static double triangular(double u, double min, double likely, double max) {
        double width = max - min;
        if (!(width > 0)) {
            return min;
        }
        double left = likely - min;
        if (u * width < left) {
            return min + Math.sqrt(u * width * left);
        }
        double value = max - Math.sqrt((1 - u) * width * (max - likely));
        return Math.min(max, Math.max(min, value));
    }

    /** Uniform on [min, max) from u in [0, 1); min = max gives that value exactly. */
    public static double uniform(double u, double min, double max) {
        return max > min ? min + u * (max - min) : min;
    }

    public static double triangular(SplittableRandom random, double min, double likely, double max) {
        return triangular(random.nextDouble(), min, likely, max);
    }

    public static double uniform(SplittableRandom random, double min, double max) {
        return uniform(random.nextDouble(), min, max);
    }

    /**
     * The seed of one block of iterations: a strong mix of the run's seed and the block's index, so that each
     * block has its own stream and the result does not depend on which thread runs which block.
     */
    public static long blockSeed(long seed, long blockIndex) {
        return mix64(mix64(seed) + 0x9E3779B97F4A7C15L * (blockIndex + 1));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser (the mixer SplittableRandom itself uses). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
