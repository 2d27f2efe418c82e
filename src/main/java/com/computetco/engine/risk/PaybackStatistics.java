package com.computetco.engine.risk;

/**
 * The distribution of an option's payback months over the simulated futures: percentiles over the iterations
 * that pay back within the horizon (null where none does) and the share of iterations that do not.
 */
public record PaybackStatistics(Double p10, Double p50, Double p90, double neverShare) {
}
