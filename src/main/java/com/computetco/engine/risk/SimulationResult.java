package com.computetco.engine.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of a Monte Carlo run (methodology section 7). Immutable: the sorted samples are copied out, so the
 * window can draw histograms from a background result without sharing state.
 */
public final class SimulationResult {
    private final int iterations;
    private final long seed;
    private final String currency;
    private final String baselineOptionId;
    private final List<OptionStatistics> options;
    private final List<String> variedInputs;
    private final double[][] sortedTotals;

    SimulationResult(int iterations, long seed, String currency, String baselineOptionId,
            List<OptionStatistics> options, List<String> variedInputs, double[][] sortedTotals) {
        this.iterations = iterations;
        this.seed = seed;
        this.currency = currency;
        this.baselineOptionId = baselineOptionId;
        this.options = List.copyOf(options);
        this.variedInputs = List.copyOf(variedInputs);
        this.sortedTotals = sortedTotals;
    }

    public int iterations() {
        return iterations;
    }

    public long seed() {
        return seed;
    }

    public String currency() {
        return currency;
    }

    public String baselineOptionId() {
        return baselineOptionId;
    }

    /** Per option, in the scenario's order. */
    public List<OptionStatistics> options() {
        return options;
    }

    public Optional<OptionStatistics> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The option most often cheapest (the first of equals). */
    public OptionStatistics mostOftenCheapest() {
        return options.stream().max(Comparator.comparingDouble(OptionStatistics::probabilityCheapest)
                .thenComparing(Comparator.comparingInt(options::indexOf).reversed())).orElseThrow();
    }

    /**
     * What the run varied, as keys: {@code electricityPrice}, {@code rentAnnualChange}, {@code leadTime:ID}, {@code supplyRisk:ID},
     * {@code retrainingMonths:ID}. Empty when the scenario has no range: every iteration is then the
     * deterministic evaluation.
     */
    public List<String> variedInputs() {
        return variedInputs;
    }

    /** The option's simulated total costs in ascending order (a copy), for histograms and S-curves. */
    public double[] sortedTotals(int optionIndex) {
        return sortedTotals[optionIndex].clone();
    }

    /** The p-th percentile (p in [0, 1], PERCENTILE.INC) of an option's total cost. */
    public double totalPercentile(int optionIndex, double p) {
        return Percentiles.inclusive(sortedTotals[optionIndex], p);
    }
}
