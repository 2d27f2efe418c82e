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

import com.computetco.domain.Tax;

/**
 * Section 13: one option's input VAT and its credit, depreciation, deductible expense and income tax, month by
 * month, from the pre-tax flows of sections 3 to 12. Computed only for the deterministic evaluation (the Monte
 * Carlo reports pre-tax totals).
 */
final class AfterTaxFlows {
    /** The components deducted as they are paid (hardware payments, the loan draw and principal are not). */
    private static final CostComponent[] EXPENSES = {POWER, COLOCATION, SUPPORT, OPERATIONS, RETRAINING, RENTAL,
        BRIDGE_RENTAL, SETUP, PREPAYMENT_RISK, RESIDUAL_VALUE};

    final double[] vat;
    final double[] incomeTax;
    final double[] depreciation;
    final double[] afterTax;

    private AfterTaxFlows(int h) {
        vat = new double[h];
        incomeTax = new double[h];
        depreciation = new double[h];
        afterTax = new double[h];
    }

    static AfterTaxFlows of(ScenarioModel s, int index, FlowBuffer flows) {
        Tax tax = s.tax;
        int h = s.horizon;
        OptionModel o = s.options[index];
        AfterTaxFlows result = new AfterTaxFlows(h);
        boolean recoverable = tax.vatRecoverable();
        int lag = tax.vatRecoveryLagMonths();
        double electricityVat = tax.electricityVatRatePct().doubleValue() / 100.0;
        double colocationVat = tax.colocationVatRatePct().doubleValue() / 100.0;
        double baselineVat = s.options[s.baselineIndex].vatShare;
        double serverVat = o.build ? o.vatShare : 0;
        double rentalVat = o.build ? 0 : o.vatShare;

        // Input VAT paid in month m, and (kept apart) the part on hardware, which is capitalised, not expensed.
        double[] paid = new double[h];
        double[] onHardware = new double[h];
        for (int m = 0; m < h; m++) {
            onHardware[m] = serverVat * flows.component(HARDWARE, m);
            paid[m] = onHardware[m] + serverVat * flows.component(SUPPORT, m)
                    + rentalVat * (flows.component(RENTAL, m) + flows.component(SETUP, m))
                    + baselineVat * flows.component(BRIDGE_RENTAL, m)
                    + electricityVat * flows.component(POWER, m)
                    + colocationVat * flows.component(COLOCATION, m);
            result.vat[m] += paid[m];
            if (recoverable) {
                result.vat[Math.min(m + lag, h - 1)] -= paid[m];
            }
        }

        int d = flows.inServiceMonth;
        double bookValue = 0;
        if (o.build && d < h) {
            double base = flows.capex + (recoverable ? 0 : flows.capex * serverVat);
            double limit = tax.immediateExpensingLimit().doubleValue();
            if (limit > 0 && base / flows.servers <= limit) {
                // 一次性税前扣除: the whole base deducted in the acceptance month.
                result.depreciation[d] = base;
            } else {
                int life = 12 * tax.depreciationYears();
                double monthly = base / life;
                for (int m = d; m < Math.min((long) d + life, h); m++) {
                    result.depreciation[m] = monthly;
                }
            }
            double sum = 0;
            for (double v : result.depreciation) {
                sum += v;
            }
            bookValue = base - sum;
        }

        double rate = tax.incomeTaxRatePct().doubleValue() / 100.0;
        for (int m = 0; m < h; m++) {
            double expense = 0;
            for (CostComponent c : EXPENSES) {
                expense += flows.component(c, m);
            }
            expense += result.depreciation[m] + flows.interest[m];
            if (!recoverable) {
                expense += paid[m] - onHardware[m];
            }
            if (m == h - 1 && o.build && d < h) {
                // The asset's remaining book value is written off against its sale.
                expense += bookValue;
            }
            result.incomeTax[m] = -rate * expense;
            result.afterTax[m] = flows.monthly(m) + result.vat[m] + result.incomeTax[m];
        }
        return result;
    }

    static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
