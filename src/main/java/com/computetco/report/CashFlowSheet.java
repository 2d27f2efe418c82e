package com.computetco.report;

import static com.computetco.report.AssumptionsSheet.BRIDGE;
import static com.computetco.report.AssumptionsSheet.COLOCATION;
import static com.computetco.report.AssumptionsSheet.COLOCATION_VAT;
import static com.computetco.report.AssumptionsSheet.DEMAND;
import static com.computetco.report.AssumptionsSheet.ELECTRICITY_CHANGE;
import static com.computetco.report.AssumptionsSheet.ELECTRICITY_VAT;
import static com.computetco.report.AssumptionsSheet.HORIZON;
import static com.computetco.report.AssumptionsSheet.HOURS_PER_YEAR;
import static com.computetco.report.AssumptionsSheet.INCOME_TAX_RATE;
import static com.computetco.report.AssumptionsSheet.MONTHLY_RATE;
import static com.computetco.report.AssumptionsSheet.STAFF_CHANGE;
import static com.computetco.report.AssumptionsSheet.VAT_LAG;
import static com.computetco.report.AssumptionsSheet.VAT_RECOVERABLE;
import static com.computetco.report.AssumptionsSheet.fraction;
import static com.computetco.report.ReportLayout.*;

import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.Tax;
import com.computetco.engine.AfterTaxResult;
import com.computetco.engine.CostComponent;
import com.computetco.engine.OptionParameters;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.Messages;
import com.computetco.report.QuotesSheet.Column;
import com.computetco.report.ReportStyles.Kind;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One option's monthly cash flows as live formulas: sizing and per-month amounts from the Assumptions and Quotes
 * cells, one column per cost component, totals, present value, and against the baseline the cumulative savings,
 * payback, discounted payback, IRR and break-even rent price. Each formula is the methodology's rule written
 * out; helper columns hold the intermediate series (S(m), the crossing of zero, the sign changes).
 *
 * <p>Each formula's cached value is the engine's figure (or, for the helpers, the same arithmetic in Java), so
 * that viewers which do not recalculate show the numbers; Excel and LibreOffice recalculate on opening.
 *
 * <p>Everything is laid out in the constructor, from the engine's figures and the baseline's sheet (made first):
 * the parameter row ({@link CashFlowParams}), the cached series and the results row. {@link #write()} only writes,
 * so no method reads a value another has to fill in first, and other sheets may read the results before or after.
 */
final class CashFlowSheet {
    /** The text a formula shows where the methodology leaves a figure undefined. */
    static final String NONE = "—";

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final QuotesSheet quotes;
    private final Scenario scenario;
    private final int index;
    private final Option option;
    private final OptionResult result;
    /** The parameter row, laid out before anything is written. */
    private final CashFlowParams params;
    private final int horizon;
    private final boolean baseline;
    private final int baselineIndex;
    private final double monthlyRate;
    /** The baseline's sheet; this sheet itself for the baseline. */
    private final CashFlowSheet base;
    /*
     * The cached values, all computed in the constructor so that writing needs nothing but this sheet and the
     * baseline's (constructed before it), in any order.
     */
    private final double[] monthly;
    /** The engine's after-tax flows A(m), null without a tax block. */
    private final double[] afterTax;
    private final double[] afterTaxDiscounted;
    private final double[] afterTaxCumulative;
    private final double[] afterTaxCumulativeDiscounted;
    private final double[] discounted;
    private final double[] cumulative;
    private final double[] cumulativeDiscounted;
    private final double[] priceFactor;
    /** The loan's monthly series (draw, instalment, interest, repayment, balance); null for a rent option. */
    private final double[][] loanValues;
    /** The tax columns' series (VAT paid, credited, net; depreciation, expense, income tax); null without tax. */
    private final double[][] taxValues;
    /** ε and the discounted ε against the baseline, pre-tax and after tax; null for the baseline (and no tax). */
    private final double[] epsilons;
    private final double[] afterTaxEpsilons;
    /** The results row (totals, payback, IRR, break-even ...) as laid out; other sheets read its cached values. */
    private final List<ResultCell> resultCells;
    private final Object[] results = new Object[RESULT_COUNT];
    /** Servers bought, or PFLOPS rented. */
    private final double size;
    /** 1 + the annual change of the price column's rent: the baseline's for a build option, else its own. */
    private final double growth;
    /** 1 + the baseline's annual rent change: the bridge rental's anniversary factor. */
    private final double baseGrowth;

    /**
     * @param own this option's parameters as the engine computes with them
     * @param baselineParameters the baseline's (the bridge rental's price)
     * @param baselineSheet the baseline's sheet, constructed first; null when this is the baseline
     */
    CashFlowSheet(SheetWriter out, ReportStyles styles, Messages text, QuotesSheet quotes, Scenario scenario,
            int index, OptionResult result, OptionParameters own, OptionParameters baselineParameters,
            CashFlowSheet baselineSheet) {
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.quotes = quotes;
        this.scenario = scenario;
        this.index = index;
        this.option = scenario.options().get(index);
        this.result = result;
        this.horizon = scenario.horizonMonths();
        this.baselineIndex = scenario.baselineIndex();
        this.baseline = index == baselineIndex;
        this.monthlyRate = AssumptionsSheet.monthlyRate(scenario);
        monthly = result.monthly();
        afterTax = result.afterTax().map(AfterTaxResult::monthly).orElse(null);
        size = option.isBuild() ? result.servers() : result.rentedPflops();
        RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
        baseGrowth = 1 + fraction(bq.annualPriceChangePct());
        growth = option.isBuild() ? baseGrowth : 1 + fraction(((RentalQuote) option.quote()).annualPriceChangePct());
        if (baseline != (baselineSheet == null)) {
            throw new IllegalArgumentException("the baseline's sheet is needed for every other option, and only then");
        }
        this.base = baselineSheet == null ? this : baselineSheet;
        params = CashFlowParams.of(text, quotes, scenario, index, result, own, baselineParameters);
        priceFactor = priceFactors();
        discounted = discounted(monthly);
        cumulative = cumulative(monthly);
        cumulativeDiscounted = cumulative(discounted);
        afterTaxDiscounted = afterTax == null ? new double[horizon] : discounted(afterTax);
        afterTaxCumulative = afterTax == null ? null : cumulative(afterTax);
        afterTaxCumulativeDiscounted = cumulative(afterTaxDiscounted);
        loanValues = option.isBuild() ? loanSeries() : null;
        taxValues = afterTax == null ? null : taxSeries(scenario.taxBlock().orElseThrow());
        epsilons = baseline ? null : epsilons(base.monthly, monthly);
        afterTaxEpsilons = baseline || afterTax == null ? null : epsilons(base.afterTax, afterTax);
        List<ResultCell> cells = new ArrayList<>();
        results(cells, epsilons);
        afterTaxResults(cells, afterTaxEpsilons);
        resultCells = List.copyOf(cells);
        for (ResultCell cell : resultCells) {
            results[cell.column()] = cell.value();
        }
    }

    /** The price column's anniversary factors: the bridge's from month 0, or the rental's from its start. */
    private double[] priceFactors() {
        double[] factors = new double[horizon];
        for (int m = 0; m < horizon; m++) {
            int since = option.isBuild() ? m : m - result.inServiceMonth();
            factors[m] = since < 12 ? 1 : Math.pow(growth, since / 12);
        }
        return factors;
    }

    private double[] discounted(double[] flows) {
        double[] values = new double[horizon];
        for (int m = 0; m < horizon; m++) {
            values[m] = flows[m] * Math.pow(1 + monthlyRate, -m);
        }
        return values;
    }

    private double[] cumulative(double[] flows) {
        double[] values = new double[horizon];
        double sum = 0;
        for (int m = 0; m < horizon; m++) {
            sum += flows[m];
            values[m] = sum;
        }
        return values;
    }

    String name() {
        return out.name();
    }

    /** An absolute reference to a cell of this sheet, usable from any sheet. */
    String ref(int column, int row) {
        return sheet(name()) + abs(column, row);
    }

    String resultRef(int column) {
        return ref(column, CF_RESULT_ROW);
    }

    /** The cached value of a result cell: a Double, or the text {@link #NONE}. */
    Object resultValue(int column) {
        return results[column];
    }

    double size() {
        return size;
    }

    int inServiceMonth() {
        return result.inServiceMonth();
    }

    String componentTotalRef(CostComponent c) {
        return ref(COL_FIRST_COMPONENT + c.ordinal(), CF_TOTAL_ROW);
    }

    int horizon() {
        return horizon;
    }

    /** The cumulative cost at the end of each month (the cached values of the cumulative column). */
    double[] cumulative() {
        return result.cumulative();
    }

    int lastMonthRow() {
        return monthRow(horizon - 1);
    }

    boolean isBaseline() {
        return baseline;
    }

    String optionLabel() {
        return option.label();
    }

    OptionResult result() {
        return result;
    }

    /** One column's month rows, from any sheet: 'CF 1'!$C$8:$C$67. */
    String monthRange(int column) {
        return sheet(name()) + range(column);
    }

    /** The cached value of a tax column (VAT, income tax) in month m; 0 without a tax block. */
    double taxValue(int column, int m) {
        if (taxValues == null) {
            return 0;
        }
        if (column == COL_VAT) {
            return taxValues[2][m];
        }
        if (column == COL_INCOME_TAX) {
            return taxValues[5][m];
        }
        throw new IllegalArgumentException("not a tax column: " + column);
    }

    void write() {
        String title = text.format("report.cf.title", option.label(),
                text.get("option.type." + option.type().jsonName()), scenario.currency())
                + (baseline ? " — " + text.get("result.baseline") : "");
        out.text(CF_TITLE_ROW, 0, title, styles.title(), false);
        parameters();
        out.row(CF_PARAM_LABEL_ROW).setHeightInPoints(48);
        out.row(CF_RESULT_LABEL_ROW).setHeightInPoints(48);
        headers();
        for (int m = 0; m < horizon; m++) {
            month(m);
        }
        if (!baseline) {
            comparison(PRE_TAX, base.monthly, monthly, base.discounted, discounted, epsilons[0], epsilons[1]);
            if (afterTax != null) {
                comparison(AFTER_TAX, base.afterTax, afterTax, base.afterTaxDiscounted, afterTaxDiscounted,
                        afterTaxEpsilons[0], afterTaxEpsilons[1]);
            }
        }
        totals();
        writeResults();
        out.sheet().createFreezePane(1, CF_FIRST_MONTH_ROW);
        int lastCol = (afterTax != null ? COL_COUNT_V2 : option.isBuild() ? COL_LOAN_BALANCE + 1
                : baseline ? COL_COUNT_BASELINE : COL_COUNT) - 1;
        out.sheet().setAutoFilter(new CellRangeAddress(CF_HEADER_ROW, lastMonthRow(), 0, lastCol));
        out.repeatRows(CF_HEADER_ROW, CF_HEADER_ROW);
        out.repeatColumns(1);
        out.fitColumns(7, 17);
        out.width(COL_MONTH, 8);
    }

    // ---------------------------------------------------------------- parameters

    private String q(Column column) {
        return quotes.ref(index, column);
    }

    private String qBase(Column column) {
        return quotes.ref(baselineIndex, column);
    }

    /** The parameter row: each cell's label above it, its formula with the engine's figure as cached value. */
    private void parameters() {
        for (CashFlowParams.Cell cell : params.cells()) {
            out.text(CF_PARAM_LABEL_ROW, cell.column(), cell.label(), styles.label(), false);
            out.formula(CF_PARAM_ROW, cell.column(), cell.formula(), cell.value(), styles.value(cell.kind(), false),
                    width(cell.kind()));
        }
    }

    private static int width(Kind kind) {
        return kind == Kind.AMOUNT ? SheetWriter.AMOUNT_WIDTH : SheetWriter.NUMBER_WIDTH;
    }

    // ---------------------------------------------------------------- monthly table

    private void headers() {
        CellStyle h = styles.header();
        header(COL_MONTH, text.get("results.column.month"), h);
        header(COL_PRICE_FACTOR, text.get(option.isBuild() ? "report.cf.col.bridgeFactor" : "report.cf.col.priceFactor"),
                h);
        for (CostComponent c : CostComponent.values()) {
            header(COL_FIRST_COMPONENT + c.ordinal(), text.get("component." + c.key()), h);
        }
        header(COL_TOTAL, text.get("report.cf.col.total"), h);
        header(COL_CUMULATIVE, text.get("report.cf.col.cumulative"), h);
        header(COL_DISCOUNT_FACTOR, text.get("report.cf.col.discountFactor"), h);
        header(COL_DISCOUNTED, text.get("report.cf.col.discounted"), h);
        header(COL_CUMULATIVE_DISCOUNTED, text.get("report.cf.col.cumulativeDiscounted"), h);
        if (!baseline) {
            header(COL_SAVING, text.get("report.cf.col.saving"), h);
            header(COL_CUMULATIVE_SAVING, text.get("report.cf.col.cumulativeSaving"), h);
            header(COL_CROSSING, text.get("report.cf.col.crossing"), h);
            header(COL_LAST_SIGN, text.get("report.cf.col.lastSign"), h);
            header(COL_SIGN_CHANGE, text.get("report.cf.col.signChange"), h);
            header(COL_CUMULATIVE_DISCOUNTED_SAVING, text.get("report.cf.col.cumulativeDiscountedSaving"), h);
            header(COL_DISCOUNTED_CROSSING, text.get("report.cf.col.discountedCrossing"), h);
        }
        if (option.isBuild()) {
            header(COL_LOAN_DRAW, text.get("report.cf.col.loanDraw"), h);
            header(COL_LOAN_INSTALMENT, text.get("report.cf.col.instalment"), h);
            header(COL_LOAN_INTEREST, text.get("report.cf.col.interest"), h);
            header(COL_LOAN_REPAYMENT, text.get("report.cf.col.repayment"), h);
            header(COL_LOAN_BALANCE, text.get("report.cf.col.balance"), h);
        }
        if (afterTax != null) {
            String[] keys = {"vatPaid", "vatCredit", "vat", "depreciation", "expense", "incomeTax", "afterTax",
                "atCumulative", "atDiscounted", "atCumulativeDiscounted"};
            for (int i = 0; i < keys.length; i++) {
                header(COL_VAT_PAID + i, text.get("report.cf.col." + keys[i]), h);
            }
            if (!baseline) {
                String[] comparison = {"atSaving", "atCumulativeSaving", "atCrossing", "lastSign", "signChange",
                    "atCumulativeDiscountedSaving", "atDiscountedCrossing"};
                for (int i = 0; i < comparison.length; i++) {
                    header(COL_AT_SAVING + i, text.get("report.cf.col." + comparison[i]), h);
                }
            }
        }
        out.row(CF_HEADER_ROW).setHeightInPoints(48);
    }

    private void header(int column, String label, CellStyle style) {
        out.text(CF_HEADER_ROW, column, SheetWriter.header(label), style, false);
        out.widen(column, Math.min(14, SheetWriter.displayWidth(label)));
    }

    private void month(int m) {
        int r = monthRow(m);
        String a = absCol(COL_MONTH, r);
        String dd = params.inService().ref();
        CellStyle money = styles.value(Kind.AMOUNT, false);
        CellStyle factor = styles.value(Kind.FACTOR, false);
        out.number(r, COL_MONTH, m, styles.value(Kind.INTEGER, false), 4);
        String f = absCol(COL_PRICE_FACTOR, r);
        String inService = "AND(" + a + ">=" + dd + "," + a + "<" + HORIZON + ")";
        // Section 12: wages and the power tariff change at each year boundary counted from month 0.
        String wage = "POWER(1+" + STAFF_CHANGE + ",INT(" + a + "/12))";
        String tariff = "POWER(1+" + ELECTRICITY_CHANGE + ",INT(" + a + "/12))";
        String retraining = "IF(AND(" + a + ">=" + dd + "," + a + "-" + dd + "<ROUNDUP(" + params.staff().retrainingMonths().ref()
                + "-1E-9,0)," + a + "<" + HORIZON + ")," + params.staff().retrainingLoss().ref() + "*" + wage + "*MIN(1,"
                + params.staff().retrainingMonths().ref() + "-(" + a + "-" + dd + ")),0)";
        String operationsFormula = "IF(" + inService + "," + params.staff().operations().ref() + "*" + wage + ",0)";
        String[] component = new String[CostComponent.count()];
        if (option.isBuild()) {
            // Anniversary factor of the baseline's price for the bridge rental: (1 + change)^floor(m / 12).
            out.formula(r, COL_PRICE_FACTOR, "IF(" + a + "<12,1,POWER(1+" + qBase(Column.ANNUAL_CHANGE) + ",INT(" + a
                    + "/12)))", priceFactor[m], factor, SheetWriter.NUMBER_WIDTH);
            // Section 10: every schedule entry due this month (a payment due after the horizon is outside it).
            component[CostComponent.HARDWARE.ordinal()] = "IF(" + a + "<" + HORIZON + ",SUMIF(" + params.build().schedule().dueRange() + "," + a
                    + "," + params.build().schedule().amountRange() + "),0)";
            component[CostComponent.PREPAYMENT_RISK.ordinal()] = "IF(" + a + "=0," + params.build().prepaymentRisk().ref() + ",0)";
            component[CostComponent.BRIDGE_RENTAL.ordinal()] = "IF(AND(" + BRIDGE + "," + a + "<MIN(" + dd + ","
                    + HORIZON + "))," + params.bridge().rented().ref() + "*" + params.bridge().monthly().ref() + "*" + f + ",0)";
            component[CostComponent.POWER.ordinal()] = "IF(" + inService + "," + params.build().power().ref() + "*" + tariff + ",0)";
            component[CostComponent.COLOCATION.ordinal()] = "IF(" + inService + "," + params.build().colocation().ref() + ",0)";
            component[CostComponent.SUPPORT.ordinal()] = "IF(AND(" + a + ">=" + params.build().supportStart().ref() + "," + a + "<"
                    + HORIZON + ")," + params.build().supportMonthly().ref() + ",0)";
            component[CostComponent.OPERATIONS.ordinal()] = operationsFormula;
            component[CostComponent.RETRAINING.ordinal()] = retraining;
            component[CostComponent.RESIDUAL_VALUE.ordinal()] = "IF(AND(" + a + "=" + HORIZON + "-1," + dd + "<"
                    + HORIZON + ")," + params.build().residual().ref() + ",0)";
            loan(m, r, a);
            component[CostComponent.FINANCING.ordinal()] = ref(COL_LOAN_DRAW, r) + "+" + ref(COL_LOAN_INSTALMENT, r)
                    + "+" + ref(COL_LOAN_REPAYMENT, r);
        } else {
            // Anniversary factor of this option's price, from the start of service: (1 + change)^floor((m - d) / 12).
            out.formula(r, COL_PRICE_FACTOR, "IF(" + a + "-" + dd + "<12,1,POWER(1+" + q(Column.ANNUAL_CHANGE)
                    + ",INT((" + a + "-" + dd + ")/12)))", priceFactor[m], factor, SheetWriter.NUMBER_WIDTH);
            component[CostComponent.OPERATIONS.ordinal()] = operationsFormula;
            component[CostComponent.RETRAINING.ordinal()] = retraining;
            component[CostComponent.RENTAL.ordinal()] = "IF(" + inService + "," + params.rent().monthly().ref() + "*" + f + ",0)";
            component[CostComponent.SETUP.ordinal()] = "IF(" + a + "=0," + params.rent().setup().ref() + ",0)";
            if (!baseline) {
                // The baseline's anniversary factor (1 + change)^floor(m / 12), inline: this sheet's factor column
                // holds the option's own.
                component[CostComponent.BRIDGE_RENTAL.ordinal()] = "IF(AND(" + BRIDGE + "," + a + "<MIN(" + dd + ","
                        + HORIZON + "))," + params.bridge().rented().ref() + "*" + params.bridge().monthly().ref() + "*POWER(1+"
                        + qBase(Column.ANNUAL_CHANGE) + ",INT(" + a + "/12)),0)";
            }
        }
        for (int c = 0; c < component.length; c++) {
            double value = result.componentMonthly(CostComponent.at(c), m);
            if (component[c] == null) {
                out.number(r, COL_FIRST_COMPONENT + c, 0, money, SheetWriter.AMOUNT_WIDTH);
            } else {
                out.formula(r, COL_FIRST_COMPONENT + c, component[c], value, money, SheetWriter.AMOUNT_WIDTH);
            }
        }
        String total = ref(COL_TOTAL, r);
        double discountFactor = Math.pow(1 + monthlyRate, -m);
        out.formula(r, COL_TOTAL, "SUM(" + ref(COL_FIRST_COMPONENT, r) + ":" + ref(COL_TOTAL - 1, r) + ")", monthly[m],
                money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_CUMULATIVE, m == 0 ? total : ref(COL_CUMULATIVE, r - 1) + "+" + total, cumulative[m], money,
                SheetWriter.MONEY_WIDTH);
        out.formula(r, COL_DISCOUNT_FACTOR, "POWER(1+" + MONTHLY_RATE + ",-" + a + ")", discountFactor, factor,
                SheetWriter.NUMBER_WIDTH);
        String disc = ref(COL_DISCOUNTED, r);
        out.formula(r, COL_DISCOUNTED, total + "*" + ref(COL_DISCOUNT_FACTOR, r), discounted[m], money,
                SheetWriter.MONEY_WIDTH);
        out.formula(r, COL_CUMULATIVE_DISCOUNTED, m == 0 ? disc : ref(COL_CUMULATIVE_DISCOUNTED, r - 1) + "+" + disc,
                cumulativeDiscounted[m], money, SheetWriter.AMOUNT_WIDTH);
        if (afterTax != null) {
            taxMonth(m, r, a);
        }
    }

    // ---------------------------------------------------------------- financing (section 11)

    private CashFlowParams.Loan loan() {
        return params.build().loan();
    }

    private double[][] loanSeries() {
        double[][] v = new double[5][horizon];
        int dd = result.inServiceMonth();
        if (loan().financed().value() == 0 || dd >= horizon) {
            return v;
        }
        int last = (int) loan().months().value();
        v[0][dd] = -loan().financed().value();
        v[4][dd] = loan().financed().value();
        double balance = loan().financed().value();
        for (int k = 1; k <= last; k++) {
            double i = balance * loan().rate().value();
            v[1][dd + k] = loan().instalment().value();
            v[2][dd + k] = i;
            balance = balance - (loan().instalment().value() - i);
            v[4][dd + k] = balance;
        }
        v[3][dd + last] = balance;
        return v;
    }

    /**
     * Month k = m - d of the loan: the draw -F at k = 0; for k = 1 .. the last instalment within the horizon, the
     * interest on the balance before it, the instalment A, and the balance after it; with the last instalment, the
     * balance left (the balloon b_N, or an early repayment when the loan runs past the horizon).
     */
    private void loan(int m, int r, String a) {
        CellStyle money = styles.value(Kind.AMOUNT, false);
        String dd = params.inService().ref();
        String f = loan().financed().ref();
        String running = "AND(" + f + "<>0," + dd + "<" + HORIZON + "," + a + ">" + dd + "," + a + "-" + dd + "<="
                + loan().months().ref() + ")";
        String prevBalance = m == 0 ? "0" : ref(COL_LOAN_BALANCE, r - 1);
        out.formula(r, COL_LOAN_DRAW, "IF(AND(" + f + "<>0," + dd + "<" + HORIZON + "," + a + "=" + dd + "),-" + f
                + ",0)", loanValues[0][m], money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_LOAN_INSTALMENT, "IF(" + running + "," + loan().instalment().ref() + ",0)", loanValues[1][m], money,
                SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_LOAN_INTEREST, "IF(" + running + "," + prevBalance + "*" + loan().rate().ref() + ",0)",
                loanValues[2][m], money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_LOAN_BALANCE, "IF(AND(" + f + "<>0," + dd + "<" + HORIZON + "," + a + "=" + dd + ")," + f
                + ",IF(" + running + "," + prevBalance + "-(" + loan().instalment().ref() + "-" + ref(COL_LOAN_INTEREST, r)
                + "),0))", loanValues[4][m], money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_LOAN_REPAYMENT, "IF(AND(" + f + "<>0," + dd + "<" + HORIZON + "," + a + "-" + dd + "="
                + loan().months().ref() + ")," + ref(COL_LOAN_BALANCE, r) + ",0)", loanValues[3][m], money,
                SheetWriter.AMOUNT_WIDTH);
    }

    // ---------------------------------------------------------------- taxes (section 13)

    private double[][] taxSeries(Tax tax) {
        int h = horizon;
        double[][] v = new double[6][h];
        double elec = fraction(tax.electricityVatRatePct());
        double coloc = fraction(tax.colocationVatRatePct());
        double server = option.isBuild() ? params.taxes().ownVat().value() : 0;
        double rental = option.isBuild() ? 0 : params.taxes().ownVat().value();
        double[] onHardware = new double[h];
        for (int m = 0; m < h; m++) {
            onHardware[m] = server * c(CostComponent.HARDWARE, m);
            v[0][m] = onHardware[m] + server * c(CostComponent.SUPPORT, m) + rental * (c(CostComponent.RENTAL, m)
                    + c(CostComponent.SETUP, m)) + params.taxes().baseVat().value() * c(CostComponent.BRIDGE_RENTAL, m)
                    + elec * c(CostComponent.POWER, m) + coloc * c(CostComponent.COLOCATION, m);
        }
        for (int m = 0; m < h; m++) {
            if (tax.vatRecoverable()) {
                v[1][Math.min(m + tax.vatRecoveryLagMonths(), h - 1)] -= v[0][m];
            }
        }
        boolean depreciates = option.isBuild() && result.inServiceMonth() < h;
        for (int m = 0; m < h; m++) {
            v[2][m] = v[0][m] + v[1][m];
            v[3][m] = depreciates ? params.taxes().depreciation().monthly()[m] : 0;
            double expense = 0;
            for (CostComponent k : EXPENSES) {
                expense += c(k, m);
            }
            expense += v[3][m] + (option.isBuild() ? loanValues[2][m] : 0);
            if (!tax.vatRecoverable()) {
                expense += v[0][m] - onHardware[m];
            }
            if (m == h - 1 && depreciates) {
                expense += params.taxes().depreciation().bookValue().value();
            }
            v[4][m] = expense;
            v[5][m] = -fraction(tax.incomeTaxRatePct()) * expense;
        }
        return v;
    }

    /** The components deducted as they are paid (hardware payments, the loan draw and principal are not). */
    private static final CostComponent[] EXPENSES = {CostComponent.POWER, CostComponent.COLOCATION,
        CostComponent.SUPPORT, CostComponent.OPERATIONS, CostComponent.RETRAINING, CostComponent.RENTAL,
        CostComponent.BRIDGE_RENTAL, CostComponent.SETUP, CostComponent.PREPAYMENT_RISK, CostComponent.RESIDUAL_VALUE};

    private double c(CostComponent component, int m) {
        return result.componentMonthly(component, m);
    }

    private String c(CostComponent component, int r, boolean unused) {
        return ref(COL_FIRST_COMPONENT + component.ordinal(), r);
    }

    /**
     * Input VAT paid this month and its credit (the month's own VAT paid lag months earlier; in the last month, all
     * the credits not yet taken), depreciation, the deductible expense, the income tax on it and the after-tax flow.
     */
    private void taxMonth(int m, int r, String a) {
        CellStyle money = styles.value(Kind.AMOUNT, false);
        String paid;
        if (option.isBuild()) {
            paid = params.taxes().ownVat().ref() + "*(" + c(CostComponent.HARDWARE, r, true) + "+" + c(CostComponent.SUPPORT, r, true)
                    + ")+" + params.taxes().baseVat().ref() + "*" + c(CostComponent.BRIDGE_RENTAL, r, true) + "+" + ELECTRICITY_VAT + "*"
                    + c(CostComponent.POWER, r, true) + "+" + COLOCATION_VAT + "*" + c(CostComponent.COLOCATION, r,
                            true);
        } else {
            paid = params.taxes().ownVat().ref() + "*(" + c(CostComponent.RENTAL, r, true) + "+" + c(CostComponent.SETUP, r, true) + ")+"
                    + params.taxes().baseVat().ref() + "*" + c(CostComponent.BRIDGE_RENTAL, r, true);
        }
        out.formula(r, COL_VAT_PAID, paid, taxValues[0][m], money, SheetWriter.AMOUNT_WIDTH);
        String months = range(COL_MONTH);
        String from = a + "-" + VAT_LAG;
        String to = "IF(" + a + "=" + HORIZON + "-1," + a + "," + from + ")";
        out.formula(r, COL_VAT_CREDIT, "IF(AND(" + VAT_RECOVERABLE + "," + a + "<" + HORIZON + "),-SUMIFS("
                + range(COL_VAT_PAID) + "," + months + ",\">=\"&(" + from + ")," + months + ",\"<=\"&(" + to
                + ")),0)", taxValues[1][m], money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_VAT, ref(COL_VAT_PAID, r) + "+" + ref(COL_VAT_CREDIT, r), taxValues[2][m], money,
                SheetWriter.AMOUNT_WIDTH);
        StringBuilder expense = new StringBuilder();
        for (CostComponent k : EXPENSES) {
            expense.append(expense.length() == 0 ? "" : "+").append(c(k, r, true));
        }
        if (option.isBuild()) {
            String dd = params.inService().ref();
            out.formula(r, COL_DEPRECIATION, "IF(AND(" + dd + "<" + HORIZON + "," + a + "<" + HORIZON + "),IF("
                    + params.taxes().depreciation().immediate().ref() + "=1,IF(" + a + "=" + dd + "," + params.taxes().depreciation().base().ref() + ",0),IF(AND(" + a + ">=" + dd
                    + "," + a + "<" + dd + "+" + params.taxes().depreciation().life().ref() + ")," + params.taxes().depreciation().base().ref() + "/" + params.taxes().depreciation().life().ref() + ",0)),0)",
                    taxValues[3][m], money, SheetWriter.AMOUNT_WIDTH);
            expense.append("+").append(ref(COL_DEPRECIATION, r)).append("+").append(ref(COL_LOAN_INTEREST, r))
                    .append("+IF(").append(VAT_RECOVERABLE).append(",0,").append(ref(COL_VAT_PAID, r)).append("-")
                    .append(params.taxes().ownVat().ref()).append("*").append(c(CostComponent.HARDWARE, r, true)).append(")+IF(AND(")
                    .append(a).append("=").append(HORIZON).append("-1,").append(dd).append("<").append(HORIZON)
                    .append("),").append(params.taxes().depreciation().bookValue().ref()).append(",0)");
        } else {
            out.number(r, COL_DEPRECIATION, 0, money, SheetWriter.AMOUNT_WIDTH);
            expense.append("+IF(").append(VAT_RECOVERABLE).append(",0,").append(ref(COL_VAT_PAID, r)).append(")");
        }
        out.formula(r, COL_EXPENSE, expense.toString(), taxValues[4][m], money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_INCOME_TAX, "-" + INCOME_TAX_RATE + "*" + ref(COL_EXPENSE, r), taxValues[5][m], money,
                SheetWriter.AMOUNT_WIDTH);
        double at = afterTax[m];
        out.formula(r, COL_AFTER_TAX, ref(COL_TOTAL, r) + "+" + ref(COL_VAT, r) + "+" + ref(COL_INCOME_TAX, r), at,
                money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_AT_CUMULATIVE, m == 0 ? ref(COL_AFTER_TAX, r) : ref(COL_AT_CUMULATIVE, r - 1) + "+"
                + ref(COL_AFTER_TAX, r), afterTaxCumulative[m], money, SheetWriter.MONEY_WIDTH);
        out.formula(r, COL_AT_DISCOUNTED, ref(COL_AFTER_TAX, r) + "*" + ref(COL_DISCOUNT_FACTOR, r),
                afterTaxDiscounted[m], money, SheetWriter.MONEY_WIDTH);
        out.formula(r, COL_AT_CUMULATIVE_DISCOUNTED, m == 0 ? ref(COL_AT_DISCOUNTED, r)
                : ref(COL_AT_CUMULATIVE_DISCOUNTED, r - 1) + "+" + ref(COL_AT_DISCOUNTED, r),
                afterTaxCumulativeDiscounted[m], money, SheetWriter.MONEY_WIDTH);
    }

    /** ε and the discounted ε: 1e-9 × the sum of |B(m)| + |O(m)| (the largest cumulative gross flow). */
    private double[] epsilons(double[] baseFlows, double[] flows) {
        double gross = 0;
        double grossDiscounted = 0;
        for (int m = 0; m < horizon; m++) {
            double factor = Math.pow(1 + monthlyRate, -m);
            gross += Math.abs(baseFlows[m]) + Math.abs(flows[m]);
            grossDiscounted += Math.abs(baseFlows[m] * factor) + Math.abs(flows[m] * factor);
        }
        return new double[] {1e-9 * gross, 1e-9 * grossDiscounted};
    }

    /** S(m) and the helpers of payback, discounted payback and IRR against the baseline. */
    private void comparison(Comparison c, double[] baseFlows, double[] flows, double[] baseDiscounted,
            double[] ownDiscounted, double epsValue, double epsDValue) {
        String eps = abs(c.epsilon(), CF_RESULT_ROW);
        String epsD = abs(c.discountedEpsilon(), CF_RESULT_ROW);
        CellStyle money = styles.value(Kind.AMOUNT, false);
        CellStyle integer = styles.value(Kind.INTEGER, false);
        CellStyle months = styles.value(Kind.MONTHS, false);
        double s = 0;
        double sd = 0;
        double sPrevValue = 0;
        double sdPrevValue = 0;
        int lastSign = 0;
        for (int m = 0; m < horizon; m++) {
            int r = monthRow(m);
            String a = absCol(COL_MONTH, r);
            String baseTotal = sheet(base.name()) + absCol(c.flow(), r);
            String baseDiscountedRef = sheet(base.name()) + absCol(c.discounted(), r);
            double saving = baseFlows[m] - flows[m];
            s += saving;
            sd += baseDiscounted[m] - ownDiscounted[m];
            int sign = s > epsValue ? 1 : s < -epsValue ? -1 : lastSign;
            int change = m > 0 && lastSign != 0 && sign != lastSign ? 1 : 0;
            out.formula(r, c.saving(), baseTotal + "-" + ref(c.flow(), r), saving, money, SheetWriter.AMOUNT_WIDTH);
            String sRef = ref(c.cumulativeSaving(), r);
            String vRef = ref(c.lastSign(), r);
            if (m == 0) {
                out.formula(r, c.cumulativeSaving(), ref(c.saving(), r), s, money, SheetWriter.AMOUNT_WIDTH);
                out.formula(r, c.crossing(), "\"\"", "", months, SheetWriter.NUMBER_WIDTH);
                out.formula(r, c.lastSign(), "IF(" + sRef + ">" + eps + ",1,IF(" + sRef + "<-" + eps + ",-1,0))",
                        (double) sign, integer, 4);
                out.number(r, c.signChange(), 0, integer, 4);
                out.formula(r, c.cumulativeDiscountedSaving(), baseDiscountedRef + "-" + ref(c.discounted(), r), sd,
                        money, SheetWriter.AMOUNT_WIDTH);
                out.formula(r, c.discountedCrossing(), "\"\"", "", months, SheetWriter.NUMBER_WIDTH);
            } else {
                String sPrev = ref(c.cumulativeSaving(), r - 1);
                String sdPrev = ref(c.cumulativeDiscountedSaving(), r - 1);
                String vPrev = ref(c.lastSign(), r - 1);
                out.formula(r, c.cumulativeSaving(), sPrev + "+" + ref(c.saving(), r), s, money,
                        SheetWriter.AMOUNT_WIDTH);
                out.formula(r, c.crossing(), crossing(a, sRef, sPrev, eps), crossingValue(m, s, sPrevValue, epsValue),
                        months, SheetWriter.NUMBER_WIDTH);
                out.formula(r, c.lastSign(), "IF(" + sRef + ">" + eps + ",1,IF(" + sRef + "<-" + eps + ",-1," + vPrev
                        + "))", (double) sign, integer, 4);
                out.formula(r, c.signChange(), "IF(AND(" + vPrev + "<>0," + vRef + "<>" + vPrev + "),1,0)",
                        (double) change, integer, 4);
                out.formula(r, c.cumulativeDiscountedSaving(), sdPrev + "+(" + baseDiscountedRef + "-"
                        + ref(c.discounted(), r) + ")", sd, money, SheetWriter.AMOUNT_WIDTH);
                out.formula(r, c.discountedCrossing(), crossing(a, ref(c.cumulativeDiscountedSaving(), r), sdPrev,
                        epsD), crossingValue(m, sd, sdPrevValue, epsDValue), months, SheetWriter.NUMBER_WIDTH);
            }
            lastSign = sign;
            sPrevValue = s;
            sdPrevValue = sd;
        }
    }

    /**
     * Where S turns from negative (below -ε) to not negative, the interpolated time m + (-S(m-1)) / (S(m) - S(m-1)),
     * with S(m) counted as 0 within ±ε; empty elsewhere. The first crossing is the smallest of these values.
     */
    private static String crossing(String a, String s, String sPrev, String eps) {
        return "IF(AND(" + s + ">=-" + eps + "," + sPrev + "<-" + eps + ")," + a + "+(-" + sPrev + ")/(IF(" + s + "<="
                + eps + ",0," + s + ")-" + sPrev + "),\"\")";
    }

    private static Object crossingValue(int m, double s, double sPrev, double eps) {
        if (s >= -eps && sPrev < -eps) {
            return m + (-sPrev) / ((s <= eps ? 0 : s) - sPrev);
        }
        return "";
    }

    private void totals() {
        out.text(CF_TOTAL_ROW, COL_MONTH, text.get("report.cf.totalRow"), styles.boldText(), false);
        CellStyle money = styles.strong(Kind.AMOUNT);
        int first = monthRow(0);
        int last = lastMonthRow();
        for (CostComponent c : CostComponent.values()) {
            int column = COL_FIRST_COMPONENT + c.ordinal();
            out.formula(CF_TOTAL_ROW, column, "SUM(" + ReportLayout.column(column, first, last) + ")",
                    result.componentTotal(c), money, SheetWriter.AMOUNT_WIDTH);
        }
        out.formula(CF_TOTAL_ROW, COL_TOTAL, "SUM(" + ReportLayout.column(COL_TOTAL, first, last) + ")",
                result.totalCost(), money, SheetWriter.AMOUNT_WIDTH);
        out.formula(CF_TOTAL_ROW, COL_DISCOUNTED, "SUM(" + ReportLayout.column(COL_DISCOUNTED, first, last) + ")",
                result.presentValue(), money, SheetWriter.AMOUNT_WIDTH);
        if (!baseline) {
            out.formula(CF_TOTAL_ROW, COL_SAVING, "SUM(" + ReportLayout.column(COL_SAVING, first, last) + ")",
                    base.result.totalCost() - result.totalCost(), money, SheetWriter.AMOUNT_WIDTH);
        }
        if (option.isBuild()) {
            for (int column = COL_LOAN_DRAW; column <= COL_LOAN_REPAYMENT; column++) {
                out.formula(CF_TOTAL_ROW, column, "SUM(" + range(column) + ")", sum(loanValues[column - COL_LOAN_DRAW]),
                        money, SheetWriter.AMOUNT_WIDTH);
            }
        }
        if (afterTax != null) {
            int[] columns = {COL_VAT_PAID, COL_VAT_CREDIT, COL_VAT, COL_DEPRECIATION, COL_EXPENSE, COL_INCOME_TAX};
            for (int i = 0; i < columns.length; i++) {
                out.formula(CF_TOTAL_ROW, columns[i], "SUM(" + range(columns[i]) + ")", sum(taxValues[i]), money,
                        SheetWriter.AMOUNT_WIDTH);
            }
            out.formula(CF_TOTAL_ROW, COL_AFTER_TAX, "SUM(" + range(COL_AFTER_TAX) + ")", sum(afterTax), money,
                    SheetWriter.AMOUNT_WIDTH);
            out.formula(CF_TOTAL_ROW, COL_AT_DISCOUNTED, "SUM(" + range(COL_AT_DISCOUNTED) + ")",
                    sum(afterTaxDiscounted), money, SheetWriter.AMOUNT_WIDTH);
        }
    }

    // ---------------------------------------------------------------- results

    /**
     * One cell of the results row: a formula with its cached value, or without a formula the text {@link #NONE}
     * (in bold where {@code strong}) or a plain number (the IRR start value).
     */
    private record ResultCell(int column, String labelKey, String formula, Object value, Kind kind, boolean strong) {
    }

    private static void resultCell(List<ResultCell> cells, int column, String labelKey, String formula, Object value,
            Kind kind) {
        cells.add(new ResultCell(column, labelKey, formula, value, kind, false));
    }

    /** The results row, its cells laid out in the constructor. */
    private void writeResults() {
        for (ResultCell cell : resultCells) {
            int column = cell.column();
            out.text(CF_RESULT_LABEL_ROW, column, text.get(cell.labelKey()), styles.label(), false);
            if (cell.formula() != null) {
                boolean headline = column <= RESULT_BREAK_EVEN
                        || column >= RESULT_AT_TOTAL && column <= RESULT_AT_IRR;
                out.formula(CF_RESULT_ROW, column, cell.formula(), cell.value(), headline ? styles.strong(cell.kind())
                        : styles.value(cell.kind(), false), width(cell.kind()));
            } else if (cell.value() instanceof Double number) {
                out.number(CF_RESULT_ROW, column, number, styles.value(cell.kind(), false), SheetWriter.NUMBER_WIDTH);
            } else {
                out.text(CF_RESULT_ROW, column, (String) cell.value(), cell.strong() ? styles.strong(cell.kind())
                        : styles.value(cell.kind(), false), false);
            }
        }
    }

    private String range(int column) {
        return ReportLayout.column(column, monthRow(0), lastMonthRow());
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static Object orNone(Double value) {
        return value == null ? NONE : (Object) value;
    }

    /** Σ of the price factor over months from..to-1: the rental's (or bridge's) dependence on the price. */
    private double factorSum(int from, int to) {
        double sum = 0;
        for (int m = Math.max(0, from); m < Math.min(to, horizon); m++) {
            sum += priceFactor[m];
        }
        return sum;
    }

    private void results(List<ResultCell> cells, double[] epsilons) {
        String total = abs(COL_TOTAL, CF_TOTAL_ROW);
        resultCell(cells, RESULT_TOTAL, "result.totalCost", total, result.totalCost(), Kind.AMOUNT);
        resultCell(cells, RESULT_PRESENT_VALUE, "result.presentValue", abs(COL_DISCOUNTED, CF_TOTAL_ROW),
                result.presentValue(), Kind.AMOUNT);
        resultCell(cells, RESULT_COST_PER_PFLOPS_YEAR, "result.costPerPflopsYear", total + "/(" + DEMAND + "*" + HORIZON
                + "/12)", result.costPerPflopsYear(), Kind.AMOUNT);
        String a = range(COL_MONTH);
        String f = range(COL_PRICE_FACTOR);
        if (baseline) {
            // The methodology leaves these undefined for the baseline itself.
            String[] keys = {"result.payback", "result.discountedPayback", "result.irr", "result.breakEven"};
            for (int c = RESULT_PAYBACK; c <= RESULT_BREAK_EVEN; c++) {
                cells.add(new ResultCell(c, keys[c - RESULT_PAYBACK], null, NONE, Kind.AMOUNT, true));
            }
            cells.add(new ResultCell(RESULT_BREAK_EVEN_AS_QUOTED, "report.cf.breakEvenAsQuoted", null, NONE,
                    Kind.AMOUNT, false));
            // The rental's dependence on the price p per dense PFLOPS-year: rental total = coefficient × p.
            RentalQuote rq = (RentalQuote) option.quote();
            resultCell(cells, RESULT_PRICE_COEFFICIENT, "report.cf.priceCoefficientBaseline", params.size().ref() + "*(1-"
                    + q(Column.VOUCHER) + ")/12*SUMIFS(" + f + "," + a + ",\">=\"&" + params.inService().ref() + "," + a + ",\"<\"&"
                    + HORIZON + ")", size * (1 - fraction(rq.voucherPct())) / 12
                            * factorSum(result.inServiceMonth(), horizon), Kind.NUMBER);
            return;
        }
        Double irr = result.irrPct();
        paybackAndIrr(cells, PRE_TAX, new int[] {RESULT_PAYBACK, RESULT_DISCOUNTED_PAYBACK, RESULT_IRR, RESULT_IRR_GUESS},
                new String[] {"result.payback", "result.discountedPayback", "result.irr"}, result.paybackMonths(),
                result.discountedPaybackMonths(), irr);
        String baseTotal = base.resultRef(RESULT_TOTAL);
        String cB = base.resultRef(RESULT_PRICE_COEFFICIENT);
        String cO = abs(RESULT_PRICE_COEFFICIENT, CF_RESULT_ROW);
        String p0 = sheet(base.name()) + base.params.rent().densePrice().ref();
        String root = "-((" + total + "-" + cO + "*" + p0 + ")-(" + baseTotal + "-" + cB + "*" + p0 + "))/(" + cO + "-"
                + cB + ")";
        String dust = "1E-9*(ABS(" + total + ")+ABS(" + baseTotal + "))/ABS(" + cO + "-" + cB + ")";
        resultCell(cells, RESULT_BREAK_EVEN, "result.breakEven", "IF(ABS(" + cO + "-" + cB + ")<=1E-9*(ABS(" + cO + ")+ABS("
                + cB + ")),\"" + NONE + "\",IF(ABS(" + root + ")<=" + dust + ",0,IF(" + root + "<0,\"" + NONE
                + "\"," + root + ")))",
                orNone(result.breakEvenRentPricePerPflopsYear()), Kind.AMOUNT);
        // Section 9: the same price stated as the baseline quotes it (per P-year or per card-hour, VAT as quoted).
        String be = abs(RESULT_BREAK_EVEN, CF_RESULT_ROW);
        String perAccelerator = qBase(Column.PFLOPS_PER_ACCELERATOR);
        resultCell(cells, RESULT_BREAK_EVEN_AS_QUOTED, "report.cf.breakEvenAsQuoted", "IF(ISNUMBER(" + be + ")," + be + "*"
                + CashFlowParams.denseFactor(qBase(Column.BASIS)) + "*IF(" + perAccelerator + ">0," + perAccelerator + "/"
                + HOURS_PER_YEAR + ",1)*IF(" + qBase(Column.VAT_INCLUDED) + ",1+" + qBase(Column.VAT_RATE) + ",1),\""
                + NONE + "\")", orNone(result.breakEvenRentPriceAsQuoted()), Kind.AMOUNT);
        resultCell(cells, RESULT_EPSILON, "report.cf.epsilon", epsilon(COL_TOTAL), epsilons[0], Kind.NUMBER);
        resultCell(cells, RESULT_DISCOUNTED_EPSILON, "report.cf.discountedEpsilon", epsilon(COL_DISCOUNTED), epsilons[1],
                Kind.NUMBER);
        String coefficient;
        double coefficientValue;
        if (option.isBuild()) {
            coefficient = "IF(" + BRIDGE + "," + params.bridge().rented().ref() + "*(1-" + qBase(Column.VOUCHER) + ")/12*SUMIF(" + a
                    + ",\"<\"&MIN(" + params.inService().ref() + "," + HORIZON + ")," + f + "),0)";
            RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
            coefficientValue = scenario.bridgeWithRental() ? params.bridge().rented().value() * (1 - fraction(bq.voucherPct())) / 12
                    * factorSum(0, result.inServiceMonth()) : 0;
        } else {
            // A bridged rent option's bridge rental depends on the baseline's price like a build option's.
            // Σ over m < M = min(d, H) of G^floor(m / 12), in closed form: 12 months per full year Y = INT(M / 12),
            // then the rest at G^Y (the evaluator of the tests has no array arithmetic for SUMPRODUCT).
            String months = "MIN(" + params.inService().ref() + "," + HORIZON + ")";
            String years = "INT(" + months + "/12)";
            String g = "(1+" + qBase(Column.ANNUAL_CHANGE) + ")";
            String factorSum = "(IF(" + g + "=1,12*" + years + ",12*(POWER(" + g + "," + years + ")-1)/(" + g
                    + "-1))+(" + months + "-12*" + years + ")*POWER(" + g + "," + years + "))";
            coefficient = "IF(" + BRIDGE + "," + params.bridge().rented().ref() + "*(1-" + qBase(Column.VOUCHER) + ")/12*"
                    + factorSum + ",0)";
            RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
            double bridged = 0;
            for (int m = 0; m < Math.min(result.inServiceMonth(), horizon); m++) {
                bridged += Math.pow(baseGrowth, m / 12);
            }
            coefficientValue = scenario.bridgeWithRental() ? params.bridge().rented().value() * (1 - fraction(bq.voucherPct())) / 12
                    * bridged : 0;
        }
        resultCell(cells, RESULT_PRICE_COEFFICIENT, "report.cf.priceCoefficient", coefficient, coefficientValue, Kind.NUMBER);
    }

    /**
     * Payback, discounted payback and IRR of one comparison (pre-tax or after-tax), from its helper columns; the IRR
     * start value is the engine's root. {@code cells}: payback, discounted payback, IRR, IRR start value.
     */
    private void paybackAndIrr(List<ResultCell> into, Comparison c, int[] cells, String[] keys, Double payback, Double discountedPayback,
            Double irr) {
        String eps = abs(c.epsilon(), CF_RESULT_ROW);
        String epsD = abs(c.discountedEpsilon(), CF_RESULT_ROW);
        resultCell(into, cells[0], keys[0], payback(range(c.cumulativeSaving()), abs(c.cumulativeSaving(), lastMonthRow()),
                range(c.crossing()), eps), orNone(payback), Kind.MONTHS);
        resultCell(into, cells[1], keys[1], payback(range(c.cumulativeDiscountedSaving()),
                abs(c.cumulativeDiscountedSaving(), lastMonthRow()), range(c.discountedCrossing()), epsD),
                orNone(discountedPayback), Kind.MONTHS);
        String net = range(c.saving());
        String guess = abs(cells[3], CF_RESULT_ROW);
        resultCell(into, cells[2], keys[2], "IF(AND(" + abs(c.lastSign(), lastMonthRow()) + "=1,SUM(" + range(c.signChange())
                + ")=1,NPV(10," + net + ")<=0),(1+IRR(" + net + "," + guess + "))^12-1,\"" + NONE + "\")",
                irr == null ? NONE : (Object) (irr / 100.0), Kind.PERCENT);
        double monthlyGuess = irr == null ? 0.01 : Math.pow(1 + irr / 100.0, 1.0 / 12.0) - 1;
        into.add(new ResultCell(cells[3], "report.cf.irrGuess", null, monthlyGuess, Kind.FACTOR, false));
    }

    /**
     * Section 13's results: after-tax total, present value, payback, discounted payback and IRR against the
     * baseline's after-tax flows, and the sums of VAT, income tax and depreciation; "—" in every cell without a tax
     * block, so the Summary can refer to them whatever the scenario.
     */
    private void afterTaxResults(List<ResultCell> cells, double[] epsilons) {
        String[] keys = {"report.cf.atTotal", "report.cf.atPresentValue", "report.cf.atPayback",
            "report.cf.atDiscountedPayback", "report.cf.atIrr", "report.cf.atVat", "report.cf.atIncomeTax",
            "report.cf.atDepreciation"};
        AfterTaxResult at = result.afterTax().orElse(null);
        if (at == null) {
            for (int c = RESULT_AT_TOTAL; c <= RESULT_AT_DEPRECIATION; c++) {
                cells.add(new ResultCell(c, keys[c - RESULT_AT_TOTAL], null, NONE, Kind.AMOUNT, false));
            }
            return;
        }
        resultCell(cells, RESULT_AT_TOTAL, keys[0], "SUM(" + range(COL_AFTER_TAX) + ")", at.totalCost(), Kind.AMOUNT);
        resultCell(cells, RESULT_AT_PRESENT_VALUE, keys[1], "SUM(" + range(COL_AT_DISCOUNTED) + ")", at.presentValue(),
                Kind.AMOUNT);
        resultCell(cells, RESULT_AT_VAT, keys[5], "SUM(" + range(COL_VAT) + ")", at.vat(), Kind.AMOUNT);
        resultCell(cells, RESULT_AT_INCOME_TAX, keys[6], "SUM(" + range(COL_INCOME_TAX) + ")", at.incomeTax(), Kind.AMOUNT);
        resultCell(cells, RESULT_AT_DEPRECIATION, keys[7], "SUM(" + range(COL_DEPRECIATION) + ")", at.depreciation(),
                Kind.AMOUNT);
        if (baseline) {
            for (int c = RESULT_AT_PAYBACK; c <= RESULT_AT_IRR; c++) {
                cells.add(new ResultCell(c, keys[c - RESULT_AT_TOTAL], null, NONE, Kind.AMOUNT, false));
            }
            return;
        }
        resultCell(cells, RESULT_AT_EPSILON, "report.cf.atEpsilon", epsilon(COL_AFTER_TAX), epsilons[0], Kind.NUMBER);
        resultCell(cells, RESULT_AT_DISCOUNTED_EPSILON, "report.cf.atDiscountedEpsilon", epsilon(COL_AT_DISCOUNTED),
                epsilons[1], Kind.NUMBER);
        paybackAndIrr(cells, AFTER_TAX, new int[] {RESULT_AT_PAYBACK, RESULT_AT_DISCOUNTED_PAYBACK, RESULT_AT_IRR,
            RESULT_AT_IRR_GUESS}, new String[] {keys[2], keys[3], keys[4]}, at.paybackMonths(),
                at.discountedPaybackMonths(), at.irrPct());
    }

    /**
     * 0 if S is never below -ε; "—" if S is still below -ε at the end of the horizon; else the last crossing, after
     * which S stays non-negative (v2 correction; version 1 took the first).
     */
    private static String payback(String s, String lastS, String crossings, String eps) {
        return "IF(MIN(" + s + ")>=-" + eps + ",0,IF(" + lastS + "<-" + eps + ",\"" + NONE + "\",MAX(" + crossings
                + ")))";
    }

    /**
     * ε = 1e-9 × the largest cumulative gross flow; the gross flow only grows, so that is the sum of |B(m)| + |O(m)|
     * over the horizon.
     */
    private String epsilon(int column) {
        String o = range(column);
        String b = sheet(base.name()) + o;
        return "1E-9*(SUMIF(" + b + ",\">0\")-SUMIF(" + b + ",\"<0\")+SUMIF(" + o + ",\">0\")-SUMIF(" + o + ",\"<0\"))";
    }
}
