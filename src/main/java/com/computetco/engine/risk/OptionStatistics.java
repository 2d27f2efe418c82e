package com.computetco.engine.risk;

/**
 * One option's results over the simulated futures: the total cost's mean and percentiles (PERCENTILE.INC), the
 * probability of being the cheapest option (ties shared) and, except for the baseline (null), the payback
 * distribution.
 */
public record OptionStatistics(String id, String label, boolean build, boolean baseline, double mean, double p10,
        double p50, double p90, double probabilityCheapest, PaybackStatistics payback) {
}
