package com.computetco.report;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportStyles.Kind;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The detail behind page 1: the cost breakdown by component (one row per component, one column per option, in
 * the scenario's order; every figure a reference to the option's cash-flow sheet) and the charts drawn from it
 * ({@link ReportCharts}). Components run down the page so that the sheet prints one page wide for up to eight
 * options.
 */
record BreakdownSheet(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, Evaluation evaluation,
        List<CashFlowSheet> sheets) {
    static final int HEADER_ROW = 2;
    static final int FIRST_ROW = 3;
    static final int COL_COMPONENT = 0;
    static final int COL_FIRST_OPTION = 1;
    /** The widths of the label column and of each option's column, in characters. */
    static final int LABEL_WIDTH = 26;
    static final int OPTION_WIDTH = 15;
    /** Columns the charts span, at least: two charts side by side, one page wide. */
    static final int CHART_COLUMNS = 9;

    void write() {
        out.text(0, 0, text.format("cli.table.components", scenario.currency()), styles.title(), false);
        CellStyle h = styles.header();
        out.text(HEADER_ROW, COL_COMPONENT, text.get("report.breakdown.component"), h, false);
        int n = scenario.options().size();
        for (int i = 0; i < n; i++) {
            out.text(HEADER_ROW, COL_FIRST_OPTION + i, evaluation.options().get(i).label(), h, false);
        }
        out.row(HEADER_ROW).setHeightInPoints(48);
        CellStyle money = styles.value(Kind.AMOUNT, false);
        for (CostComponent c : CostComponent.values()) {
            int r = componentRow(c);
            out.text(r, COL_COMPONENT, text.get("component." + c.key()), null, false);
            for (int i = 0; i < n; i++) {
                out.formula(r, COL_FIRST_OPTION + i, sheets.get(i).componentTotalRef(c),
                        evaluation.options().get(i).componentTotal(c), money, OPTION_WIDTH);
            }
        }
        int total = totalRow();
        out.text(total, COL_COMPONENT, text.get("report.breakdown.netTotal"), styles.boldText(), false);
        for (int i = 0; i < n; i++) {
            String column = ReportLayout.col(COL_FIRST_OPTION + i);
            OptionResult result = evaluation.options().get(i);
            out.formula(total, COL_FIRST_OPTION + i, "SUM(" + column + (FIRST_ROW + 1) + ":" + column + total + ")",
                    result.totalCost(), styles.strong(Kind.AMOUNT), OPTION_WIDTH);
        }
        out.text(total + 1, COL_COMPONENT, text.get("report.breakdown.note"), null, false);
        out.width(COL_COMPONENT, LABEL_WIDTH);
        for (int c = COL_FIRST_OPTION; c < Math.max(COL_FIRST_OPTION + n, CHART_COLUMNS); c++) {
            out.width(c, OPTION_WIDTH);
        }
        out.fitColumns(OPTION_WIDTH, OPTION_WIDTH);
        out.width(COL_COMPONENT, LABEL_WIDTH);
        out.repeatColumns(1);
    }

    static int componentRow(CostComponent c) {
        return FIRST_ROW + c.ordinal();
    }

    /** The net total after resale: the sum of every component, the residual value (negative) included. */
    static int totalRow() {
        return FIRST_ROW + CostComponent.count();
    }

    /** The first row free for the charts. */
    static int chartRow() {
        return totalRow() + 3;
    }

    String name() {
        return out.name();
    }
}
