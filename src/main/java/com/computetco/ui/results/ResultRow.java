package com.computetco.ui.results;

/**
 * One option's line in the results table: display texts in the current language and units, plus the raw figures
 * so that sorting a column orders by value rather than by text. Boxed figures are null where the methodology
 * leaves them undefined (the baseline's payback, IRR and break-even price).
 */
public record ResultRow(
        String id,
        String label,
        String labelText,
        String typeText,
        String sizeText,
        String inServiceText,
        String totalCostText,
        String presentValueText,
        String costPerPflopsYearText,
        String paybackText,
        String discountedPaybackText,
        String irrText,
        String breakEvenText,
        double size,
        int inServiceMonth,
        double totalCost,
        double presentValue,
        double costPerPflopsYear,
        Double paybackMonths,
        Double discountedPaybackMonths,
        Double irrPct,
        Double breakEven,
        boolean cheapest,
        boolean baseline) {
}
