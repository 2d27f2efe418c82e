package com.computetco.engine.risk;

/**
 * One input's bar: the option's figure minus the baseline's with the input at its low and at its high value, and
 * the effects, the changes of that difference from the scenario's own. {@code flips} where at the low or the high
 * value the option is cheaper than the baseline while it is not in the scenario, or the other way round.
 */
public record TornadoBar(Input input, double value, double low, double high, boolean rangeGiven,
        double differenceAtLow, double differenceAtHigh, double effectLow, double effectHigh, boolean flips) {

    /** The bar's length for sorting: the larger of the two effects, in absolute value. */
    public double size() {
        return Math.max(Math.abs(effectLow), Math.abs(effectHigh));
    }
}
