package com.computetco.engine;

/**
 * Section 6's payback months of one option against the baseline, from two {@link FlowBuffer}s filled by
 * {@link ScenarioModel#evaluateFlows}: the Monte Carlo needs it per iteration, outside this package. It reuses
 * {@link Payback} so that the simulation and the deterministic evaluation can never disagree on the rule.
 */
public final class FlowPayback {
    private FlowPayback() {
    }

    /** Undiscounted payback months of {@code option} against {@code baseline}; NaN where there is none within the horizon. */
    public static double months(FlowBuffer baseline, FlowBuffer option) {
        return months(baseline, option, new double[baseline.horizon()]);
    }

    /**
     * As {@link #months(FlowBuffer, FlowBuffer)}, with {@code scratch} (exactly the horizon long) holding the
     * cumulative savings, so that a simulation thread allocates no array per iteration.
     */
    public static double months(FlowBuffer baseline, FlowBuffer option, double[] scratch) {
        if (scratch.length != baseline.horizon()) {
            throw new IllegalArgumentException("scratch must be " + baseline.horizon() + " long");
        }
        Double months = Payback.months(Payback.Savings.of(baseline.monthly, option.monthly, null, scratch));
        return months == null ? Double.NaN : months;
    }
}
