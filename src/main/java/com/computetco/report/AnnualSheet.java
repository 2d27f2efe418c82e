package com.computetco.report;

import static com.computetco.report.ReportLayout.COL_FIRST_COMPONENT;
import static com.computetco.report.ReportLayout.COL_MONTH;
import static com.computetco.report.ReportLayout.COL_TOTAL;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportStyles.Kind;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The annual view for budgeting: one row per plan year and cost component, one column per option. Each figure
 * sums that year's months of the option's cash-flow sheet (SUMIFS over the month column), so it follows every
 * edit; a year's total row and the grand total follow. Plan year 1 is months 0 to 11. Financing is a component
 * row like the others. Below the grand total, the budget summary (v2): per plan year its capex (hardware payments,
 * expected prepayment loss, resale), opex (every other component but financing), financing and pre-tax total, and
 * where the scenario has a tax block its VAT, income tax and after-tax total, summed from the same sheets.
 */
record AnnualSheet(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, Evaluation evaluation,
        List<CashFlowSheet> sheets) {
    static final int HEADER_ROW = 2;
    static final int FIRST_ROW = 3;
    static final int COL_YEAR = 0;
    static final int COL_COMPONENT = 1;
    static final int COL_FIRST_OPTION = 2;
    /** Rows per plan year: the components, then the year's total. */
    static final int ROWS_PER_YEAR = CostComponent.count() + 1;

    static int years(int horizonMonths) {
        return (horizonMonths + 11) / 12;
    }

    /** The row of a component in a plan year (1-based). */
    static int row(int year, CostComponent c) {
        return FIRST_ROW + (year - 1) * ROWS_PER_YEAR + c.ordinal();
    }

    static int totalRow(int year) {
        return FIRST_ROW + (year - 1) * ROWS_PER_YEAR + CostComponent.count();
    }

    void write() {
        out.text(0, 0, text.format("report.annual.title", scenario.currency()), styles.title(), false);
        out.text(1, 0, text.get("report.annual.note"), null, false);
        CellStyle h = styles.header();
        out.text(HEADER_ROW, COL_YEAR, text.get("report.annual.year"), h, false);
        out.text(HEADER_ROW, COL_COMPONENT, text.get("report.breakdown.component"), h, false);
        int n = evaluation.options().size();
        for (int i = 0; i < n; i++) {
            out.text(HEADER_ROW, COL_FIRST_OPTION + i, evaluation.options().get(i).label(), h, false);
        }
        out.row(HEADER_ROW).setHeightInPoints(45);
        CellStyle money = styles.value(Kind.AMOUNT, false);
        CellStyle strong = styles.strong(Kind.AMOUNT);
        int years = years(scenario.horizonMonths());
        for (int y = 1; y <= years; y++) {
            int fromMonth = 12 * (y - 1);
            int toMonth = 12 * y;
            for (CostComponent c : CostComponent.values()) {
                int r = row(y, c);
                out.number(r, COL_YEAR, y, styles.value(Kind.INTEGER, false), 4);
                out.text(r, COL_COMPONENT, text.get("component." + c.key()), null, false);
                for (int i = 0; i < n; i++) {
                    OptionResult result = evaluation.options().get(i);
                    double sum = 0;
                    for (int m = fromMonth; m < Math.min(toMonth, scenario.horizonMonths()); m++) {
                        sum += result.componentMonthly(c, m);
                    }
                    out.formula(r, COL_FIRST_OPTION + i, sumifs(sheets.get(i), COL_FIRST_COMPONENT + c.ordinal(),
                            fromMonth, toMonth), sum, money, 14);
                }
            }
            int t = totalRow(y);
            out.number(t, COL_YEAR, y, styles.strong(Kind.INTEGER), 4);
            out.text(t, COL_COMPONENT, text.format("report.annual.yearTotal", String.valueOf(y)), styles.boldText(),
                    false);
            for (int i = 0; i < n; i++) {
                String col = ReportLayout.col(COL_FIRST_OPTION + i);
                double sum = 0;
                for (int m = fromMonth; m < Math.min(toMonth, scenario.horizonMonths()); m++) {
                    sum += evaluation.options().get(i).monthly(m);
                }
                out.formula(t, COL_FIRST_OPTION + i, "SUM(" + col + (row(y, CostComponent.at(0)) + 1) + ":" + col
                        + (t) + ")", sum, strong, 14);
            }
        }
        int grand = totalRow(years) + 2;
        out.text(grand, COL_COMPONENT, text.get("report.annual.grandTotal"), styles.boldText(), false);
        for (int i = 0; i < n; i++) {
            // The same figure as the cash-flow sheet's total: the sum of every month's total.
            out.formula(grand, COL_FIRST_OPTION + i, sumifs(sheets.get(i), COL_TOTAL, 0, 12 * years),
                    evaluation.options().get(i).totalCost(), strong, 14);
        }
        budget();
        out.widths(6, 26);
        for (int i = 0; i < n; i++) {
            out.width(COL_FIRST_OPTION + i, 15);
        }
        out.fitColumns(15, 15);
        out.widths(6, 26);
        out.sheet().createFreezePane(COL_FIRST_OPTION, FIRST_ROW);
        out.repeatColumns(COL_FIRST_OPTION);
        out.repeatRows(HEADER_ROW, HEADER_ROW);
    }

    /** The sum of a cash-flow column over months from..to-1. */
    private static String sumifs(CashFlowSheet cf, int column, int fromMonth, int toMonth) {
        int first = ReportLayout.monthRow(0);
        int last = cf.lastMonthRow();
        String months = cf.ref(COL_MONTH, first) + ":" + ReportLayout.abs(COL_MONTH, last);
        String values = cf.ref(column, first) + ":" + ReportLayout.abs(column, last);
        return "SUMIFS(" + values + "," + months + ",\">=" + fromMonth + "\"," + months + ",\"<" + toMonth + "\")";
    }

    /** Capex: what buys or sells the servers. Opex: every other component but financing. */
    static final List<CostComponent> CAPEX = List.of(CostComponent.HARDWARE, CostComponent.PREPAYMENT_RISK,
            CostComponent.RESIDUAL_VALUE);
    static final List<CostComponent> OPEX = List.of(CostComponent.BRIDGE_RENTAL, CostComponent.POWER,
            CostComponent.COLOCATION, CostComponent.SUPPORT, CostComponent.OPERATIONS, CostComponent.RETRAINING,
            CostComponent.RENTAL, CostComponent.SETUP);

    /** The budget summary's lines, in order (the last three only with a tax block). */
    enum Line { CAPEX, OPEX, FINANCING, PRE_TAX, VAT, INCOME_TAX, AFTER_TAX }

    /** The row of a budget line in a plan year (1-based): below the grand total, one block per year. */
    static int budgetRow(int horizonMonths, boolean taxed, int year, Line line) {
        int perYear = taxed ? Line.values().length : Line.PRE_TAX.ordinal() + 1;
        return grandTotalRow(horizonMonths) + 3 + (year - 1) * (perYear + 1) + line.ordinal();
    }

    private void budget() {
        int h = scenario.horizonMonths();
        boolean taxed = scenario.taxBlock().isPresent();
        int heading = grandTotalRow(h) + 2;
        out.text(heading, COL_YEAR, text.get(taxed ? "report.annual.budget" : "report.annual.budgetPreTax"),
                styles.boldText(), false);
        CellStyle money = styles.value(Kind.AMOUNT, false);
        CellStyle strong = styles.strong(Kind.AMOUNT);
        int n = evaluation.options().size();
        Line[] lines = taxed ? Line.values() : new Line[] {Line.CAPEX, Line.OPEX, Line.FINANCING, Line.PRE_TAX};
        for (int y = 1; y <= years(h); y++) {
            int from = 12 * (y - 1);
            int to = 12 * y;
            for (Line line : lines) {
                int r = budgetRow(h, taxed, y, line);
                out.number(r, COL_YEAR, y, styles.value(Kind.INTEGER, false), 4);
                out.text(r, COL_COMPONENT, text.get("report.annual.line." + line.name()), line == Line.PRE_TAX
                        || line == Line.AFTER_TAX ? styles.boldText() : null, false);
                for (int i = 0; i < n; i++) {
                    CashFlowSheet cf = sheets.get(i);
                    OptionResult result = evaluation.options().get(i);
                    List<Integer> columns = switch (line) {
                        case CAPEX -> CAPEX.stream().map(c -> COL_FIRST_COMPONENT + c.ordinal()).toList();
                        case OPEX -> OPEX.stream().map(c -> COL_FIRST_COMPONENT + c.ordinal()).toList();
                        case FINANCING -> List.of(COL_FIRST_COMPONENT + CostComponent.FINANCING.ordinal());
                        case PRE_TAX -> List.of(COL_TOTAL);
                        case VAT -> List.of(ReportLayout.COL_VAT);
                        case INCOME_TAX -> List.of(ReportLayout.COL_INCOME_TAX);
                        case AFTER_TAX -> List.of(ReportLayout.COL_AFTER_TAX);
                    };
                    double sum = 0;
                    for (int m = from; m < Math.min(to, h); m++) {
                        sum += switch (line) {
                            case CAPEX -> components(result, CAPEX, m);
                            case OPEX -> components(result, OPEX, m);
                            case FINANCING -> result.componentMonthly(CostComponent.FINANCING, m);
                            case PRE_TAX -> result.monthly(m);
                            case VAT, INCOME_TAX -> cf.taxValue(columns.get(0), m);
                            case AFTER_TAX -> result.afterTax().orElseThrow().monthly(m);
                        };
                    }
                    String formula = String.join("+", columns.stream().map(c -> sumifs(cf, c, from, to)).toList());
                    out.formula(r, COL_FIRST_OPTION + i, formula, sum, line == Line.PRE_TAX || line == Line.AFTER_TAX
                            ? strong : money, 14);
                }
            }
        }
    }

    private static double components(OptionResult result, List<CostComponent> components, int m) {
        double sum = 0;
        for (CostComponent c : components) {
            sum += result.componentMonthly(c, m);
        }
        return sum;
    }

    /** The grand total's row. */
    static int grandTotalRow(int horizonMonths) {
        return totalRow(years(horizonMonths)) + 2;
    }
}
