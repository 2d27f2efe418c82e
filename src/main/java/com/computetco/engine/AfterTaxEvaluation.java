package com.computetco.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An evaluation seen after tax (methodology section 13): every option's total, present value, cost per PFLOPS-year,
 * monthly flows, payback, discounted payback and IRR are its {@code afterTax} ones, so that the ranking, the
 * verdict, the results table and the cumulative chart can show either view with the same code. The cost
 * components, the in-service month and the break-even rent prices stay the pre-tax ones (VAT and income tax are
 * not components; break-even prices are defined on pre-tax totals).
 */
public final class AfterTaxEvaluation {
    private AfterTaxEvaluation() {
    }

    /** The after-tax view, or empty when the scenario has no tax block. */
    public static Optional<Evaluation> of(Evaluation evaluation) {
        List<OptionResult> options = new ArrayList<>();
        for (OptionResult o : evaluation.options()) {
            if (o.afterTax().isEmpty()) {
                return Optional.empty();
            }
            options.add(afterTax(o, o.afterTax().get(), evaluation.demandPflops()));
        }
        return Optional.of(new Evaluation(evaluation.scenarioName(), evaluation.currency(), evaluation.horizonMonths(),
                evaluation.baselineOptionId(), evaluation.demandPflops(), options));
    }

    private static OptionResult afterTax(OptionResult o, AfterTaxResult a, double demand) {
        int h = o.horizon();
        OptionResult.Builder b = new OptionResult.Builder();
        b.id = o.id();
        b.label = o.label();
        b.build = o.isBuild();
        b.servers = o.servers();
        b.rentedPflops = o.rentedPflops();
        b.neededPflops = o.neededPflops();
        b.inServiceMonth = o.inServiceMonth();
        b.capacityGapMonths = o.capacityGapMonths();
        b.totalCost = a.totalCost();
        b.presentValue = a.presentValue();
        b.costPerPflopsYear = a.totalCost() / (demand * h / 12.0);
        b.componentTotals = new double[CostComponent.count()];
        b.componentMonthly = new double[CostComponent.count()][h];
        for (CostComponent c : CostComponent.values()) {
            b.componentTotals[c.ordinal()] = o.componentTotal(c);
            for (int m = 0; m < h; m++) {
                b.componentMonthly[c.ordinal()][m] = o.componentMonthly(c, m);
            }
        }
        b.monthly = a.monthly();
        b.paybackMonths = a.paybackMonths();
        b.discountedPaybackMonths = a.discountedPaybackMonths();
        b.irrPct = a.irrPct();
        b.breakEven = o.breakEvenRentPricePerPflopsYear();
        b.breakEvenAsQuoted = o.breakEvenRentPriceAsQuoted();
        b.afterTax = a;
        return new OptionResult(b);
    }
}
