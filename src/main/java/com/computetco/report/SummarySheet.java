package com.computetco.report;

import static com.computetco.report.ReportLayout.*;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportStyles.Kind;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The first page, an executive summary on one A4 page: scenario, date and currency, the verdict sentence (a
 * formula: it names whichever option the figures make cheapest), the ranking table in the scenario's order (every
 * figure a reference to the option's cash-flow sheet, the rank a formula that puts options never in service within
 * the horizon last), then the top sensitivities, the main risk and a sign-off block ({@link SummaryNotes}). The cost
 * breakdown and the charts are on the next sheet ({@link BreakdownSheet}).
 */
final class SummarySheet {
    static final int RISK_ROW = 6;
    static final int VERDICT_ROW = 7;
    static final int VERDICT_NOTE_ROW = 8;
    static final int RANK_HEADER_ROW = 9;
    static final int RANK_FIRST_ROW = 10;
    static final int COL_RANK = 0;
    static final int COL_OPTION = 1;
    static final int COL_TYPE = 2;
    static final int COL_SIZE = 3;
    static final int COL_IN_SERVICE = 4;
    static final int COL_CAPACITY_GAP = 5;
    static final int COL_TOTAL = 6;
    static final int COL_PRESENT_VALUE = 7;
    static final int COL_COST_PER_PFLOPS_YEAR = 8;
    static final int COL_PAYBACK = 9;
    static final int COL_DISCOUNTED_PAYBACK = 10;
    static final int COL_IRR = 11;
    static final int COL_BREAK_EVEN = 12;
    static final int LAST_COL = 12;
    /** The column of the values of the scenario's lines at the top. */
    static final int COL_INFO_VALUE = 2;
    /** The option column's widest: longer labels wrap. */
    static final int OPTION_WIDTH = 22;
    /** The ranking's column widths in characters: page 1 prints one page wide at 85 % or more, in both languages. */
    static final int[] WIDTHS = {5, OPTION_WIDTH, 7, 9, 9, 9, 12, 12, 10, 9, 11, 8, 12};
    // Hidden helper columns of the ranking and the verdict formula.
    /** The ranking key: the total, plus {@link #NOT_IN_SERVICE} for an option never in service within the horizon. */
    static final int COL_RANK_KEY = 13;
    /** The ranking key of build options, empty for rent options: the best build is the smallest. */
    static final int COL_BUILD_KEY = 14;
    static final int COL_IS_BUILD = 15;
    static final int COL_LABEL = 16;
    /** On {@link #VERDICT_NOTE_ROW}: the row number (1-based, within the ranking) of the cheapest option. */
    static final int COL_WINNER = 13;
    /** On {@link #VERDICT_NOTE_ROW}: the row number of the best build option, 0 for none in service. */
    static final int COL_BEST_BUILD = 14;
    /** Added to the ranking key of an option never in service within the horizon: it ranks after all others. */
    static final double NOT_IN_SERVICE = 1e15;

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final Scenario scenario;
    private final Evaluation evaluation;
    private final List<CashFlowSheet> sheets;
    private final ReportView view;
    /** The first row after the ranking and, with a tax block, the other view's figures. */
    private int after;

    /**
     * @param evaluation the evaluation as {@code view} sees it ({@link ReportView#of}): it orders the ranking and
     *     gives the cached values
     */
    SummarySheet(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, Evaluation evaluation,
            List<CashFlowSheet> sheets, ReportView view) {
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.scenario = scenario;
        this.evaluation = evaluation;
        this.sheets = sheets;
        this.view = view;
    }

    /** The ranking key of an option, as the hidden key column computes it. */
    static double rankKey(OptionResult result, int horizon) {
        return result.inServiceMonth() < horizon ? result.totalCost() : NOT_IN_SERVICE + result.totalCost();
    }

    /** The rank the workbook gives an option at export: 1 + the number of options with a smaller key. */
    static int rank(Evaluation evaluation, int index) {
        double key = rankKey(evaluation.options().get(index), evaluation.horizonMonths());
        int smaller = 0;
        for (OptionResult o : evaluation.options()) {
            if (rankKey(o, evaluation.horizonMonths()) < key) {
                smaller++;
            }
        }
        return smaller + 1;
    }

    /**
     * The index of the option ranked first at export: the engine's {@link Evaluation#cheapest()}, which ranks options
     * never in service last as the key column does (the first of equals, as MATCH finds it).
     */
    static int winner(Evaluation evaluation) {
        return evaluation.options().indexOf(evaluation.cheapest());
    }

    /**
     * @param verdict the verdict at export, the formula's cached value
     */
    void write(LocalDate date, String verdict) {
        // Labels in the narrow rank column run over into the option column; values start after it.
        out.text(0, 0, text.get("report.summary.title"), styles.title(), false);
        info(1, "field.name.label", scenario.name());
        out.text(2, 0, text.get("report.summary.date"), styles.boldText(), false);
        out.date(2, COL_INFO_VALUE, date, styles.leftDate());
        out.sheet().addMergedRegion(new CellRangeAddress(2, 2, COL_INFO_VALUE, COL_INFO_VALUE + 2));
        info(3, "field.currency.label", scenario.currency());
        int baseline = scenario.baselineIndex();
        info(4, "report.assumptions.baseline", scenario.options().get(baseline).label());
        out.text(5, 0, text.get("field.horizonMonths.label"), styles.boldText(), false);
        out.formula(5, COL_INFO_VALUE, AssumptionsSheet.HORIZON, (double) scenario.horizonMonths(),
                styles.value(Kind.INTEGER, false), 6);
        out.text(5, COL_INFO_VALUE + 1, text.get("field.horizonMonths.unit"), null, false);
        out.text(5, COL_TOTAL, text.get("field.demandPflops.label"), styles.boldText(), false);
        out.formula(5, COL_COST_PER_PFLOPS_YEAR, AssumptionsSheet.DEMAND, scenario.demandPflops().doubleValue(),
                styles.input(Kind.NUMBER, scenario.demandPflops()), 6);
        out.text(5, COL_PAYBACK, text.get("field.demandPflops.unit"), null, false);

        ranking();
        int n = scenario.options().size();
        String keys = range(COL_RANK_KEY, n);
        String buildKeys = range(COL_BUILD_KEY, n);
        int winner = winner(evaluation);
        out.formula(VERDICT_NOTE_ROW, COL_WINNER, "MATCH(MIN(" + keys + ")," + keys + ",0)", (double) (winner + 1),
                null, 4);
        out.formula(VERDICT_NOTE_ROW, COL_BEST_BUILD, "IF(COUNT(" + buildKeys + ")=0,0,IF(MIN(" + buildKeys + ")>="
                + NOT_IN_SERVICE + ",0,MATCH(MIN(" + buildKeys + ")," + buildKeys + ",0)))", (double) bestBuild(),
                null, 4);
        VerdictFormula formula = new VerdictFormula(text, scenario.currency(),
                scenario.options().get(baseline).label());
        String verdictFormula = formula.formula(new VerdictFormula.Cells(abs(COL_WINNER, VERDICT_NOTE_ROW),
                abs(COL_BEST_BUILD, VERDICT_NOTE_ROW), range(COL_LABEL, n), range(COL_IS_BUILD, n),
                range(COL_TOTAL, n), range(COL_PAYBACK, n), range(COL_IRR, n), range(COL_BREAK_EVEN, n)));
        out.formula(VERDICT_ROW, 0, verdictFormula, verdict, styles.wrappedBold(), 0);
        out.sheet().addMergedRegion(new CellRangeAddress(VERDICT_ROW, VERDICT_ROW, 0, LAST_COL));
        out.row(VERDICT_ROW).setHeightInPoints(36);
        out.text(VERDICT_NOTE_ROW, 0, text.get("report.summary.verdictNote") + (scenario.taxBlock().isPresent()
                ? " " + text.get("report.summary.view." + view.cliName()) : ""), null, false);
        for (int c = COL_RANK_KEY; c <= COL_LABEL; c++) {
            out.sheet().setColumnHidden(c, true);
        }
        // Fixed widths (headers wrap) so that page 1 prints one page wide at 85 % or more.
        out.widths(WIDTHS);
        out.repeatColumns(2);
    }

    private String range(int column, int n) {
        return ReportLayout.column(column, RANK_FIRST_ROW, RANK_FIRST_ROW + n - 1);
    }

    /** The 1-based ranking row of the best build option in service within the horizon, 0 for none. */
    private int bestBuild() {
        int best = -1;
        int h = evaluation.horizonMonths();
        for (int i = 0; i < evaluation.options().size(); i++) {
            OptionResult o = evaluation.options().get(i);
            if (o.isBuild() && (best < 0 || rankKey(o, h) < rankKey(evaluation.options().get(best), h))) {
                best = i;
            }
        }
        return best < 0 || rankKey(evaluation.options().get(best), h) >= NOT_IN_SERVICE ? 0 : best + 1;
    }

    private void info(int row, String labelKey, String value) {
        out.text(row, 0, text.get(labelKey), styles.boldText(), false);
        out.text(row, COL_INFO_VALUE, value, null, false);
    }

    private void ranking() {
        CellStyle h = styles.header();
        String cur = " (" + scenario.currency() + ")";
        String[] headers = {text.get("report.summary.rank"), text.get("result.option"), text.get("result.type"),
            text.get("result.servers"), text.get("result.inService"), text.get("result.capacityGap"),
            viewed("result.totalCost") + cur, viewed("result.presentValue") + cur,
            text.get("result.costPerPflopsYear") + cur, viewed("result.payback"),
            viewed("result.discountedPayback"), viewed("result.irr"), text.get("result.breakEven") + cur};
        for (int c = 0; c < headers.length; c++) {
            out.text(RANK_HEADER_ROW, c, SheetWriter.header(headers[c]), h, false);
        }
        out.row(RANK_HEADER_ROW).setHeightInPoints(58);
        int n = scenario.options().size();
        int first = RANK_FIRST_ROW;
        int last = RANK_FIRST_ROW + n - 1;
        int horizon = evaluation.horizonMonths();
        // Rows keep the scenario's order, so that the Rank column (a formula) is what moves after an edit.
        for (int i = 0; i < n; i++) {
            int r = RANK_FIRST_ROW + i;
            CashFlowSheet cf = sheets.get(i);
            OptionResult result = evaluation.options().get(i);
            out.formula(r, COL_RANK, "RANK(" + ref(COL_RANK_KEY, r) + "," + ReportLayout.column(COL_RANK_KEY, first,
                    last) + ",1)", (double) rank(evaluation, i), styles.value(Kind.INTEGER, false), 4);
            String label = result.label() + (cf.isBaseline() ? text.parenthetical(text.get("result.baseline")) : "");
            optionLabel(r, label);
            out.text(r, COL_TYPE, text.get("option.type." + (result.isBuild() ? "build" : "rent")), null);
            out.formula(r, COL_SIZE, cf.ref(PARAM_SIZE, CF_PARAM_ROW), cf.size(), styles.value(Kind.NUMBER, false),
                    SheetWriter.NUMBER_WIDTH);
            String inService = cf.ref(PARAM_IN_SERVICE, CF_PARAM_ROW);
            out.formula(r, COL_IN_SERVICE, inService, (double) cf.inServiceMonth(),
                    styles.value(Kind.INTEGER, false), 8);
            // The months without the demanded capacity: none for a build bridged by rental, else until in service.
            String gap = "MIN(" + inService + "," + AssumptionsSheet.HORIZON + ")";
            // v2 correction: every option but the baseline is bridged, rent options too.
            out.formula(r, COL_CAPACITY_GAP, !cf.isBaseline() ? "IF(" + AssumptionsSheet.BRIDGE + ",0," + gap + ")"
                    : gap, (double) result.capacityGapMonths(), styles.value(Kind.INTEGER, false), 8);
            link(r, COL_COST_PER_PFLOPS_YEAR, cf, RESULT_COST_PER_PFLOPS_YEAR, Kind.AMOUNT);
            figures(r, cf, view);
            link(r, COL_BREAK_EVEN, cf, RESULT_BREAK_EVEN, Kind.AMOUNT);
            double key = rankKey(result, horizon);
            out.formula(r, COL_RANK_KEY, "IF(" + ref(COL_IN_SERVICE, r) + "<" + AssumptionsSheet.HORIZON + ","
                    + ref(COL_TOTAL, r) + "," + NOT_IN_SERVICE + "+" + ref(COL_TOTAL, r) + ")", key, null, 4);
            if (result.isBuild()) {
                out.formula(r, COL_BUILD_KEY, ref(COL_RANK_KEY, r), key, null, 4);
            }
            out.number(r, COL_IS_BUILD, result.isBuild() ? 1 : 0, null, 4);
            out.text(r, COL_LABEL, result.label(), null, false);
        }
        out.sheet().setAutoFilter(new CellRangeAddress(RANK_HEADER_ROW, last, 0, LAST_COL));
        out.sheet().createFreezePane(0, RANK_FIRST_ROW);
        after = last + 1;
        if (scenario.taxBlock().isPresent()) {
            otherView(last + 1);
        }
    }

    /** Total, present value, payback, discounted payback and IRR of one view, linked to the option's sheet. */
    private void figures(int r, CashFlowSheet cf, ReportView shown) {
        link(r, COL_TOTAL, cf, shown.total, Kind.AMOUNT);
        link(r, COL_PRESENT_VALUE, cf, shown.presentValue, Kind.AMOUNT);
        link(r, COL_PAYBACK, cf, shown.payback, Kind.MONTHS);
        link(r, COL_DISCOUNTED_PAYBACK, cf, shown.discountedPayback, Kind.MONTHS);
        link(r, COL_IRR, cf, shown.irr, Kind.PERCENT);
    }

    /** A ranking header in the view it shows: "Total cost after tax" where the ranking is after tax. */
    private String viewed(String key) {
        return view == ReportView.AFTER_TAX ? text.format("report.summary.afterTax", text.get(key)) : text.get(key);
    }

    /**
     * Below the ranking, the same options in the other view (pre-tax where the ranking is after tax, and the other
     * way round), so that the Summary gives both: a heading, then one row per option in the ranking's order.
     */
    private void otherView(int start) {
        ReportView other = view.other();
        out.text(start + 1, 0, text.get("report.summary.otherView." + other.cliName()), styles.boldText(), false);
        for (int i = 0; i < sheets.size(); i++) {
            int r = start + 2 + i;
            optionLabel(r, evaluation.options().get(i).label());
            figures(r, sheets.get(i), other);
        }
        after = start + 2 + sheets.size();
    }

    /** An option's name, wrapped, in a row tall enough for its lines (the other view's rows showed only the last). */
    private void optionLabel(int r, String label) {
        out.text(r, COL_OPTION, label, styles.wrappedBottom(), false);
        // Proportional type: a column of 22 digits holds about 25 characters of a label.
        int lines = (int) Math.ceil(SheetWriter.displayWidth(label) / (OPTION_WIDTH * 1.15));
        if (lines > 1) {
            out.row(r).setHeightInPoints(15f * Math.min(lines, 3));
        }
    }

    private void link(int row, int column, CashFlowSheet cf, int result, Kind kind) {
        CellStyle style = styles.value(kind, false);
        out.formula(row, column, cf.resultRef(result), cf.resultValue(result), style, kind == Kind.AMOUNT
                ? SheetWriter.AMOUNT_WIDTH - 2 : 8);
    }

    /** Row 6, otherwise empty: the simulation's summary sentence, linked to the Risk sheet. */
    void riskLine(String line, String riskSheet) {
        var cell = out.text(RISK_ROW, 0, line, styles.link(), false);
        var link = out.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(ReportLayout.sheet(riskSheet) + "A1");
        cell.setHyperlink(link);
    }

    /** The first row after the ranking table. */
    int afterRanking() {
        return after;
    }
}
