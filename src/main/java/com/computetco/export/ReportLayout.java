package com.computetco.export;

import org.apache.poi.ss.util.CellReference;

/**
 * Where the report puts things: the fixed rows and columns of a cash-flow sheet, shared by the writer and by
 * the tests that recompute the workbook. Rows and columns are 0-based, as POI counts them.
 */
final class ReportLayout {
    private ReportLayout() {
    }

    // ---- Cash-flow sheet ("CF 1", "CF 2" ...): one per option, in the scenario's order ----
    static final int CF_TITLE_ROW = 0;
    static final int CF_PARAM_LABEL_ROW = 1;
    static final int CF_PARAM_ROW = 2;
    static final int CF_RESULT_LABEL_ROW = 3;
    static final int CF_RESULT_ROW = 4;
    static final int CF_TOTAL_ROW = 5;
    static final int CF_HEADER_ROW = 6;
    /** Month m is on row CF_FIRST_MONTH_ROW + m. */
    static final int CF_FIRST_MONTH_ROW = 7;

    /** Parameter cells with a fixed place (the others follow them). */
    static final int PARAM_SIZE = 1;
    static final int PARAM_IN_SERVICE = 2;
    static final int PARAM_FIRST_FREE = 3;

    /** Result cells on {@link #CF_RESULT_ROW}. */
    static final int RESULT_TOTAL = 1;
    static final int RESULT_PRESENT_VALUE = 2;
    static final int RESULT_COST_PER_PFLOPS_YEAR = 3;
    static final int RESULT_PAYBACK = 4;
    static final int RESULT_DISCOUNTED_PAYBACK = 5;
    static final int RESULT_IRR = 6;
    static final int RESULT_BREAK_EVEN = 7;
    static final int RESULT_EPSILON = 8;
    static final int RESULT_DISCOUNTED_EPSILON = 9;
    static final int RESULT_IRR_GUESS = 10;
    static final int RESULT_PRICE_COEFFICIENT = 11;
    static final int RESULT_COUNT = 12;

    /** Monthly table columns. */
    static final int COL_MONTH = 0;
    static final int COL_PRICE_FACTOR = 1;
    /** Component c (CostComponent ordinal) is in column COL_FIRST_COMPONENT + c. */
    static final int COL_FIRST_COMPONENT = 2;
    /** After the components: one column per CostComponent, so a new component moves the rest along. */
    static final int COL_TOTAL = COL_FIRST_COMPONENT + com.computetco.engine.CostComponent.count();
    static final int COL_CUMULATIVE = COL_TOTAL + 1;
    static final int COL_DISCOUNT_FACTOR = COL_TOTAL + 2;
    static final int COL_DISCOUNTED = COL_TOTAL + 3;
    static final int COL_CUMULATIVE_DISCOUNTED = COL_TOTAL + 4;
    // Comparison with the baseline (not on the baseline's own sheet).
    static final int COL_SAVING = COL_TOTAL + 5;
    static final int COL_CUMULATIVE_SAVING = COL_TOTAL + 6;
    static final int COL_CROSSING = COL_TOTAL + 7;
    static final int COL_LAST_SIGN = COL_TOTAL + 8;
    static final int COL_SIGN_CHANGE = COL_TOTAL + 9;
    static final int COL_CUMULATIVE_DISCOUNTED_SAVING = COL_TOTAL + 10;
    static final int COL_DISCOUNTED_CROSSING = COL_TOTAL + 11;
    static final int COL_COUNT_BASELINE = COL_TOTAL + 5;
    static final int COL_COUNT = COL_TOTAL + 12;

    static int monthRow(int month) {
        return CF_FIRST_MONTH_ROW + month;
    }

    static String col(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** "C8": a relative reference. */
    static String ref(int column, int row) {
        return col(column) + (row + 1);
    }

    /** "$C$8". */
    static String abs(int column, int row) {
        return "$" + col(column) + "$" + (row + 1);
    }

    /** "$C8": the column fixed, for the monthly rows. */
    static String absCol(int column, int row) {
        return "$" + col(column) + (row + 1);
    }

    /** "'CF 1'!": a sheet prefix, always quoted (names may hold spaces or Chinese). */
    static String sheet(String name) {
        return "'" + name.replace("'", "''") + "'!";
    }

    /** "$C$8:$C$67". */
    static String column(int column, int firstRow, int lastRow) {
        return abs(column, firstRow) + ":" + abs(column, lastRow);
    }
}
