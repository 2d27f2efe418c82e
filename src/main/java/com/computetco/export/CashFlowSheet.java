package com.computetco.export;

import static com.computetco.export.AssumptionsSheet.BRIDGE;
import static com.computetco.export.AssumptionsSheet.COLOCATION;
import static com.computetco.export.AssumptionsSheet.DEMAND;
import static com.computetco.export.AssumptionsSheet.ELECTRICITY_PRICE;
import static com.computetco.export.AssumptionsSheet.ENGINEERS;
import static com.computetco.export.AssumptionsSheet.ENGINEER_COST;
import static com.computetco.export.AssumptionsSheet.HORIZON;
import static com.computetco.export.AssumptionsSheet.HOURS;
import static com.computetco.export.AssumptionsSheet.LOAD_FACTOR;
import static com.computetco.export.AssumptionsSheet.MONTHLY_RATE;
import static com.computetco.export.AssumptionsSheet.PUE;
import static com.computetco.export.AssumptionsSheet.SUBSIDY;
import static com.computetco.export.AssumptionsSheet.fraction;
import static com.computetco.export.AssumptionsSheet.inBase;
import static com.computetco.export.ReportLayout.*;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.engine.CostComponent;
import com.computetco.engine.OptionResult;
import com.computetco.export.QuotesSheet.Column;
import com.computetco.export.ReportStyles.Kind;
import com.computetco.i18n.Messages;
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
 */
final class CashFlowSheet {
    /** The text a formula shows where the methodology leaves a figure undefined. */
    static final String NONE = "—";

    /** A parameter cell: its absolute reference on this sheet and its value. */
    private record Param(String ref, double value) {
    }

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final QuotesSheet quotes;
    private final Scenario scenario;
    private final int index;
    private final Option option;
    private final OptionResult result;
    private final int horizon;
    private final boolean baseline;
    private final int baselineIndex;
    private final double monthlyRate;
    /** The baseline's sheet; this sheet itself for the baseline. */
    private CashFlowSheet base;
    private int nextParam = PARAM_FIRST_FREE;
    /** Cached values other sheets need. */
    private final double[] monthly;
    private final double[] discounted;
    private final double[] priceFactor;
    private final Object[] results = new Object[RESULT_COUNT];
    private double size;
    private Param densePrice;

    CashFlowSheet(SheetWriter out, ReportStyles styles, Messages text, QuotesSheet quotes, Scenario scenario,
            int index, OptionResult result) {
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
        discounted = new double[horizon];
        priceFactor = new double[horizon];
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

    void write(CashFlowSheet baselineSheet) {
        this.base = baselineSheet;
        String title = text.format("report.cf.title", option.label(),
                text.get("option.type." + option.type().jsonName()), scenario.currency())
                + (baseline ? " — " + text.get("result.baseline") : "");
        out.text(CF_TITLE_ROW, 0, title, styles.title(), false);
        if (option.isBuild()) {
            buildParams();
        } else {
            rentParams();
        }
        out.row(CF_PARAM_LABEL_ROW).setHeightInPoints(48);
        out.row(CF_RESULT_LABEL_ROW).setHeightInPoints(48);
        headers();
        double[] epsilons = baseline ? null : epsilons();
        for (int m = 0; m < horizon; m++) {
            month(m);
        }
        if (!baseline) {
            comparison(epsilons[0], epsilons[1]);
        }
        totals();
        results(epsilons);
        out.sheet().createFreezePane(1, CF_FIRST_MONTH_ROW);
        int lastCol = (baseline ? COL_COUNT_BASELINE : COL_COUNT) - 1;
        out.sheet().setAutoFilter(new CellRangeAddress(CF_HEADER_ROW, lastMonthRow(), 0, lastCol));
        out.sheet().setRepeatingRows(new CellRangeAddress(CF_HEADER_ROW, CF_HEADER_ROW, -1, -1));
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

    /** A labelled parameter cell in the next free column. */
    private Param param(String labelKey, String formula, double value, Kind kind) {
        return param(nextParam++, labelKey, formula, value, kind);
    }

    private Param param(int column, String labelKey, String formula, double value, Kind kind) {
        out.text(CF_PARAM_LABEL_ROW, column, text.get(labelKey), styles.label(), false);
        out.formula(CF_PARAM_ROW, column, formula, value, styles.value(kind, false), width(kind));
        return new Param(abs(column, CF_PARAM_ROW), value);
    }

    private static int width(Kind kind) {
        return kind == Kind.AMOUNT ? SheetWriter.AMOUNT_WIDTH : SheetWriter.NUMBER_WIDTH;
    }

    private static String denseFactor(String basisRef) {
        return "IF(" + basisRef + "=\"sparse\",0.5,1)";
    }

    private Param n;
    private Param d;
    private Param prepaidPart;
    private Param deliveryPart;
    private Param prepaymentRisk;
    private Param bridgeRented;
    private Param bridgeMonthly;
    private Param power;
    private Param colocation;
    private Param supportStart;
    private Param supportMonthly;
    private Param operations;
    private Param retrainingMonths;
    private Param retrainingLoss;
    private Param residual;
    private Param rentalMonthly;
    private Param setup;
    private double growth;
    /** 1 + the baseline's annual rent change: the bridge rental's anniversary factor. */
    private double baseGrowth;

    private void buildParams() {
        ServerQuote sq = (ServerQuote) option.quote();
        RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
        double demand = scenario.demandPflops().doubleValue();
        size = result.servers();
        int inService = result.inServiceMonth();
        String nRef = abs(PARAM_SIZE, CF_PARAM_ROW);
        String dRef = abs(PARAM_IN_SERVICE, CF_PARAM_ROW);
        Param e = param("report.cf.efficiency", q(Column.EFFICIENCY), fraction(option.efficiencyPct()), Kind.PERCENT);
        Param peak = param("report.cf.densePeak", q(Column.PEAK) + "*" + denseFactor(q(Column.BASIS)),
                sq.peakPflopsPerServer().doubleValue() * sq.pflopsBasis().denseFactor(), Kind.NUMBER);
        n = param(PARAM_SIZE, "report.cf.servers", "MAX(1,ROUNDUP(" + DEMAND + "/(" + peak.ref + "*" + e.ref
                + ")-1E-9,0))", size, Kind.INTEGER);
        d = param(PARAM_IN_SERVICE, "report.cf.inServiceBuild", "MAX(0,ROUNDUP(" + q(Column.LEAD_LIKELY) + "+"
                + q(Column.INSTALL_MONTHS) + "-1E-9,0))", inService, Kind.INTEGER);
        Param hw = param("report.cf.hardware", nRef + "*" + q(Column.PRICE_BASE), size * inBase(scenario,
                sq.unitPrice()), Kind.AMOUNT);
        double install = inBase(scenario, sq.installationCostMoney().orElse(Money.zero(scenario.currency())));
        Param capex = param("report.cf.capex", hw.ref + "*(1+" + q(Column.NETWORKING) + ")+" + q(Column.INSTALL_BASE),
                hw.value * (1 + fraction(sq.networkingPct())) + install, Kind.AMOUNT);
        double prepay = fraction(sq.prepaymentPct());
        prepaidPart = param("report.cf.prepaid", capex.ref + "*" + q(Column.PREPAYMENT), capex.value * prepay,
                Kind.AMOUNT);
        deliveryPart = param("report.cf.onDelivery", capex.ref + "*(1-" + q(Column.PREPAYMENT) + ")",
                capex.value * (1 - prepay), Kind.AMOUNT);
        prepaymentRisk = param("report.cf.prepaymentRisk", q(Column.SUPPLIER_DEFAULT) + "*" + capex.ref + "*"
                + q(Column.PREPAYMENT), fraction(option.supplierDefaultPct()) * capex.value * prepay, Kind.AMOUNT);
        bridgeParams();
        double kw = size * sq.powerKwPerServer().doubleValue();
        var power0 = scenario.electricity();
        power = param("report.cf.power", nRef + "*" + q(Column.KW) + "*" + LOAD_FACTOR + "*" + PUE + "*" + HOURS + "*"
                + ELECTRICITY_PRICE + "*(1-" + SUBSIDY + ")", kw * fraction(power0.loadFactorPct())
                        * power0.pue().doubleValue() * 730 * power0.pricePerKwh().doubleValue()
                        * (1 - fraction(power0.subsidyPct())), Kind.AMOUNT);
        colocation = param("report.cf.colocation", COLOCATION + "*(" + nRef + "*" + q(Column.KW) + ")",
                scenario.colocationPerKwMonth().doubleValue() * kw, Kind.AMOUNT);
        supportStart = param("report.cf.supportStart", dRef + "+" + q(Column.WARRANTY),
                (double) inService + sq.warrantyMonths(), Kind.INTEGER);
        supportMonthly = param("report.cf.support", q(Column.SUPPORT) + "/12*" + hw.ref,
                fraction(sq.supportPctPerYear()) / 12 * hw.value, Kind.AMOUNT);
        staffParams();
        residual = param("report.cf.residual", "-(" + q(Column.RESIDUAL) + "*" + hw.ref + ")",
                -(fraction(option.residualValuePct()) * hw.value), Kind.AMOUNT);
        growth = 1 + fraction(bq.annualPriceChangePct());
    }

    /** The demand rented from the baseline until the option is in service, and its monthly price. */
    private void bridgeParams() {
        RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
        double demand = scenario.demandPflops().doubleValue();
        bridgeRented = param("report.cf.bridgeRented", DEMAND + "/" + qBase(Column.EFFICIENCY),
                demand / fraction(scenario.options().get(baselineIndex).efficiencyPct()), Kind.NUMBER);
        bridgeMonthly = param("report.cf.bridgePrice", qBase(Column.PRICE_BASE) + "/"
                + denseFactor(qBase(Column.BASIS)) + "/12*(1-" + qBase(Column.VOUCHER) + ")",
                inBase(scenario, bq.quotedPrice()) / bq.pflopsBasis().denseFactor() / 12
                        * (1 - fraction(bq.voucherPct())), Kind.AMOUNT);
        baseGrowth = 1 + fraction(bq.annualPriceChangePct());
    }

    private void rentParams() {
        RentalQuote rq = (RentalQuote) option.quote();
        size = result.rentedPflops();
        String nRef = abs(PARAM_SIZE, CF_PARAM_ROW);
        Param e = param("report.cf.efficiency", q(Column.EFFICIENCY), fraction(option.efficiencyPct()), Kind.PERCENT);
        n = param(PARAM_SIZE, "report.cf.rented", "MAX(" + DEMAND + "/" + e.ref + "," + q(Column.MINIMUM) + ")", size,
                Kind.NUMBER);
        d = param(PARAM_IN_SERVICE, "report.cf.inServiceRent", "MAX(0,ROUNDUP(" + q(Column.LEAD_LIKELY) + "-1E-9,0))",
                result.inServiceMonth(), Kind.INTEGER);
        densePrice = param("report.cf.densePrice", q(Column.PRICE_BASE) + "/" + denseFactor(q(Column.BASIS)),
                inBase(scenario, rq.quotedPrice()) / rq.pflopsBasis().denseFactor(), Kind.AMOUNT);
        rentalMonthly = param("report.cf.rentalMonthly", nRef + "*" + densePrice.ref + "/12*(1-" + q(Column.VOUCHER)
                + ")", size * densePrice.value / 12 * (1 - fraction(rq.voucherPct())), Kind.AMOUNT);
        setup = param("report.cf.setup", q(Column.SETUP_BASE), inBase(scenario, rq.setupFeeMoney()
                .orElse(Money.zero(scenario.currency()))), Kind.AMOUNT);
        if (!baseline) {
            // v2 correction: a rent option that arrives later is bridged from the baseline too.
            bridgeParams();
        }
        staffParams();
        growth = 1 + fraction(rq.annualPriceChangePct());
    }

    private void staffParams() {
        double engineerCost = scenario.staff().monthlyCostPerEngineer().doubleValue();
        Retraining plan = option.retrainingPlan().orElse(Retraining.none());
        operations = param("report.cf.operations", q(Column.OPERATIONS) + "*" + ENGINEER_COST,
                option.operationsFte().doubleValue() * engineerCost, Kind.AMOUNT);
        retrainingMonths = param("report.cf.retrainingMonths", q(Column.RETRAINING_MONTHS),
                plan.months().doubleValue(), Kind.MONTHS);
        retrainingLoss = param("report.cf.retrainingLoss", ENGINEERS + "*" + ENGINEER_COST + "*"
                + q(Column.RETRAINING_LOSS), scenario.staff().engineers() * engineerCost
                        * fraction(plan.productivityLossPct()), Kind.AMOUNT);
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
        out.row(CF_HEADER_ROW).setHeightInPoints(48);
    }

    private void header(int column, String label, CellStyle style) {
        out.text(CF_HEADER_ROW, column, label, style, false);
        out.widen(column, Math.min(14, SheetWriter.displayWidth(label)));
    }

    private double cumulative;
    private double cumulativeDiscounted;

    private void month(int m) {
        int r = monthRow(m);
        String a = absCol(COL_MONTH, r);
        String dd = d.ref;
        CellStyle money = styles.value(Kind.AMOUNT, false);
        CellStyle factor = styles.value(Kind.FACTOR, false);
        out.number(r, COL_MONTH, m, styles.value(Kind.INTEGER, false), 4);
        String f = absCol(COL_PRICE_FACTOR, r);
        String inService = "AND(" + a + ">=" + dd + "," + a + "<" + HORIZON + ")";
        String retraining = "IF(AND(" + a + ">=" + dd + "," + a + "-" + dd + "<ROUNDUP(" + retrainingMonths.ref
                + "-1E-9,0)," + a + "<" + HORIZON + ")," + retrainingLoss.ref + "*MIN(1," + retrainingMonths.ref
                + "-(" + a + "-" + dd + ")),0)";
        String operationsFormula = "IF(" + inService + "," + operations.ref + ",0)";
        String[] component = new String[CostComponent.count()];
        if (option.isBuild()) {
            // Anniversary factor of the baseline's price for the bridge rental: (1 + change)^floor(m / 12).
            priceFactor[m] = m < 12 ? 1 : Math.pow(growth, m / 12);
            out.formula(r, COL_PRICE_FACTOR, "IF(" + a + "<12,1,POWER(1+" + qBase(Column.ANNUAL_CHANGE) + ",INT(" + a
                    + "/12)))", priceFactor[m], factor, SheetWriter.NUMBER_WIDTH);
            component[CostComponent.HARDWARE.ordinal()] = "IF(" + a + "=0," + prepaidPart.ref + ",0)+IF(AND(" + a
                    + "=" + dd + "," + dd + "<" + HORIZON + ")," + deliveryPart.ref + ",0)";
            component[CostComponent.PREPAYMENT_RISK.ordinal()] = "IF(" + a + "=0," + prepaymentRisk.ref + ",0)";
            component[CostComponent.BRIDGE_RENTAL.ordinal()] = "IF(AND(" + BRIDGE + "," + a + "<MIN(" + dd + ","
                    + HORIZON + "))," + bridgeRented.ref + "*" + bridgeMonthly.ref + "*" + f + ",0)";
            component[CostComponent.POWER.ordinal()] = "IF(" + inService + "," + power.ref + ",0)";
            component[CostComponent.COLOCATION.ordinal()] = "IF(" + inService + "," + colocation.ref + ",0)";
            component[CostComponent.SUPPORT.ordinal()] = "IF(AND(" + a + ">=" + supportStart.ref + "," + a + "<"
                    + HORIZON + ")," + supportMonthly.ref + ",0)";
            component[CostComponent.OPERATIONS.ordinal()] = operationsFormula;
            component[CostComponent.RETRAINING.ordinal()] = retraining;
            component[CostComponent.RESIDUAL_VALUE.ordinal()] = "IF(AND(" + a + "=" + HORIZON + "-1," + dd + "<"
                    + HORIZON + ")," + residual.ref + ",0)";
        } else {
            // Anniversary factor of this option's price, from the start of service: (1 + change)^floor((m - d) / 12).
            int since = m - result.inServiceMonth();
            priceFactor[m] = since < 12 ? 1 : Math.pow(growth, since / 12);
            out.formula(r, COL_PRICE_FACTOR, "IF(" + a + "-" + dd + "<12,1,POWER(1+" + q(Column.ANNUAL_CHANGE)
                    + ",INT((" + a + "-" + dd + ")/12)))", priceFactor[m], factor, SheetWriter.NUMBER_WIDTH);
            component[CostComponent.OPERATIONS.ordinal()] = operationsFormula;
            component[CostComponent.RETRAINING.ordinal()] = retraining;
            component[CostComponent.RENTAL.ordinal()] = "IF(" + inService + "," + rentalMonthly.ref + "*" + f + ",0)";
            component[CostComponent.SETUP.ordinal()] = "IF(" + a + "=0," + setup.ref + ",0)";
            if (!baseline) {
                // The baseline's anniversary factor (1 + change)^floor(m / 12), inline: this sheet's factor column
                // holds the option's own.
                component[CostComponent.BRIDGE_RENTAL.ordinal()] = "IF(AND(" + BRIDGE + "," + a + "<MIN(" + dd + ","
                        + HORIZON + "))," + bridgeRented.ref + "*" + bridgeMonthly.ref + "*POWER(1+"
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
        cumulative += monthly[m];
        double discountFactor = Math.pow(1 + monthlyRate, -m);
        discounted[m] = monthly[m] * discountFactor;
        cumulativeDiscounted += discounted[m];
        out.formula(r, COL_TOTAL, "SUM(" + ref(COL_FIRST_COMPONENT, r) + ":" + ref(COL_TOTAL - 1, r) + ")", monthly[m],
                money, SheetWriter.AMOUNT_WIDTH);
        out.formula(r, COL_CUMULATIVE, m == 0 ? total : ref(COL_CUMULATIVE, r - 1) + "+" + total, cumulative, money,
                SheetWriter.MONEY_WIDTH);
        out.formula(r, COL_DISCOUNT_FACTOR, "POWER(1+" + MONTHLY_RATE + ",-" + a + ")", discountFactor, factor,
                SheetWriter.NUMBER_WIDTH);
        String disc = ref(COL_DISCOUNTED, r);
        out.formula(r, COL_DISCOUNTED, total + "*" + ref(COL_DISCOUNT_FACTOR, r), discounted[m], money,
                SheetWriter.MONEY_WIDTH);
        out.formula(r, COL_CUMULATIVE_DISCOUNTED, m == 0 ? disc : ref(COL_CUMULATIVE_DISCOUNTED, r - 1) + "+" + disc,
                cumulativeDiscounted, money, SheetWriter.AMOUNT_WIDTH);
    }

    /** ε and the discounted ε: 1e-9 × the sum of |B(m)| + |O(m)| (the largest cumulative gross flow). */
    private double[] epsilons() {
        double gross = 0;
        double grossDiscounted = 0;
        double[] factors = new double[horizon];
        for (int m = 0; m < horizon; m++) {
            factors[m] = Math.pow(1 + monthlyRate, -m);
            gross += Math.abs(base.monthly[m]) + Math.abs(monthly[m]);
            grossDiscounted += Math.abs(base.monthly[m] * factors[m]) + Math.abs(monthly[m] * factors[m]);
        }
        return new double[] {1e-9 * gross, 1e-9 * grossDiscounted};
    }

    /** S(m) and the helpers of payback, discounted payback and IRR against the baseline. */
    private void comparison(double epsValue, double epsDValue) {
        String eps = abs(RESULT_EPSILON, CF_RESULT_ROW);
        String epsD = abs(RESULT_DISCOUNTED_EPSILON, CF_RESULT_ROW);
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
            String baseTotal = sheet(base.name()) + absCol(COL_TOTAL, r);
            String baseDiscounted = sheet(base.name()) + absCol(COL_DISCOUNTED, r);
            double saving = base.monthly[m] - monthly[m];
            s += saving;
            sd += base.discounted[m] - discounted[m];
            int sign = s > epsValue ? 1 : s < -epsValue ? -1 : lastSign;
            int change = m > 0 && lastSign != 0 && sign != lastSign ? 1 : 0;
            out.formula(r, COL_SAVING, baseTotal + "-" + ref(COL_TOTAL, r), saving, money, SheetWriter.AMOUNT_WIDTH);
            String sRef = ref(COL_CUMULATIVE_SAVING, r);
            String vRef = ref(COL_LAST_SIGN, r);
            if (m == 0) {
                out.formula(r, COL_CUMULATIVE_SAVING, ref(COL_SAVING, r), s, money, SheetWriter.AMOUNT_WIDTH);
                out.formula(r, COL_CROSSING, "\"\"", "", months, SheetWriter.NUMBER_WIDTH);
                out.formula(r, COL_LAST_SIGN, "IF(" + sRef + ">" + eps + ",1,IF(" + sRef + "<-" + eps + ",-1,0))",
                        (double) sign, integer, 4);
                out.number(r, COL_SIGN_CHANGE, 0, integer, 4);
                out.formula(r, COL_CUMULATIVE_DISCOUNTED_SAVING, baseDiscounted + "-" + ref(COL_DISCOUNTED, r), sd,
                        money, SheetWriter.AMOUNT_WIDTH);
                out.formula(r, COL_DISCOUNTED_CROSSING, "\"\"", "", months, SheetWriter.NUMBER_WIDTH);
            } else {
                String sPrev = ref(COL_CUMULATIVE_SAVING, r - 1);
                String sdPrev = ref(COL_CUMULATIVE_DISCOUNTED_SAVING, r - 1);
                String vPrev = ref(COL_LAST_SIGN, r - 1);
                out.formula(r, COL_CUMULATIVE_SAVING, sPrev + "+" + ref(COL_SAVING, r), s, money,
                        SheetWriter.AMOUNT_WIDTH);
                out.formula(r, COL_CROSSING, crossing(a, sRef, sPrev, eps), crossingValue(m, s, sPrevValue, epsValue),
                        months, SheetWriter.NUMBER_WIDTH);
                out.formula(r, COL_LAST_SIGN, "IF(" + sRef + ">" + eps + ",1,IF(" + sRef + "<-" + eps + ",-1," + vPrev
                        + "))", (double) sign, integer, 4);
                out.formula(r, COL_SIGN_CHANGE, "IF(AND(" + vPrev + "<>0," + vRef + "<>" + vPrev + "),1,0)",
                        (double) change, integer, 4);
                out.formula(r, COL_CUMULATIVE_DISCOUNTED_SAVING, sdPrev + "+(" + baseDiscounted + "-"
                        + ref(COL_DISCOUNTED, r) + ")", sd, money, SheetWriter.AMOUNT_WIDTH);
                out.formula(r, COL_DISCOUNTED_CROSSING, crossing(a, ref(COL_CUMULATIVE_DISCOUNTED_SAVING, r), sdPrev,
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
    }

    // ---------------------------------------------------------------- results

    private void resultCell(int column, String labelKey, String formula, Object value, Kind kind) {
        results[column] = value;
        out.text(CF_RESULT_LABEL_ROW, column, text.get(labelKey), styles.label(), false);
        out.formula(CF_RESULT_ROW, column, formula, value, column <= RESULT_BREAK_EVEN ? styles.strong(kind)
                : styles.value(kind, false), width(kind));
    }

    private String range(int column) {
        return ReportLayout.column(column, monthRow(0), lastMonthRow());
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

    private void results(double[] epsilons) {
        String total = abs(COL_TOTAL, CF_TOTAL_ROW);
        resultCell(RESULT_TOTAL, "result.totalCost", total, result.totalCost(), Kind.AMOUNT);
        resultCell(RESULT_PRESENT_VALUE, "result.presentValue", abs(COL_DISCOUNTED, CF_TOTAL_ROW),
                result.presentValue(), Kind.AMOUNT);
        resultCell(RESULT_COST_PER_PFLOPS_YEAR, "result.costPerPflopsYear", total + "/(" + DEMAND + "*" + HORIZON
                + "/12)", result.costPerPflopsYear(), Kind.AMOUNT);
        String a = range(COL_MONTH);
        String f = range(COL_PRICE_FACTOR);
        if (baseline) {
            // The methodology leaves these undefined for the baseline itself.
            String[] keys = {"result.payback", "result.discountedPayback", "result.irr", "result.breakEven"};
            for (int c = RESULT_PAYBACK; c <= RESULT_BREAK_EVEN; c++) {
                results[c] = NONE;
                out.text(CF_RESULT_LABEL_ROW, c, text.get(keys[c - RESULT_PAYBACK]), styles.label(), false);
                out.text(CF_RESULT_ROW, c, NONE, styles.strong(Kind.AMOUNT), false);
            }
            // The rental's dependence on the price p per dense PFLOPS-year: rental total = coefficient × p.
            RentalQuote rq = (RentalQuote) option.quote();
            resultCell(RESULT_PRICE_COEFFICIENT, "report.cf.priceCoefficientBaseline", n.ref + "*(1-"
                    + q(Column.VOUCHER) + ")/12*SUMIFS(" + f + "," + a + ",\">=\"&" + d.ref + "," + a + ",\"<\"&"
                    + HORIZON + ")", size * (1 - fraction(rq.voucherPct())) / 12
                            * factorSum(result.inServiceMonth(), horizon), Kind.NUMBER);
            return;
        }
        String eps = abs(RESULT_EPSILON, CF_RESULT_ROW);
        String epsD = abs(RESULT_DISCOUNTED_EPSILON, CF_RESULT_ROW);
        String s = range(COL_CUMULATIVE_SAVING);
        String sd = range(COL_CUMULATIVE_DISCOUNTED_SAVING);
        resultCell(RESULT_PAYBACK, "result.payback", payback(s, abs(COL_CUMULATIVE_SAVING, lastMonthRow()),
                range(COL_CROSSING), eps), orNone(result.paybackMonths()), Kind.MONTHS);
        resultCell(RESULT_DISCOUNTED_PAYBACK, "result.discountedPayback", payback(sd,
                abs(COL_CUMULATIVE_DISCOUNTED_SAVING, lastMonthRow()), range(COL_DISCOUNTED_CROSSING), epsD),
                orNone(result.discountedPaybackMonths()), Kind.MONTHS);
        String net = range(COL_SAVING);
        String guess = abs(RESULT_IRR_GUESS, CF_RESULT_ROW);
        Double irr = result.irrPct();
        resultCell(RESULT_IRR, "result.irr", "IF(AND(" + abs(COL_LAST_SIGN, lastMonthRow()) + "=1,SUM("
                + range(COL_SIGN_CHANGE) + ")=1,NPV(10," + net + ")<=0),(1+IRR(" + net + "," + guess + "))^12-1,\""
                + NONE + "\")", irr == null ? NONE : (Object) (irr / 100.0), Kind.PERCENT);
        String baseTotal = base.resultRef(RESULT_TOTAL);
        String cB = base.resultRef(RESULT_PRICE_COEFFICIENT);
        String cO = abs(RESULT_PRICE_COEFFICIENT, CF_RESULT_ROW);
        String p0 = sheet(base.name()) + base.densePrice.ref;
        String root = "-((" + total + "-" + cO + "*" + p0 + ")-(" + baseTotal + "-" + cB + "*" + p0 + "))/(" + cO + "-"
                + cB + ")";
        String dust = "1E-9*(ABS(" + total + ")+ABS(" + baseTotal + "))/ABS(" + cO + "-" + cB + ")";
        resultCell(RESULT_BREAK_EVEN, "result.breakEven", "IF(ABS(" + cO + "-" + cB + ")<=1E-9*(ABS(" + cO + ")+ABS("
                + cB + ")),\"" + NONE + "\",IF(ABS(" + root + ")<=" + dust + ",0,IF(" + root + "<0,\"" + NONE
                + "\"," + root + ")))",
                orNone(result.breakEvenRentPricePerPflopsYear()), Kind.AMOUNT);
        resultCell(RESULT_EPSILON, "report.cf.epsilon", epsilon(COL_TOTAL), epsilons[0], Kind.NUMBER);
        resultCell(RESULT_DISCOUNTED_EPSILON, "report.cf.discountedEpsilon", epsilon(COL_DISCOUNTED), epsilons[1],
                Kind.NUMBER);
        out.text(CF_RESULT_LABEL_ROW, RESULT_IRR_GUESS, text.get("report.cf.irrGuess"), styles.label(), false);
        double monthlyGuess = irr == null ? 0.01 : Math.pow(1 + irr / 100.0, 1.0 / 12.0) - 1;
        results[RESULT_IRR_GUESS] = monthlyGuess;
        out.number(CF_RESULT_ROW, RESULT_IRR_GUESS, monthlyGuess, styles.value(Kind.FACTOR, false),
                SheetWriter.NUMBER_WIDTH);
        String coefficient;
        double coefficientValue;
        if (option.isBuild()) {
            coefficient = "IF(" + BRIDGE + "," + bridgeRented.ref + "*(1-" + qBase(Column.VOUCHER) + ")/12*SUMIF(" + a
                    + ",\"<\"&MIN(" + d.ref + "," + HORIZON + ")," + f + "),0)";
            RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
            coefficientValue = scenario.bridgeWithRental() ? bridgeRented.value * (1 - fraction(bq.voucherPct())) / 12
                    * factorSum(0, result.inServiceMonth()) : 0;
        } else {
            // A bridged rent option's bridge rental depends on the baseline's price like a build option's.
            // Σ over m < M = min(d, H) of G^floor(m / 12), in closed form: 12 months per full year Y = INT(M / 12),
            // then the rest at G^Y (the evaluator of the tests has no array arithmetic for SUMPRODUCT).
            String months = "MIN(" + d.ref + "," + HORIZON + ")";
            String years = "INT(" + months + "/12)";
            String g = "(1+" + qBase(Column.ANNUAL_CHANGE) + ")";
            String factorSum = "(IF(" + g + "=1,12*" + years + ",12*(POWER(" + g + "," + years + ")-1)/(" + g
                    + "-1))+(" + months + "-12*" + years + ")*POWER(" + g + "," + years + "))";
            coefficient = "IF(" + BRIDGE + "," + bridgeRented.ref + "*(1-" + qBase(Column.VOUCHER) + ")/12*"
                    + factorSum + ",0)";
            RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
            double bridged = 0;
            for (int m = 0; m < Math.min(result.inServiceMonth(), horizon); m++) {
                bridged += Math.pow(baseGrowth, m / 12);
            }
            coefficientValue = scenario.bridgeWithRental() ? bridgeRented.value * (1 - fraction(bq.voucherPct())) / 12
                    * bridged : 0;
        }
        resultCell(RESULT_PRICE_COEFFICIENT, "report.cf.priceCoefficient", coefficient, coefficientValue, Kind.NUMBER);
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
