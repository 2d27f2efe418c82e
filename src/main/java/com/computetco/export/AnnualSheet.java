package com.computetco.export;

import static com.computetco.export.ReportLayout.*;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.OptionResult;
import com.computetco.export.ReportStyles.Kind;
import com.computetco.i18n.Messages;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The annual view for budgeting: for each option, one row per plan year (months 0-11 are year 1) with its capex,
 * opex, financing and pre-tax total, and where the scenario has a tax block its VAT, income tax and after-tax flow.
 * Every figure sums the option's cash-flow sheet over the year's months (SUMIFS on the month column), so it follows
 * any edit, a shorter horizon included.
 *
 * <p>Capex is what buys or sells the servers: the hardware payments of the schedule, the expected prepayment loss
 * and the resale (negative) at the end. Opex is every other pre-tax component but financing (bridge rental, power,
 * colocation, support, staff, retraining, rental, setup). Financing is the loan's draw (negative), instalments and
 * repayment.
 */
final class AnnualSheet {
    static final int FIRST_BLOCK_ROW = 2;
    static final int COL_YEAR = 0;
    static final int COL_CAPEX = 1;
    static final int COL_OPEX = 2;
    static final int COL_FINANCING = 3;
    static final int COL_PRE_TAX = 4;
    static final int COL_VAT = 5;
    static final int COL_INCOME_TAX = 6;
    static final int COL_AFTER_TAX = 7;

    static final List<CostComponent> CAPEX = List.of(CostComponent.HARDWARE, CostComponent.PREPAYMENT_RISK,
            CostComponent.RESIDUAL_VALUE);
    static final List<CostComponent> OPEX = List.of(CostComponent.BRIDGE_RENTAL, CostComponent.POWER,
            CostComponent.COLOCATION, CostComponent.SUPPORT, CostComponent.OPERATIONS, CostComponent.RETRAINING,
            CostComponent.RENTAL, CostComponent.SETUP);

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final Scenario scenario;
    private final List<CashFlowSheet> sheets;
    private final boolean taxed;
    private final int years;

    AnnualSheet(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, List<CashFlowSheet> sheets) {
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.scenario = scenario;
        this.sheets = sheets;
        this.taxed = scenario.taxBlock().isPresent();
        this.years = years(scenario.horizonMonths());
    }

    /** Plan years of a horizon: a last, partial year counts. */
    static int years(int horizon) {
        return (horizon + 11) / 12;
    }

    /** The first row of option {@code index}'s block: its title; the header follows, then the years. */
    static int blockRow(int index, int horizon) {
        return FIRST_BLOCK_ROW + index * (years(horizon) + 4);
    }

    /** The row of plan year {@code year} (1-based) of option {@code index}. */
    static int yearRow(int index, int year, int horizon) {
        return blockRow(index, horizon) + 1 + year;
    }

    void write() {
        out.text(0, 0, text.format("report.annual.title", scenario.currency()), styles.title(), false);
        out.text(1, 0, text.get(taxed ? "report.annual.note" : "report.annual.notePreTax"), null, false);
        for (int i = 0; i < sheets.size(); i++) {
            block(i, sheets.get(i));
        }
        out.fitColumns(10, 18);
        out.width(COL_YEAR, 12);
    }

    private void block(int index, CashFlowSheet cf) {
        int h = scenario.horizonMonths();
        int top = blockRow(index, h);
        out.text(top, 0, cf.optionLabel(), styles.heading(), false);
        String[] keys = {"year", "capex", "opex", "financing", "preTax", "vat", "incomeTax", "afterTax"};
        int columns = taxed ? keys.length : COL_PRE_TAX + 1;
        for (int c = 0; c < columns; c++) {
            out.text(top + 1, c, SheetWriter.header(text.get("report.annual.col." + keys[c])), styles.header(), false);
        }
        out.row(top + 1).setHeightInPoints(32);
        CellStyle money = styles.value(Kind.AMOUNT, false);
        OptionResult result = cf.result();
        double[] totals = new double[columns];
        for (int y = 1; y <= years; y++) {
            int r = yearRow(index, y, h);
            out.text(r, COL_YEAR, text.format("report.annual.year", String.valueOf(y)), null, false);
            int from = 12 * (y - 1);
            int to = Math.min(12 * y, h);
            double[] values = new double[columns];
            for (int m = from; m < to; m++) {
                for (CostComponent c : CAPEX) {
                    values[COL_CAPEX] += result.componentMonthly(c, m);
                }
                for (CostComponent c : OPEX) {
                    values[COL_OPEX] += result.componentMonthly(c, m);
                }
                values[COL_FINANCING] += result.componentMonthly(CostComponent.FINANCING, m);
                values[COL_PRE_TAX] += result.monthly(m);
                if (taxed) {
                    values[COL_VAT] += cf.taxValue(ReportLayout.COL_VAT, m);
                    values[COL_INCOME_TAX] += cf.taxValue(ReportLayout.COL_INCOME_TAX, m);
                    values[COL_AFTER_TAX] += result.afterTax().orElseThrow().monthly(m);
                }
            }
            out.formula(r, COL_CAPEX, sum(cf, y, CAPEX.stream().map(c -> COL_FIRST_COMPONENT + c.ordinal()).toList()),
                    values[COL_CAPEX], money, SheetWriter.AMOUNT_WIDTH);
            out.formula(r, COL_OPEX, sum(cf, y, OPEX.stream().map(c -> COL_FIRST_COMPONENT + c.ordinal()).toList()),
                    values[COL_OPEX], money, SheetWriter.AMOUNT_WIDTH);
            out.formula(r, COL_FINANCING, sum(cf, y, List.of(COL_FIRST_COMPONENT + CostComponent.FINANCING.ordinal())),
                    values[COL_FINANCING], money, SheetWriter.AMOUNT_WIDTH);
            out.formula(r, COL_PRE_TAX, sum(cf, y, List.of(ReportLayout.COL_TOTAL)), values[COL_PRE_TAX], money,
                    SheetWriter.AMOUNT_WIDTH);
            if (taxed) {
                out.formula(r, COL_VAT, sum(cf, y, List.of(ReportLayout.COL_VAT)), values[COL_VAT], money,
                        SheetWriter.AMOUNT_WIDTH);
                out.formula(r, COL_INCOME_TAX, sum(cf, y, List.of(ReportLayout.COL_INCOME_TAX)),
                        values[COL_INCOME_TAX], money, SheetWriter.AMOUNT_WIDTH);
                out.formula(r, COL_AFTER_TAX, sum(cf, y, List.of(ReportLayout.COL_AFTER_TAX)), values[COL_AFTER_TAX],
                        money, SheetWriter.AMOUNT_WIDTH);
            }
            for (int c = COL_CAPEX; c < columns; c++) {
                totals[c] += values[c];
            }
        }
        int total = yearRow(index, years, h) + 1;
        out.text(total, COL_YEAR, text.get("report.cf.totalRow"), styles.boldText(), false);
        for (int c = COL_CAPEX; c < columns; c++) {
            out.formula(total, c, "SUM(" + ReportLayout.column(c, yearRow(index, 1, h), yearRow(index, years, h))
                    + ")", totals[c], styles.strong(Kind.AMOUNT), SheetWriter.AMOUNT_WIDTH);
        }
    }

    /**
     * The sum over plan year y's months of the given columns of an option's sheet: months 12(y-1) to 12y-1, and
     * below the horizon (which may be shortened in the workbook).
     */
    private static String sum(CashFlowSheet cf, int year, List<Integer> columns) {
        String months = cf.monthRange(COL_MONTH);
        String criteria = "," + months + ",\">=\"&" + (12 * (year - 1)) + "," + months + ",\"<\"&MIN(" + (12 * year)
                + "," + AssumptionsSheet.HORIZON + ")";
        StringBuilder f = new StringBuilder();
        for (int column : columns) {
            f.append(f.length() == 0 ? "" : "+").append("SUMIFS(").append(cf.monthRange(column)).append(criteria)
                    .append(")");
        }
        return f.toString();
    }
}
