package com.computetco.report;

import static com.computetco.report.AssumptionsSheet.COLOCATION;
import static com.computetco.report.AssumptionsSheet.DEMAND;
import static com.computetco.report.AssumptionsSheet.DEPRECIATION_YEARS;
import static com.computetco.report.AssumptionsSheet.ELECTRICITY_PRICE;
import static com.computetco.report.AssumptionsSheet.ENGINEERS;
import static com.computetco.report.AssumptionsSheet.ENGINEER_COST;
import static com.computetco.report.AssumptionsSheet.EXPENSING_LIMIT;
import static com.computetco.report.AssumptionsSheet.HORIZON;
import static com.computetco.report.AssumptionsSheet.HOURS;
import static com.computetco.report.AssumptionsSheet.HOURS_PER_YEAR;
import static com.computetco.report.AssumptionsSheet.LOAD_FACTOR;
import static com.computetco.report.AssumptionsSheet.PUE;
import static com.computetco.report.AssumptionsSheet.VAT_RECOVERABLE;
import static com.computetco.report.AssumptionsSheet.fraction;
import static com.computetco.report.ReportLayout.CF_PARAM_ROW;
import static com.computetco.report.ReportLayout.COL_DEPRECIATION;
import static com.computetco.report.ReportLayout.PARAM_FIRST_FREE;
import static com.computetco.report.ReportLayout.PARAM_IN_SERVICE;
import static com.computetco.report.ReportLayout.PARAM_SIZE;
import static com.computetco.report.ReportLayout.abs;
import static com.computetco.report.ReportLayout.monthRow;

import com.computetco.domain.Financing;
import com.computetco.domain.Hours;
import com.computetco.domain.Option;
import com.computetco.domain.PaymentEntry;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Tax;
import com.computetco.engine.OptionParameters;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.Messages;
import com.computetco.report.QuotesSheet.Column;
import com.computetco.report.ReportStyles.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter row of one option's cash-flow sheet, laid out in one pass and immutable afterwards: each cell's
 * column, label, formula (over the Assumptions and Quotes cells) and cached value, in the order they are written.
 * The monthly formulas refer to the cells by name ({@link #size()}, {@link #loan()} ...), so nothing that reads a
 * parameter depends on another method having filled it in first.
 *
 * <p>A build option has the capex, schedule, power, support and loan cells; a rent option the rental's price and
 * set-up fee; both the staff cells, the bridge cells (except the baseline) and, with a tax block, the VAT rates
 * (and for a build option the depreciation).
 */
final class CashFlowParams {
    /** One labelled parameter cell on {@link ReportLayout#CF_PARAM_ROW}. */
    record Cell(int column, String label, String formula, double value, Kind kind) {
        /** Its absolute reference on its own sheet. */
        String ref() {
            return abs(column, CF_PARAM_ROW);
        }
    }

    /** Section 10: the schedule's due months and amounts, each a run of adjacent parameter cells. */
    record Schedule(String dueRange, String amountRange) {
    }

    /** The demand rented from the baseline until the option is in service, and its monthly price. */
    record Bridge(Cell rented, Cell monthly) {
    }

    record Staff(Cell operations, Cell retrainingMonths, Cell retrainingLoss) {
    }

    /** Section 11: financed amount F, monthly rate r, term N, instalment A, instalments within the horizon. */
    record Loan(Cell financed, Cell rate, Cell term, Cell instalment, Cell months) {
    }

    /** Section 13's VAT rates (own and baseline) and, for a build option, its depreciation. */
    record Taxes(Cell ownVat, Cell baseVat, Depreciation depreciation) {
    }

    /**
     * The depreciable base, immediate expensing (1 or 0), tax life and book value left; {@code monthly} is dep(m)
     * as section 13 defines it, for the cached values.
     */
    record Depreciation(Cell base, Cell immediate, Cell life, Cell bookValue, double[] monthly) {
    }

    /** The build option's own cells: capex and its schedule, prepayment risk, power, colocation, support, resale. */
    record Build(Cell capex, Schedule schedule, Cell prepaymentRisk, Cell power, Cell colocation, Cell supportStart,
            Cell supportMonthly, Cell residual, Loan loan) {
    }

    /** The rent option's own cells: its dense price per PFLOPS-year, monthly rent and set-up fee. */
    record Rent(Cell densePrice, Cell monthly, Cell setup) {
    }

    private final List<Cell> cells;
    private final Cell size;
    private final Cell inService;
    private final Build build;
    private final Rent rent;
    private final Bridge bridge;
    private final Staff staff;
    private final Taxes taxes;

    private CashFlowParams(Layout layout, Cell size, Cell inService, Build build, Rent rent, Bridge bridge,
            Staff staff, Taxes taxes) {
        this.cells = List.copyOf(layout.cells);
        this.size = size;
        this.inService = inService;
        this.build = build;
        this.rent = rent;
        this.bridge = bridge;
        this.staff = staff;
        this.taxes = taxes;
    }

    /** Every cell in the order it is written (which fixes the workbook's style order). */
    List<Cell> cells() {
        return cells;
    }

    /** n: servers bought or PFLOPS rented. */
    Cell size() {
        return size;
    }

    /** d: the month the option is in service. */
    Cell inService() {
        return inService;
    }

    /** A build option's cells; throws for a rent option. */
    Build build() {
        if (build == null) {
            throw new IllegalStateException("not a build option");
        }
        return build;
    }

    /** A rent option's cells; throws for a build option. */
    Rent rent() {
        if (rent == null) {
            throw new IllegalStateException("not a rent option");
        }
        return rent;
    }

    /** The bridge rental's cells; throws for the baseline, which has none. */
    Bridge bridge() {
        if (bridge == null) {
            throw new IllegalStateException("the baseline has no bridge");
        }
        return bridge;
    }

    Staff staff() {
        return staff;
    }

    /** Section 13's cells; throws without a tax block. */
    Taxes taxes() {
        if (taxes == null) {
            throw new IllegalStateException("no tax block");
        }
        return taxes;
    }

    /**
     * Lays out the parameter row of option {@code index}.
     *
     * @param own this option's parameters as the engine computes with them
     * @param baselineParameters the baseline's (the bridge rental's price)
     */
    static CashFlowParams of(Messages text, QuotesSheet quotes, Scenario scenario, int index, OptionResult result,
            OptionParameters own, OptionParameters baselineParameters) {
        Layout layout = new Layout(text, quotes, scenario, index, result, own, baselineParameters);
        return scenario.options().get(index).isBuild() ? layout.build() : layout.rent();
    }

    /** The one pass: places each cell in the next free column and hands the cells it made to the next step. */
    private static final class Layout {
        private final Messages text;
        private final QuotesSheet quotes;
        private final Scenario scenario;
        private final int index;
        private final Option option;
        private final OptionResult result;
        private final OptionParameters own;
        private final OptionParameters baselineParameters;
        private final int baselineIndex;
        private final double size;
        private final List<Cell> cells = new ArrayList<>();
        private int next = PARAM_FIRST_FREE;

        Layout(Messages text, QuotesSheet quotes, Scenario scenario, int index, OptionResult result,
                OptionParameters own, OptionParameters baselineParameters) {
            this.text = text;
            this.quotes = quotes;
            this.scenario = scenario;
            this.index = index;
            this.option = scenario.options().get(index);
            this.result = result;
            this.own = own;
            this.baselineParameters = baselineParameters;
            this.baselineIndex = scenario.baselineIndex();
            this.size = option.isBuild() ? result.servers() : result.rentedPflops();
        }

        private String q(Column column) {
            return quotes.ref(index, column);
        }

        private String qBase(Column column) {
            return quotes.ref(baselineIndex, column);
        }

        /** A labelled parameter cell in the next free column. */
        private Cell param(String labelKey, String formula, double value, Kind kind) {
            return param(next++, labelKey, formula, value, kind);
        }

        private Cell param(int column, String labelKey, String formula, double value, Kind kind) {
            return labelled(column, text.get(labelKey), formula, value, kind);
        }

        private Cell labelled(int column, String label, String formula, double value, Kind kind) {
            Cell cell = new Cell(column, label, formula, value, kind);
            cells.add(cell);
            return cell;
        }

        CashFlowParams build() {
            ServerQuote sq = (ServerQuote) option.quote();
            int inService = result.inServiceMonth();
            String nRef = abs(PARAM_SIZE, CF_PARAM_ROW);
            String dRef = abs(PARAM_IN_SERVICE, CF_PARAM_ROW);
            Cell e = param("report.cf.efficiency", q(Column.EFFICIENCY), fraction(option.efficiencyPct()),
                    Kind.PERCENT);
            Cell peak = param("report.cf.densePeak", q(Column.PEAK) + "*" + denseFactor(q(Column.BASIS)),
                    own.densePeakPerServer(), Kind.NUMBER);
            Cell n = param(PARAM_SIZE, "report.cf.servers", "MAX(1,ROUNDUP(" + DEMAND + "/(" + peak.ref() + "*"
                    + e.ref() + ")-1E-9,0))", size, Kind.INTEGER);
            Cell d = param(PARAM_IN_SERVICE, "report.cf.inServiceBuild", "MAX(0,ROUNDUP(" + q(Column.LEAD_LIKELY)
                    + "+" + q(Column.INSTALL_MONTHS) + "-1E-9,0))", inService, Kind.INTEGER);
            Cell delivery = param("report.cf.delivery", "MAX(0,ROUNDUP(" + q(Column.LEAD_LIKELY) + "-1E-9,0))",
                    Math.max(0, Math.ceil(sq.leadTimeMonths().likely().doubleValue() - 1e-9)), Kind.INTEGER);
            Cell hw = param("report.cf.hardware", nRef + "*" + q(Column.PRICE_NET), size * own.unitPrice(),
                    Kind.AMOUNT);
            Cell capex = param("report.cf.capex", hw.ref() + "*(1+" + q(Column.NETWORKING) + ")+"
                    + q(Column.INSTALL_NET), hw.value() * (1 + fraction(sq.networkingPct())) + own.installationCost(),
                    Kind.AMOUNT);
            Schedule schedule = schedule(sq, capex, delivery, d);
            Cell prepaymentRisk = param("report.cf.prepaymentRisk", q(Column.SUPPLIER_DEFAULT) + "*" + capex.ref()
                    + "*SUMIF(" + quotes.scheduleRange(index, QuotesSheet.SCHEDULE_AT) + ",\"signing\","
                    + quotes.scheduleRange(index, QuotesSheet.SCHEDULE_PCT) + ")",
                    fraction(option.supplierDefaultPct()) * capex.value() * own.signingShare(), Kind.AMOUNT);
            Bridge bridge = bridge();
            double kw = size * sq.powerKwPerServer().doubleValue();
            var power0 = scenario.electricity();
            double subsidy = own.subsidyShare();
            Cell power = param("report.cf.power", nRef + "*" + q(Column.KW) + "*" + LOAD_FACTOR + "*" + PUE + "*"
                    + HOURS + "*" + ELECTRICITY_PRICE + "*(1-" + q(Column.OPTION_SUBSIDY) + ")", kw
                            * fraction(power0.loadFactorPct()) * power0.pue().doubleValue() * Hours.PER_MONTH
                            * power0.pricePerKwh().doubleValue() * (1 - subsidy), Kind.AMOUNT);
            Cell colocation = param("report.cf.colocation", COLOCATION + "*(" + nRef + "*" + q(Column.KW) + ")",
                    scenario.colocationPerKwMonth().doubleValue() * kw, Kind.AMOUNT);
            Cell supportStart = param("report.cf.supportStart", dRef + "+" + q(Column.WARRANTY),
                    (double) inService + sq.warrantyMonths(), Kind.INTEGER);
            Cell supportMonthly = param("report.cf.support", q(Column.SUPPORT) + "/12*" + hw.ref(),
                    fraction(sq.supportPctPerYear()) / 12 * hw.value(), Kind.AMOUNT);
            Staff staff = staff();
            Cell residual = param("report.cf.residual", "-(" + q(Column.RESIDUAL) + "*" + hw.ref() + ")",
                    -(fraction(option.residualValuePct()) * hw.value()), Kind.AMOUNT);
            Loan loan = loan(capex, d);
            Taxes taxes = taxes(new BuildRefs(n, d, capex));
            return new CashFlowParams(this, n, d, new Build(capex, schedule, prepaymentRisk, power, colocation,
                    supportStart, supportMonthly, residual, loan), null, bridge, staff, taxes);
        }

        CashFlowParams rent() {
            RentalQuote rq = (RentalQuote) option.quote();
            String nRef = abs(PARAM_SIZE, CF_PARAM_ROW);
            Cell e = param("report.cf.efficiency", q(Column.EFFICIENCY), fraction(option.efficiencyPct()),
                    Kind.PERCENT);
            Cell n = param(PARAM_SIZE, "report.cf.rented", "MAX(" + DEMAND + "/" + e.ref() + "," + q(Column.MINIMUM)
                    + ")", size, Kind.NUMBER);
            Cell d = param(PARAM_IN_SERVICE, "report.cf.inServiceRent", "MAX(0,ROUNDUP(" + q(Column.LEAD_LIKELY)
                    + "-1E-9,0))", result.inServiceMonth(), Kind.INTEGER);
            Cell densePrice = param("report.cf.densePrice", densePriceFormula(index), own.densePricePerPflopsYear(),
                    Kind.AMOUNT);
            Cell monthly = param("report.cf.rentalMonthly", nRef + "*" + densePrice.ref() + "/12*(1-"
                    + q(Column.VOUCHER) + ")", size * densePrice.value() / 12 * (1 - fraction(rq.voucherPct())),
                    Kind.AMOUNT);
            Cell setup = param("report.cf.setup", q(Column.SETUP_NET), own.setupFee(), Kind.AMOUNT);
            // v2 correction: a rent option that arrives later is bridged from the baseline too.
            Bridge bridge = index == baselineIndex ? null : bridge();
            Staff staff = staff();
            Taxes taxes = taxes(null);
            return new CashFlowParams(this, n, d, null, new Rent(densePrice, monthly, setup), bridge, staff, taxes);
        }

        /**
         * Section 10: each schedule entry's due month (its event month plus the months after it) and amount (its
         * share of the capex), as two runs of parameter cells that the hardware column sums with SUMIF.
         */
        private Schedule schedule(ServerQuote sq, Cell capex, Cell delivery, Cell d) {
            int inService = result.inServiceMonth();
            QuotesSheet.ScheduleRows rows = quotes.scheduleRows(index);
            double[] shares = new double[rows.count()];
            double[] dues = new double[rows.count()];
            List<PaymentEntry> entries = sq.schedule().orElse(null);
            for (int j = 0; j < rows.count(); j++) {
                if (entries == null) {
                    double prepay = fraction(sq.prepaymentPct());
                    shares[j] = j == 0 ? prepay : 1 - prepay;
                    dues[j] = j == 0 ? 0 : inService;
                } else {
                    PaymentEntry e = entries.get(j);
                    shares[j] = fraction(e.pct());
                    long event = switch (e.at()) {
                        case SIGNING -> 0;
                        case DELIVERY -> (long) delivery.value();
                        case ACCEPTANCE -> inService;
                    };
                    dues[j] = event + e.afterMonths();
                }
            }
            int firstDue = next;
            for (int j = 0; j < rows.count(); j++) {
                int r = rows.first() + j;
                String at = quotes.scheduleRef(QuotesSheet.SCHEDULE_AT, r);
                labelled(next++, text.format("report.cf.paymentDue", String.valueOf(j + 1)), "IF(" + at
                        + "=\"signing\",0,IF(" + at + "=\"delivery\"," + delivery.ref() + "," + d.ref() + "))+"
                        + quotes.scheduleRef(QuotesSheet.SCHEDULE_AFTER, r), dues[j], Kind.INTEGER);
            }
            int firstAmount = next;
            for (int j = 0; j < rows.count(); j++) {
                labelled(next++, text.format("report.cf.payment", String.valueOf(j + 1)), quotes.scheduleRef(
                        QuotesSheet.SCHEDULE_PCT, rows.first() + j) + "*" + capex.ref(), shares[j] * capex.value(),
                        Kind.AMOUNT);
            }
            return new Schedule(abs(firstDue, CF_PARAM_ROW) + ":" + abs(firstDue + rows.count() - 1, CF_PARAM_ROW),
                    abs(firstAmount, CF_PARAM_ROW) + ":" + abs(firstAmount + rows.count() - 1, CF_PARAM_ROW));
        }

        /** Section 11: the loan's parameters; F = 0 (every financing cell 0) for an option paid in cash. */
        private Loan loan(Cell capex, Cell d) {
            Financing f = option.financingPlan().orElse(null);
            int h = scenario.horizonMonths();
            int dd = result.inServiceMonth();
            double fValue = f == null || dd >= h ? 0 : fraction(f.financedPct()) * capex.value();
            Cell financed = param("report.cf.financed", q(Column.FIN_PCT) + "*" + capex.ref(), f == null ? 0
                    : fraction(f.financedPct()) * capex.value(), Kind.AMOUNT);
            double monthly = f == null ? 0 : fraction(f.annualRatePct()) / 12;
            double r = monthly > 1e-6 ? monthly : 0;
            Cell loanRate = param("report.cf.loanRate", "IF(" + q(Column.FIN_RATE) + "/12>1E-6," + q(Column.FIN_RATE)
                    + "/12,0)", r, Kind.FACTOR);
            int term = f == null ? 0 : f.termMonths();
            Cell loanTerm = param("report.cf.loanTerm", "0+" + q(Column.FIN_TERM), term, Kind.INTEGER);
            String fr = financed.ref();
            String g = q(Column.FIN_BALLOON) + "*" + fr;
            double gValue = f == null ? 0 : fraction(f.balloonPct()) * financed.value();
            double aValue = 0;
            if (f != null) {
                aValue = r > 0 ? (financed.value() - gValue * Math.pow(1 + r, -term)) * r
                        / (1 - Math.pow(1 + r, -term)) : (financed.value() - gValue) / term;
            }
            String rate = loanRate.ref();
            String n = loanTerm.ref();
            Cell instalment = param("report.cf.instalment", "IF(" + fr + "=0,0,IF(" + rate + ">0,(" + fr + "-" + g
                    + "*POWER(1+" + rate + ",-" + n + "))*" + rate + "/(1-POWER(1+" + rate + ",-" + n + ")),(" + fr
                    + "-" + g + ")/" + n + "))", aValue, Kind.AMOUNT);
            Cell loanMonths = param("report.cf.loanMonths", "IF(OR(" + fr + "=0," + d.ref() + ">=" + HORIZON
                    + "),0,MIN(" + n + "," + HORIZON + "-1-" + d.ref() + "))", fValue == 0 ? 0
                            : Math.min(term, h - 1 - dd), Kind.INTEGER);
            return new Loan(financed, loanRate, loanTerm, instalment, loanMonths);
        }

        /** The build option's cells the depreciation refers to. */
        private record BuildRefs(Cell n, Cell d, Cell capex) {
        }

        /** Section 13's per-option parameters; null without a tax block. {@code build} is null for a rent option. */
        private Taxes taxes(BuildRefs build) {
            Tax tax = scenario.taxBlock().orElse(null);
            if (tax == null) {
                return null;
            }
            RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
            double ownRate = fraction(option.quote().vatRatePct());
            Cell ownVat = param("report.cf.ownVat", q(Column.VAT_RATE), ownRate, Kind.PERCENT);
            Cell baseVat = param("report.cf.baselineVat", qBase(Column.VAT_RATE), fraction(bq.vatRatePct()),
                    Kind.PERCENT);
            if (build == null) {
                return new Taxes(ownVat, baseVat, null);
            }
            int horizon = scenario.horizonMonths();
            boolean inService = result.inServiceMonth() < horizon;
            double base = !inService ? 0 : build.capex().value() * (1 + (tax.vatRecoverable() ? 0 : ownRate));
            Cell depreciable = param("report.cf.depreciable", "IF(" + build.d().ref() + "<" + HORIZON + ","
                    + build.capex().ref() + "*(1+IF(" + VAT_RECOVERABLE + ",0," + ownVat.ref() + ")),0)", base,
                    Kind.AMOUNT);
            double limit = tax.immediateExpensingLimit().doubleValue();
            boolean atOnce = limit > 0 && base / size <= limit;
            // 1 where the whole base is deducted at once in month d (一次性税前扣除), else 0.
            Cell immediate = param("report.cf.immediate", "IF(AND(" + EXPENSING_LIMIT + ">0," + depreciable.ref()
                    + "/" + build.n().ref() + "<=" + EXPENSING_LIMIT + "),1,0)", atOnce ? 1 : 0, Kind.INTEGER);
            Cell taxLife = param("report.cf.taxLife", "12*" + DEPRECIATION_YEARS, 12.0 * tax.depreciationYears(),
                    Kind.INTEGER);
            double[] dep = depreciation(base, atOnce, 12 * tax.depreciationYears());
            double sum = 0;
            for (double v : dep) {
                sum += v;
            }
            Cell bookValue = param("report.cf.bookValue", depreciable.ref() + "-SUM(" + ReportLayout.column(
                    COL_DEPRECIATION, monthRow(0), monthRow(horizon - 1)) + ")", base - sum, Kind.AMOUNT);
            return new Taxes(ownVat, baseVat, new Depreciation(depreciable, immediate, taxLife, bookValue, dep));
        }

        /** dep(m) as section 13 defines it, for the cached values. */
        private double[] depreciation(double base, boolean atOnce, int life) {
            int horizon = scenario.horizonMonths();
            double[] dep = new double[horizon];
            int dd = result.inServiceMonth();
            if (dd >= horizon) {
                return dep;
            }
            if (atOnce) {
                dep[dd] = base;
            } else {
                for (int m = dd; m < Math.min((long) dd + life, horizon); m++) {
                    dep[m] = base / life;
                }
            }
            return dep;
        }

        private Bridge bridge() {
            RentalQuote bq = (RentalQuote) scenario.options().get(baselineIndex).quote();
            double demand = scenario.demandPflops().doubleValue();
            Cell rented = param("report.cf.bridgeRented", DEMAND + "/" + qBase(Column.EFFICIENCY),
                    demand / fraction(scenario.options().get(baselineIndex).efficiencyPct()), Kind.NUMBER);
            Cell monthly = param("report.cf.bridgePrice", densePriceFormula(baselineIndex) + "/12*(1-"
                    + qBase(Column.VOUCHER) + ")", baselineParameters.densePricePerPflopsYear() / 12
                            * (1 - fraction(bq.voucherPct())), Kind.AMOUNT);
            return new Bridge(rented, monthly);
        }

        private Staff staff() {
            double engineerCost = scenario.staff().monthlyCostPerEngineer().doubleValue();
            Retraining plan = option.retrainingPlan().orElse(Retraining.none());
            Cell operations = param("report.cf.operations", q(Column.OPERATIONS) + "*" + ENGINEER_COST,
                    option.operationsFte().doubleValue() * engineerCost, Kind.AMOUNT);
            Cell retrainingMonths = param("report.cf.retrainingMonths", q(Column.RETRAINING_MONTHS),
                    plan.months().doubleValue(), Kind.MONTHS);
            Cell retrainingLoss = param("report.cf.retrainingLoss", ENGINEERS + "*" + ENGINEER_COST + "*"
                    + q(Column.RETRAINING_LOSS), scenario.staff().engineers() * engineerCost
                            * fraction(plan.productivityLossPct()), Kind.AMOUNT);
            return new Staff(operations, retrainingMonths, retrainingLoss);
        }

        /**
         * Sections 9 and 1: a rental's price per dense PFLOPS-year, net of VAT: the net price, or the net hourly
         * price × 8760 / PFLOPS per accelerator, then doubled for a sparse basis.
         */
        private String densePriceFormula(int option) {
            String net = quotes.ref(option, Column.PRICE_NET);
            String perAccelerator = quotes.ref(option, Column.PFLOPS_PER_ACCELERATOR);
            return "IF(" + perAccelerator + ">0," + net + "*" + HOURS_PER_YEAR + "/" + perAccelerator + "," + net
                    + ")/" + denseFactor(quotes.ref(option, Column.BASIS));
        }
    }

    static String denseFactor(String basisRef) {
        return "IF(" + basisRef + "=\"sparse\",0.5,1)";
    }
}
