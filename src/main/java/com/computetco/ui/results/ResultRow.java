package com.computetco.ui.results;

/**
 * One option's line in the results table: display texts in the current language and units, plus the raw figures
 * so that sorting a column orders by value rather than by text. Boxed figures are null where the methodology
 * leaves them undefined (the baseline's payback, IRR and break-even price). The notes explain a dash where a
 * figure would mislead (empty when there is nothing to explain): an option cheaper from the very start has no
 * payback to show ("0.0 months" read as instant payback), a rental's break-even rent is just its own price, and a
 * rental sized up by the lessor's minimum pays for more than the demand (its size is marked).
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
        boolean baseline,
        String paybackNote,
        String breakEvenNote,
        String sizeNote) {
}
