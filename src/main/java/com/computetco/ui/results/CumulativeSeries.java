package com.computetco.ui.results;

/**
 * One option's line in the cumulative cost chart. {@code values[m]} is the cumulative cost at the end of month
 * m, that is at time m + 1 in months; the line starts from zero at time 0.
 *
 * @param name the option's label, made unique among the options so that charts can tell them apart
 * @param payback where the option pays back against the baseline, or null (the baseline; no payback)
 * @param tooltip a sentence naming the option and its total cost
 */
public record CumulativeSeries(String optionId, String name, double[] values, PaybackPoint payback,
        String tooltip) {

    /**
     * The moment an option's cumulative savings against the baseline reach zero.
     *
     * @param months the payback time in months from the start
     * @param cumulativeCost the option's cumulative cost at that time, interpolated within the month
     * @param name the marker's legend text, e.g. "Payback: NVIDIA H100 56.8 mo"
     */
    public record PaybackPoint(double months, double cumulativeCost, String name) {
    }

    public CumulativeSeries {
        values = values.clone();
    }

    /** A copy; use {@link #value(int)} in loops. */
    @Override
    public double[] values() {
        return values.clone();
    }

    public int months() {
        return values.length;
    }

    public double value(int month) {
        return values[month];
    }
}
