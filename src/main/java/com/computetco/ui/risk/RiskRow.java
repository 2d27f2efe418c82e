package com.computetco.ui.risk;

/** One option's line of the simulation table: formatted texts, and the raw figures the charts draw. */
public record RiskRow(String id, String label, String mean, String p10, String p50, String p90, String cheapest,
        String paybackP10, String paybackP50, String paybackP90, String neverPaysBack, double rawP10, double rawP50,
        double rawP90, double rawMean, double probabilityCheapest, boolean mostOftenCheapest) {
}
