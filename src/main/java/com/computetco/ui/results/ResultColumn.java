package com.computetco.ui.results;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The columns of the results table, in display order. Each knows its text and its sort order, so the view
 * creates columns by iterating this enum and holds no per-column rules of its own.
 */
public enum ResultColumn {
    OPTION("option", false, ResultRow::labelText, Comparator.comparing(ResultRow::label, String.CASE_INSENSITIVE_ORDER)),
    TYPE("type", false, ResultRow::typeText, Comparator.comparing(ResultRow::typeText)),
    SIZE("servers", true, ResultRow::sizeText, Comparator.comparingDouble(ResultRow::size)),
    IN_SERVICE("inService", true, ResultRow::inServiceText, Comparator.comparingInt(ResultRow::inServiceMonth)),
    TOTAL_COST("totalCost", true, ResultRow::totalCostText, Comparator.comparingDouble(ResultRow::totalCost)),
    PRESENT_VALUE("presentValue", true, ResultRow::presentValueText,
            Comparator.comparingDouble(ResultRow::presentValue)),
    COST_PER_PFLOPS_YEAR("costPerPflopsYear", true, ResultRow::costPerPflopsYearText,
            Comparator.comparingDouble(ResultRow::costPerPflopsYear)),
    PAYBACK("payback", true, ResultRow::paybackText, nullsLast(ResultRow::paybackMonths)),
    DISCOUNTED_PAYBACK("discountedPayback", true, ResultRow::discountedPaybackText,
            nullsLast(ResultRow::discountedPaybackMonths)),
    IRR("irr", true, ResultRow::irrText, nullsLast(ResultRow::irrPct)),
    BREAK_EVEN("breakEven", true, ResultRow::breakEvenText, nullsLast(ResultRow::breakEven));

    private final String key;
    private final boolean numeric;
    private final Function<ResultRow, String> text;
    private final Comparator<ResultRow> order;

    ResultColumn(String key, boolean numeric, Function<ResultRow, String> text, Comparator<ResultRow> order) {
        this.key = key;
        this.numeric = numeric;
        this.text = text;
        this.order = order;
    }

    /** The suffix of the heading keys: {@code result.<key>} (full) and {@code results.column.<key>} (short). */
    public String key() {
        return key;
    }

    /** Whether the column holds figures, which read best right-aligned. */
    public boolean numeric() {
        return numeric;
    }

    public String text(ResultRow row) {
        return text.apply(row);
    }

    public Comparator<ResultRow> order() {
        return order;
    }

    private static Comparator<ResultRow> nullsLast(Function<ResultRow, Double> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
