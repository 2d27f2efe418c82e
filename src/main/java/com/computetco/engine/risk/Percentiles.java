package com.computetco.engine.risk;

/** Percentiles as Excel's PERCENTILE.INC: linear interpolation between order statistics at rank (n - 1) p. */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The p-th percentile (p in [0, 1]) of the first {@code n} values of an ascending array; NaN where n = 0.
     * Equal neighbours give that value exactly.
     */
    public static double inclusive(double[] sorted, int n, double p) {
        if (n <= 0) {
            return Double.NaN;
        }
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("percentile must lie in [0, 1]: " + p);
        }
        double rank = (n - 1) * p;
        int low = (int) Math.floor(rank);
        if (low >= n - 1) {
            return sorted[n - 1];
        }
        double fraction = rank - low;
        double a = sorted[low];
        double b = sorted[low + 1];
        return a == b ? a : a + fraction * (b - a);
    }

    public static double inclusive(double[] sorted, double p) {
        return inclusive(sorted, sorted.length, p);
    }
}
