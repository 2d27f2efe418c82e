package com.computetco.engine;

import com.computetco.domain.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Evaluates a scenario as methodology sections 3 to 6 define: flows, totals, payback, IRR, break-even. */
public final class TcoEngine {
    /** Reference price for the break-even solution when the baseline's own price is 0 (section 6). */
    static final double FALLBACK_REFERENCE_PRICE = 100_000.0;

    public Evaluation evaluate(Scenario scenario) {
        return evaluate(ScenarioModel.of(scenario));
    }

    public Evaluation evaluate(ScenarioModel model) {
        Draw draw = model.scenarioDraw();
        int count = model.optionCount();
        int h = model.horizon();
        FlowBuffer[] flows = new FlowBuffer[count];
        double[] totals = new double[count];
        for (int i = 0; i < count; i++) {
            flows[i] = new FlowBuffer(h);
            totals[i] = model.evaluateFlows(i, draw, flows[i]);
        }
        BreakEven breakEven = new BreakEven(model, draw, flows);
        FlowBuffer base = flows[model.baselineIndex];
        AfterTaxFlows[] afterTax = new AfterTaxFlows[count];
        if (model.tax != null) {
            for (int i = 0; i < count; i++) {
                afterTax[i] = AfterTaxFlows.of(model, i, flows[i]);
            }
        }
        List<OptionResult> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OptionResult.Builder b = result(model, draw, i, flows[i], totals[i], base, breakEven);
            if (afterTax[i] != null) {
                b.afterTax = afterTaxResult(model, i, afterTax[i], afterTax[model.baselineIndex]);
            }
            results.add(new OptionResult(b));
        }
        Scenario s = model.scenario;
        return new Evaluation(s.name(), s.currency(), h, s.baselineOptionId(), model.demand, results);
    }

    private static AfterTaxResult afterTaxResult(ScenarioModel model, int index, AfterTaxFlows option,
            AfterTaxFlows baseline) {
        double[] a = option.afterTax;
        double pv = 0;
        for (int m = 0; m < a.length; m++) {
            pv += a[m] * model.discountFactors[m];
        }
        Double payback = null;
        Double discountedPayback = null;
        Double irr = null;
        if (index != model.baselineIndex) {
            Payback.Savings plain = Payback.Savings.of(baseline.afterTax, a, null);
            payback = Payback.months(plain);
            discountedPayback = Payback.months(Payback.Savings.of(baseline.afterTax, a, model.discountFactors));
            irr = Payback.irrPct(baseline.afterTax, a, plain);
        }
        return new AfterTaxResult(AfterTaxFlows.sum(a), pv, payback, discountedPayback, irr,
                AfterTaxFlows.sum(option.vat), AfterTaxFlows.sum(option.incomeTax),
                AfterTaxFlows.sum(option.depreciation), a);
    }

    private static OptionResult.Builder result(ScenarioModel model, Draw draw, int index, FlowBuffer flows, double total,
            FlowBuffer base, BreakEven breakEven) {
        OptionModel o = model.options[index];
        int h = model.horizon;
        OptionResult.Builder b = new OptionResult.Builder();
        b.id = o.id;
        b.label = o.label;
        b.build = o.build;
        int d;
        if (o.build) {
            b.servers = (long) o.servers(model.demand);
            d = CostFlows.buildInServiceMonth(o, draw.leadTimeLikelyMonths[index]);
            b.capacityGapMonths = model.bridgeWithRental ? 0 : Math.min(d, h);
        } else {
            b.rentedPflops = o.rentedPflops(model.demand);
            b.neededPflops = model.demand / o.efficiency;
            d = CostFlows.rentInServiceMonth(draw.leadTimeLikelyMonths[index]);
            // The baseline has nothing to bridge from; other rent options are bridged like build options (v2).
            b.capacityGapMonths = model.bridgeWithRental && index != model.baselineIndex ? 0 : Math.min(d, h);
        }
        b.inServiceMonth = d;
        b.monthly = flows.monthlyCopy();
        b.totalCost = total;
        double pv = 0;
        for (int m = 0; m < h; m++) {
            pv += b.monthly[m] * model.discountFactors[m];
        }
        b.presentValue = pv;
        b.costPerPflopsYear = total / (model.demand * h / 12.0);
        b.componentTotals = new double[CostComponent.count()];
        b.componentMonthly = new double[CostComponent.count()][];
        for (int c = 0; c < CostComponent.count(); c++) {
            b.componentTotals[c] = flows.componentTotal(c);
            b.componentMonthly[c] = flows.components[c].clone();
        }
        if (index != model.baselineIndex) {
            Payback.Savings plain = Payback.Savings.of(base.monthly, flows.monthly, null);
            Payback.Savings discounted = Payback.Savings.of(base.monthly, flows.monthly, model.discountFactors);
            b.paybackMonths = Payback.months(plain);
            b.discountedPaybackMonths = Payback.months(discounted);
            b.irrPct = Payback.irrPct(base.monthly, flows.monthly, plain);
            b.breakEven = breakEven.priceFor(index);
            b.breakEvenAsQuoted = b.breakEven == null ? null
                    : b.breakEven * model.options[model.baselineIndex].asQuotedFactor;
        }
        return b;
    }
}
