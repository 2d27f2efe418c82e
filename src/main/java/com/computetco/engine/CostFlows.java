package com.computetco.engine;

import static com.computetco.engine.CostComponent.BRIDGE_RENTAL;
import static com.computetco.engine.CostComponent.COLOCATION;
import static com.computetco.engine.CostComponent.FINANCING;
import static com.computetco.engine.CostComponent.HARDWARE;
import static com.computetco.engine.CostComponent.OPERATIONS;
import static com.computetco.engine.CostComponent.POWER;
import static com.computetco.engine.CostComponent.PREPAYMENT_RISK;
import static com.computetco.engine.CostComponent.RENTAL;
import static com.computetco.engine.CostComponent.RESIDUAL_VALUE;
import static com.computetco.engine.CostComponent.RETRAINING;
import static com.computetco.engine.CostComponent.SETUP;
import static com.computetco.engine.CostComponent.SUPPORT;

import com.computetco.domain.Hours;

/**
 * Sections 3 to 5 and 10 to 12 of the methodology: one option's monthly cost series, component by component,
 * with the payment schedule, the loan and the escalation of power and wages.
 */
final class CostFlows {
    /** Section 11: a monthly rate at most this is taken as 0, interest included. */
    static final double ZERO_RATE = 1e-6;

    private CostFlows() {
    }

    static double compute(ScenarioModel s, int index, Draw draw, FlowBuffer out) {
        out.clear();
        OptionModel o = s.options[index];
        if (o.build) {
            build(s, o, index, draw, out);
        } else {
            rent(s, o, index, draw, out);
        }
        return out.sumMonths();
    }

    /** The build option's in-service month d = ceil(likely lead time + installation). */
    static int buildInServiceMonth(OptionModel o, double likelyLeadTime) {
        return Months.ceilMonth(likelyLeadTime + o.installMonths);
    }

    static int rentInServiceMonth(double likelyLeadTime) {
        return Months.ceilMonth(likelyLeadTime);
    }

    private static void build(ScenarioModel s, OptionModel o, int index, Draw draw, FlowBuffer out) {
        int h = s.horizon;
        double lead = draw.leadTimeLikelyMonths[index];
        int d = buildInServiceMonth(o, lead);
        int delivery = Months.ceilMonth(lead);
        boolean inService = d < h;
        double n = o.servers(s.demand);
        double hw = n * o.unitPrice;
        double capex = hw * (1 + o.networkingShare) + o.installationCost;
        out.inServiceMonth = d;
        out.servers = n;
        out.capex = capex;

        // Section 10: each entry of the schedule in its due month, where that is within the horizon.
        double[] hardware = out.components[HARDWARE.ordinal()];
        for (int i = 0; i < o.paymentShares.length; i++) {
            long event = switch (o.paymentEvents[i]) {
                case SIGNING -> 0;
                case DELIVERY -> delivery;
                case ACCEPTANCE -> d;
            };
            long due = event + o.paymentAfterMonths[i];
            if (due < h) {
                hardware[(int) due] += capex * o.paymentShares[i];
            }
        }
        out.components[PREPAYMENT_RISK.ordinal()][0] = o.supplierDefaultShare * capex * o.signingShare;

        if (s.bridgeWithRental) {
            bridge(s, draw, Math.min(d, h), out.components[BRIDGE_RENTAL.ordinal()]);
        }
        if (inService) {
            double kw = n * o.powerKwPerServer;
            double power = kw * s.loadFactor * s.pue * Hours.PER_MONTH * draw.electricityPricePerKwh
                    * (1 - o.subsidyShare);
            double[] powerSeries = out.components[POWER.ordinal()];
            if (power != 0) {
                for (int m = d; m < h; m++) {
                    powerSeries[m] = power * s.powerPriceFactors[m];
                }
            }
            double colocation = s.colocationPerKwMonth * kw;
            fill(out.components[COLOCATION.ordinal()], d, h, colocation);
            fill(out.components[SUPPORT.ordinal()], (long) d + o.warrantyMonths, h, o.supportShareMonthly * hw);
            operations(s, o, d, out.components[OPERATIONS.ordinal()]);
            retraining(s, o, draw.retrainingMonths[index], d, out.components[RETRAINING.ordinal()]);
            out.components[RESIDUAL_VALUE.ordinal()][h - 1] = -(o.residualShare * hw);
            if (o.financed()) {
                loan(o, capex, d, h, out.components[FINANCING.ordinal()], out.interest);
            }
        }
    }

    /**
     * Section 11: F drawn in month d (a negative cost), the instalments A in months d+1..d+N with the balance b_N
     * in month d+N, and a loan still running at the end repaid in month H-1 after that month's instalment.
     */
    private static void loan(OptionModel o, double capex, int d, int h, double[] series, double[] interest) {
        double financed = o.financedShare * capex;
        int term = o.loanTermMonths;
        double r = o.loanMonthlyRate > ZERO_RATE ? o.loanMonthlyRate : 0.0;
        double balloon = o.balloonShare * financed;
        double instalment = Loan.instalment(financed, r, term, balloon);
        series[d] -= financed;
        double balance = financed;
        int last = (int) Math.min(term, (long) h - 1 - d);
        for (int k = 1; k <= last; k++) {
            double i = balance * r;
            series[d + k] += instalment;
            interest[d + k] = i;
            balance = balance - (instalment - i);
        }
        // b_N with the last instalment, or the balance left after month H-1's instalment (early repayment).
        series[d + last] += balance;
    }

    /** Demand rented from the baseline until the option is in service, at the baseline's price. */
    private static void bridge(ScenarioModel s, Draw draw, int months, double[] series) {
        OptionModel base = s.options[s.baselineIndex];
        double rentedPflops = s.demand / base.efficiency;
        double growth = 1 + annualChangePct(s, s.baselineIndex, draw) / 100.0;
        double monthlyPrice = densePrice(base, draw) / 12.0 * (1 - base.voucherShare);
        double yearFactor = 1;
        for (int m = 0; m < months; m++) {
            if (m > 0 && m % 12 == 0) {
                yearFactor *= growth;
            }
            series[m] = rentedPflops * monthlyPrice * yearFactor;
        }
    }

    private static void rent(ScenarioModel s, OptionModel o, int index, Draw draw, FlowBuffer out) {
        int h = s.horizon;
        int d = rentInServiceMonth(draw.leadTimeLikelyMonths[index]);
        out.inServiceMonth = d;
        out.components[SETUP.ordinal()][0] = o.setupFee;
        // v2 correction: a rent option that arrives later is bridged from the baseline like a build option.
        if (s.bridgeWithRental && index != s.baselineIndex) {
            bridge(s, draw, Math.min(d, h), out.components[BRIDGE_RENTAL.ordinal()]);
        }
        if (d >= h) {
            return;
        }
        double price = index == s.baselineIndex ? densePrice(o, draw) : o.densePricePerPflopsYear;
        double monthly = o.rentedPflops(s.demand) * price / 12.0 * (1 - o.voucherShare);
        double growth = 1 + annualChangePct(s, index, draw) / 100.0;
        double[] rental = out.components[RENTAL.ordinal()];
        double yearFactor = 1;
        // Prices change at each contract anniversary, counted from the start of service.
        for (int m = d; m < h; m++) {
            if (m > d && (m - d) % 12 == 0) {
                yearFactor *= growth;
            }
            rental[m] = monthly * yearFactor;
        }
        operations(s, o, d, out.components[OPERATIONS.ordinal()]);
        retraining(s, o, draw.retrainingMonths[index], d, out.components[RETRAINING.ordinal()]);
    }

    private static double densePrice(OptionModel rent, Draw draw) {
        return Double.isNaN(draw.baselineDensePricePerPflopsYear) ? rent.densePricePerPflopsYear
                : draw.baselineDensePricePerPflopsYear;
    }

    /**
     * Section 7 (v2 correction): a drawn rent change x replaces the baseline's change g_base, and every other
     * rental's change g becomes g + (x - g_base), within -100..100: rents move together as a market.
     */
    static double annualChangePct(ScenarioModel s, int index, Draw draw) {
        OptionModel o = s.options[index];
        double x = draw.rentAnnualPriceChangePct;
        if (Double.isNaN(x)) {
            return o.annualPriceChangePct;
        }
        if (index == s.baselineIndex) {
            return x;
        }
        double moved = o.annualPriceChangePct + (x - s.options[s.baselineIndex].annualPriceChangePct);
        return Math.min(100, Math.max(-100, moved));
    }

    /** Operations staff in service, at the engineer-month cost of each month (section 12). */
    private static void operations(ScenarioModel s, OptionModel o, int d, double[] series) {
        if (o.operationsFte == 0) {
            return;
        }
        for (int m = d; m < s.horizon; m++) {
            series[m] = o.operationsFte * s.engineerMonthCosts[m];
        }
    }

    /** Section 5: full months of lost output, then the fraction of the last one, at each month's wages. */
    private static void retraining(ScenarioModel s, OptionModel o, double months, int start, double[] series) {
        if (months <= 0 || s.engineers == 0 || o.retrainingLossPct == 0) {
            return;
        }
        long end = Months.ceil(months);
        for (long k = 0; k < end && start + k < series.length; k++) {
            int m = (int) (start + k);
            double loss = s.engineers * s.engineerMonthCosts[m] * o.retrainingLossPct / 100.0;
            series[m] = loss * Math.min(1.0, months - k);
        }
    }

    private static void fill(double[] series, long from, int to, double value) {
        if (value == 0) {
            return;
        }
        for (long m = Math.max(0, from); m < to; m++) {
            series[(int) m] = value;
        }
    }
}
