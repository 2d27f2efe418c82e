package com.computetco.engine;

import static com.computetco.engine.CostComponent.BRIDGE_RENTAL;
import static com.computetco.engine.CostComponent.COLOCATION;
import static com.computetco.engine.CostComponent.HARDWARE;
import static com.computetco.engine.CostComponent.OPERATIONS;
import static com.computetco.engine.CostComponent.POWER;
import static com.computetco.engine.CostComponent.PREPAYMENT_RISK;
import static com.computetco.engine.CostComponent.RENTAL;
import static com.computetco.engine.CostComponent.RESIDUAL_VALUE;
import static com.computetco.engine.CostComponent.RETRAINING;
import static com.computetco.engine.CostComponent.SETUP;
import static com.computetco.engine.CostComponent.SUPPORT;

/** Sections 3 to 5 of the methodology: one option's monthly cost series, component by component. */
final class CostFlows {
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
        int d = buildInServiceMonth(o, draw.leadTimeLikelyMonths[index]);
        boolean inService = d < h;
        double n = o.servers(s.demand);
        double hw = n * o.unitPrice;
        double capex = hw * (1 + o.networkingShare) + o.installationCost;

        double[] hardware = out.components[HARDWARE.ordinal()];
        hardware[0] += capex * o.prepaymentShare;
        if (inService) {
            hardware[d] += capex * (1 - o.prepaymentShare);
        }
        out.components[PREPAYMENT_RISK.ordinal()][0] = o.supplierDefaultShare * capex * o.prepaymentShare;

        if (s.bridgeWithRental) {
            bridge(s, draw, Math.min(d, h), out.components[BRIDGE_RENTAL.ordinal()]);
        }
        if (inService) {
            double kw = n * o.powerKwPerServer;
            double power = kw * s.loadFactor * s.pue * Months.HOURS_PER_MONTH * draw.electricityPricePerKwh
                    * (1 - s.subsidyShare);
            double colocation = s.colocationPerKwMonth * kw;
            fill(out.components[POWER.ordinal()], d, h, power);
            fill(out.components[COLOCATION.ordinal()], d, h, colocation);
            fill(out.components[SUPPORT.ordinal()], (long) d + o.warrantyMonths, h, o.supportShareMonthly * hw);
            fill(out.components[OPERATIONS.ordinal()], d, h, o.operationsPerMonth);
            retraining(o, draw.retrainingMonths[index], d, out.components[RETRAINING.ordinal()]);
            out.components[RESIDUAL_VALUE.ordinal()][h - 1] = -(o.residualShare * hw);
        }
    }

    /** Demand rented from the baseline until the build option is in service, at the baseline's price. */
    private static void bridge(ScenarioModel s, Draw draw, int months, double[] series) {
        OptionModel base = s.options[s.baselineIndex];
        double rentedPflops = s.demand / base.efficiency;
        double growth = 1 + annualChangePct(base, draw) / 100.0;
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
        out.components[SETUP.ordinal()][0] = o.setupFee;
        if (d >= h) {
            return;
        }
        double price = index == s.baselineIndex ? densePrice(o, draw) : o.densePricePerPflopsYear;
        double monthly = o.rentedPflops(s.demand) * price / 12.0 * (1 - o.voucherShare);
        double growth = 1 + annualChangePct(o, draw) / 100.0;
        double[] rental = out.components[RENTAL.ordinal()];
        double yearFactor = 1;
        // Prices change at each contract anniversary, counted from the start of service.
        for (int m = d; m < h; m++) {
            if (m > d && (m - d) % 12 == 0) {
                yearFactor *= growth;
            }
            rental[m] = monthly * yearFactor;
        }
        fill(out.components[OPERATIONS.ordinal()], d, h, o.operationsPerMonth);
        retraining(o, draw.retrainingMonths[index], d, out.components[RETRAINING.ordinal()]);
    }

    private static double densePrice(OptionModel rent, Draw draw) {
        return Double.isNaN(draw.baselineDensePricePerPflopsYear) ? rent.densePricePerPflopsYear
                : draw.baselineDensePricePerPflopsYear;
    }

    private static double annualChangePct(OptionModel rent, Draw draw) {
        return Double.isNaN(draw.rentAnnualPriceChangePct) ? rent.annualPriceChangePct : draw.rentAnnualPriceChangePct;
    }

    /** Section 5: full months of lost output, then the fraction of the last one. */
    private static void retraining(OptionModel o, double months, int start, double[] series) {
        if (o.retrainingLossPerMonth == 0 || months <= 0) {
            return;
        }
        long k = 0;
        long end = Months.ceil(months);
        for (; k < end && start + k < series.length; k++) {
            series[(int) (start + k)] = o.retrainingLossPerMonth * Math.min(1.0, months - k);
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
