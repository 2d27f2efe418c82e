package com.computetco.report;

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
    // v2: the break-even rent price as the baseline quotes it (section 9), and the after-tax results (section 13,
    // "—" without a tax block).
    static final int RESULT_BREAK_EVEN_AS_QUOTED = 12;
    static final int RESULT_AT_TOTAL = 13;
    static final int RESULT_AT_PRESENT_VALUE = 14;
    static final int RESULT_AT_PAYBACK = 15;
    static final int RESULT_AT_DISCOUNTED_PAYBACK = 16;
    static final int RESULT_AT_IRR = 17;
    static final int RESULT_AT_VAT = 18;
    static final int RESULT_AT_INCOME_TAX = 19;
    static final int RESULT_AT_DEPRECIATION = 20;
    static final int RESULT_AT_EPSILON = 21;
    static final int RESULT_AT_DISCOUNTED_EPSILON = 22;
    static final int RESULT_AT_IRR_GUESS = 23;
    static final int RESULT_COUNT = 24;

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
    // v2, after the comparison columns (empty on the baseline's sheet). Financing (section 11), build options only.
    static final int COL_LOAN_DRAW = COL_COUNT;
    static final int COL_LOAN_INSTALMENT = COL_COUNT + 1;
    static final int COL_LOAN_INTEREST = COL_COUNT + 2;
    static final int COL_LOAN_REPAYMENT = COL_COUNT + 3;
    static final int COL_LOAN_BALANCE = COL_COUNT + 4;
    // Taxes and the after-tax flow (section 13), only where the scenario has a tax block.
    static final int COL_VAT_PAID = COL_COUNT + 5;
    static final int COL_VAT_CREDIT = COL_COUNT + 6;
    static final int COL_VAT = COL_COUNT + 7;
    static final int COL_DEPRECIATION = COL_COUNT + 8;
    static final int COL_EXPENSE = COL_COUNT + 9;
    static final int COL_INCOME_TAX = COL_COUNT + 10;
    static final int COL_AFTER_TAX = COL_COUNT + 11;
    static final int COL_AT_CUMULATIVE = COL_COUNT + 12;
    static final int COL_AT_DISCOUNTED = COL_COUNT + 13;
    static final int COL_AT_CUMULATIVE_DISCOUNTED = COL_COUNT + 14;
    static final int COL_AT_SAVING = COL_COUNT + 15;
    static final int COL_AT_CUMULATIVE_SAVING = COL_COUNT + 16;
    static final int COL_AT_CROSSING = COL_COUNT + 17;
    static final int COL_AT_LAST_SIGN = COL_COUNT + 18;
    static final int COL_AT_SIGN_CHANGE = COL_COUNT + 19;
    static final int COL_AT_CUMULATIVE_DISCOUNTED_SAVING = COL_COUNT + 20;
    static final int COL_AT_DISCOUNTED_CROSSING = COL_COUNT + 21;
    static final int COL_COUNT_V2 = COL_COUNT + 22;

    /**
     * The columns one comparison with the baseline uses: the flow, its discounted value, and the helpers of payback
     * and IRR. Pre-tax and after-tax each have one.
     */
    record Comparison(int flow, int discounted, int saving, int cumulativeSaving, int crossing, int lastSign,
            int signChange, int cumulativeDiscountedSaving, int discountedCrossing, int epsilon,
            int discountedEpsilon) {
    }

    static final Comparison PRE_TAX = new Comparison(COL_TOTAL, COL_DISCOUNTED, COL_SAVING, COL_CUMULATIVE_SAVING,
            COL_CROSSING, COL_LAST_SIGN, COL_SIGN_CHANGE, COL_CUMULATIVE_DISCOUNTED_SAVING, COL_DISCOUNTED_CROSSING,
            RESULT_EPSILON, RESULT_DISCOUNTED_EPSILON);
    static final Comparison AFTER_TAX = new Comparison(COL_AFTER_TAX, COL_AT_DISCOUNTED, COL_AT_SAVING,
            COL_AT_CUMULATIVE_SAVING, COL_AT_CROSSING, COL_AT_LAST_SIGN, COL_AT_SIGN_CHANGE,
            COL_AT_CUMULATIVE_DISCOUNTED_SAVING, COL_AT_DISCOUNTED_CROSSING, RESULT_AT_EPSILON,
            RESULT_AT_DISCOUNTED_EPSILON);

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
