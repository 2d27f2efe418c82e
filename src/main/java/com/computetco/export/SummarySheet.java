package com.computetco.export;

import static com.computetco.export.ReportLayout.*;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.export.ReportStyles.Kind;
import com.computetco.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The first page: scenario, date and currency, the ranking table (every figure a reference to the option's
 * cash-flow sheet, the rank a RANK formula), the verdict sentence, the cost breakdown table and the charts.
 */
final class SummarySheet {
    static final int RANK_HEADER_ROW = 9;
    static final int RANK_FIRST_ROW = 10;
    static final int COL_RANK = 0;
    static final int COL_OPTION = 1;
    static final int COL_TYPE = 2;
    static final int COL_SIZE = 3;
    static final int COL_IN_SERVICE = 4;
    static final int COL_TOTAL = 5;
    static final int COL_PRESENT_VALUE = 6;
    static final int COL_COST_PER_PFLOPS_YEAR = 7;
    static final int COL_PAYBACK = 8;
    static final int COL_DISCOUNTED_PAYBACK = 9;
    static final int COL_IRR = 10;
    static final int COL_BREAK_EVEN = 11;
    static final int LAST_COL = 11;

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final Scenario scenario;
    private final Evaluation evaluation;
    private final List<CashFlowSheet> sheets;
    /** Option indices in ranking order (cheapest first, at export). */
    private final List<Integer> order = new ArrayList<>();
    private int breakdownHeaderRow;
    private int chartRow;

    SummarySheet(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, Evaluation evaluation,
            List<CashFlowSheet> sheets) {
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.scenario = scenario;
        this.evaluation = evaluation;
        this.sheets = sheets;
        for (int i = 0; i < evaluation.options().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> evaluation.options().get(i).totalCost()));
    }

    void write(LocalDate date, String verdict) {
        out.text(0, 0, text.get("report.summary.title"), styles.title(), false);
        info(1, "field.name.label", scenario.name());
        out.text(2, 0, text.get("report.summary.date"), styles.boldText());
        out.date(2, 1, date, styles.value(Kind.DATE, false));
        info(3, "field.currency.label", scenario.currency());
        int baseline = scenario.baselineIndex();
        info(4, "report.assumptions.baseline", scenario.options().get(baseline).label());
        out.text(5, 0, text.get("field.horizonMonths.label"), styles.boldText());
        out.formula(5, 1, AssumptionsSheet.HORIZON, (double) scenario.horizonMonths(), styles.value(Kind.INTEGER, false), 6);
        out.text(5, 2, text.get("field.horizonMonths.unit"), null, false);
        out.text(5, 3, text.get("field.demandPflops.label"), styles.boldText(), false);
        out.formula(5, 4, AssumptionsSheet.DEMAND, scenario.demandPflops().doubleValue(), styles.value(Kind.NUMBER, false), 6);
        out.text(5, 5, text.get("field.demandPflops.unit"), null, false);

        out.text(7, 0, verdict, styles.wrappedBold(), false);
        out.sheet().addMergedRegion(new CellRangeAddress(7, 7, 0, LAST_COL));
        out.row(7).setHeightInPoints(36);
        out.text(8, 0, text.get("report.summary.verdictNote"), null, false);

        ranking();
        breakdown();
        out.sheet().createFreezePane(0, RANK_FIRST_ROW);
        out.fitColumns(8, 40);
    }

    private void info(int row, String labelKey, String value) {
        out.text(row, 0, text.get(labelKey), styles.boldText());
        out.text(row, 1, value, null, false);
    }

    private void ranking() {
        CellStyle h = styles.header();
        String[] headers = {text.get("report.summary.rank"), text.get("result.option"), text.get("result.type"),
            text.get("result.servers"), text.get("result.inService"), text.get("result.totalCost"),
            text.get("result.presentValue"), text.get("result.costPerPflopsYear"), text.get("result.payback"),
            text.get("result.discountedPayback"), text.get("result.irr"), text.get("result.breakEven")};
        for (int c = 0; c < headers.length; c++) {
            out.text(RANK_HEADER_ROW, c, headers[c], h, false);
            out.widen(c, Math.min(16, SheetWriter.displayWidth(headers[c])));
        }
        out.row(RANK_HEADER_ROW).setHeightInPoints(48);
        int first = RANK_FIRST_ROW;
        int last = RANK_FIRST_ROW + order.size() - 1;
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int r = RANK_FIRST_ROW + k;
            CashFlowSheet cf = sheets.get(i);
            OptionResult result = evaluation.options().get(i);
            out.formula(r, COL_RANK, "RANK(" + ref(COL_TOTAL, r) + "," + ReportLayout.column(COL_TOTAL, first, last)
                    + ",1)", (double) rank(result.totalCost()), styles.value(Kind.INTEGER, false), 4);
            String label = result.label() + (cf.isBaseline() ? " (" + text.get("result.baseline") + ")" : "");
            out.text(r, COL_OPTION, label, null);
            out.text(r, COL_TYPE, text.get("option.type." + (result.isBuild() ? "build" : "rent")), null);
            out.formula(r, COL_SIZE, cf.ref(PARAM_SIZE, CF_PARAM_ROW), cf.size(), styles.value(Kind.NUMBER, false),
                    SheetWriter.NUMBER_WIDTH);
            out.formula(r, COL_IN_SERVICE, cf.ref(PARAM_IN_SERVICE, CF_PARAM_ROW), (double) cf.inServiceMonth(),
                    styles.value(Kind.INTEGER, false), SheetWriter.NUMBER_WIDTH);
            link(r, COL_TOTAL, cf, RESULT_TOTAL, Kind.MONEY);
            link(r, COL_PRESENT_VALUE, cf, RESULT_PRESENT_VALUE, Kind.MONEY);
            link(r, COL_COST_PER_PFLOPS_YEAR, cf, RESULT_COST_PER_PFLOPS_YEAR, Kind.MONEY);
            link(r, COL_PAYBACK, cf, RESULT_PAYBACK, Kind.MONTHS);
            link(r, COL_DISCOUNTED_PAYBACK, cf, RESULT_DISCOUNTED_PAYBACK, Kind.MONTHS);
            link(r, COL_IRR, cf, RESULT_IRR, Kind.PERCENT);
            link(r, COL_BREAK_EVEN, cf, RESULT_BREAK_EVEN, Kind.MONEY);
        }
        out.sheet().setAutoFilter(new CellRangeAddress(RANK_HEADER_ROW, last, 0, LAST_COL));
    }

    private void link(int row, int column, CashFlowSheet cf, int result, Kind kind) {
        CellStyle style = styles.value(kind, false);
        out.formula(row, column, cf.resultRef(result), cf.resultValue(result), style, kind == Kind.MONEY ? SheetWriter.MONEY_WIDTH
                : SheetWriter.NUMBER_WIDTH);
    }

    private void breakdown() {
        int title = RANK_FIRST_ROW + order.size() + 1;
        out.text(title, 0, text.format("cli.table.components", scenario.currency()), styles.heading(), false);
        breakdownHeaderRow = title + 1;
        CellStyle h = styles.header();
        out.text(breakdownHeaderRow, COL_OPTION, text.get("result.option"), h, false);
        for (CostComponent c : CostComponent.values()) {
            String label = text.get("component." + c.key());
            out.text(breakdownHeaderRow, COL_OPTION + 1 + c.ordinal(), label, h, false);
            out.widen(COL_OPTION + 1 + c.ordinal(), Math.min(16, SheetWriter.displayWidth(label)));
        }
        int totalCol = COL_OPTION + 1 + CostComponent.count();
        out.text(breakdownHeaderRow, totalCol, text.get("result.totalCost"), h, false);
        out.row(breakdownHeaderRow).setHeightInPoints(48);
        CellStyle money = styles.value(Kind.MONEY, false);
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int r = breakdownHeaderRow + 1 + k;
            CashFlowSheet cf = sheets.get(i);
            out.text(r, COL_OPTION, evaluation.options().get(i).label(), null);
            OptionResult result = evaluation.options().get(i);
            double sum = 0;
            for (CostComponent c : CostComponent.values()) {
                sum += result.componentTotal(c);
                out.formula(r, COL_OPTION + 1 + c.ordinal(), cf.componentTotalRef(c), result.componentTotal(c), money,
                        SheetWriter.MONEY_WIDTH);
            }
            out.formula(r, totalCol, "SUM(" + ref(COL_OPTION + 1, r) + ":" + ref(totalCol - 1, r) + ")", sum,
                    styles.strong(Kind.MONEY), SheetWriter.MONEY_WIDTH);
        }
        chartRow = breakdownHeaderRow + order.size() + 2;
    }

    /** Row 6, otherwise empty: the simulation's summary sentence, linked to the Risk sheet. */
    void riskLine(String line, String riskSheet) {
        var cell = out.text(6, 0, line, styles.link(), false);
        var link = out.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(ReportLayout.sheet(riskSheet) + "A1");
        cell.setHyperlink(link);
    }

    /** Excel's RANK in ascending order: 1 + the number of smaller totals. */
    private int rank(double total) {
        int smaller = 0;
        for (OptionResult o : evaluation.options()) {
            if (o.totalCost() < total) {
                smaller++;
            }
        }
        return smaller + 1;
    }

    List<Integer> order() {
        return order;
    }

    int breakdownHeaderRow() {
        return breakdownHeaderRow;
    }

    int chartRow() {
        return chartRow;
    }
}
