package com.computetco.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * Section 6's results for one option. Boxed values are null where the methodology leaves them undefined
 * (payback and IRR of the baseline, servers of a rent option, ...). Arrays are copied in and out.
 */
public final class OptionResult {
    private final String id;
    private final String label;
    private final boolean build;
    private final Long servers;
    private final Double rentedPflops;
    private final Double neededPflops;
    private final int inServiceMonth;
    private final int capacityGapMonths;
    private final double totalCost;
    private final double presentValue;
    private final double costPerPflopsYear;
    private final double[] componentTotals;
    private final double[][] componentMonthly;
    private final double[] monthly;
    private final Double paybackMonths;
    private final Double discountedPaybackMonths;
    private final Double irrPct;
    private final Double breakEvenRentPricePerPflopsYear;
    private final Double breakEvenRentPriceAsQuoted;
    private final AfterTaxResult afterTax;

    OptionResult(Builder b) {
        id = b.id;
        label = b.label;
        build = b.build;
        servers = b.servers;
        rentedPflops = b.rentedPflops;
        neededPflops = b.neededPflops;
        inServiceMonth = b.inServiceMonth;
        capacityGapMonths = b.capacityGapMonths;
        totalCost = b.totalCost;
        presentValue = b.presentValue;
        costPerPflopsYear = b.costPerPflopsYear;
        componentTotals = b.componentTotals;
        componentMonthly = b.componentMonthly;
        monthly = b.monthly;
        paybackMonths = b.paybackMonths;
        discountedPaybackMonths = b.discountedPaybackMonths;
        irrPct = b.irrPct;
        breakEvenRentPricePerPflopsYear = b.breakEven;
        breakEvenRentPriceAsQuoted = b.breakEvenAsQuoted;
        afterTax = b.afterTax;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isBuild() {
        return build;
    }

    public Long servers() {
        return servers;
    }

    public Double rentedPflops() {
        return rentedPflops;
    }

    /**
     * For a rent option, the capacity the demand alone asks for (D / e); {@link #rentedPflops()} is larger when
     * the lessor's minimum sized the rental up. Null for a build option.
     */
    public Double neededPflops() {
        return neededPflops;
    }

    /** Whether a rental minimum, not the demand, decided how much this rent option pays for. */
    public boolean sizedUpByMinimum() {
        return rentedPflops != null && neededPflops != null && rentedPflops > neededPflops * (1 + 1e-9);
    }

    public int inServiceMonth() {
        return inServiceMonth;
    }

    public int capacityGapMonths() {
        return capacityGapMonths;
    }

    public double totalCost() {
        return totalCost;
    }

    public double presentValue() {
        return presentValue;
    }

    public double costPerPflopsYear() {
        return costPerPflopsYear;
    }

    public double componentTotal(CostComponent component) {
        return componentTotals[component.ordinal()];
    }

    /** Component totals in methodology order. */
    public Map<CostComponent, Double> components() {
        Map<CostComponent, Double> map = new EnumMap<>(CostComponent.class);
        for (CostComponent c : CostComponent.values()) {
            map.put(c, componentTotals[c.ordinal()]);
        }
        return map;
    }

    public double componentMonthly(CostComponent component, int month) {
        return componentMonthly[component.ordinal()][month];
    }

    public int horizon() {
        return monthly.length;
    }

    public double monthly(int month) {
        return monthly[month];
    }

    public double[] monthly() {
        return monthly.clone();
    }

    /** Cumulative cost at the end of each month, for charts. */
    public double[] cumulative() {
        double[] c = new double[monthly.length];
        double sum = 0;
        for (int m = 0; m < monthly.length; m++) {
            sum += monthly[m];
            c[m] = sum;
        }
        return c;
    }

    public boolean inServiceWithinHorizon() {
        return inServiceMonth < monthly.length;
    }

    public Double paybackMonths() {
        return paybackMonths;
    }

    public Double discountedPaybackMonths() {
        return discountedPaybackMonths;
    }

    public Double irrPct() {
        return irrPct;
    }

    public Double breakEvenRentPricePerPflopsYear() {
        return breakEvenRentPricePerPflopsYear;
    }

    /**
     * Section 9: the break-even price stated the way the baseline's quote states its price (per PFLOPS-year or per
     * accelerator-hour, on its basis, including VAT where the quote does); null where the break-even is.
     */
    public Double breakEvenRentPriceAsQuoted() {
        return breakEvenRentPriceAsQuoted;
    }

    /** Section 13's after-tax results; empty without a tax block. */
    public java.util.Optional<AfterTaxResult> afterTax() {
        return java.util.Optional.ofNullable(afterTax);
    }

    /** Whether every figure is finite: section 8 refuses a scenario whose results are not. */
    boolean isFinite() {
        if (!Double.isFinite(totalCost) || !Double.isFinite(presentValue) || !Double.isFinite(costPerPflopsYear)) {
            return false;
        }
        for (double v : monthly) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return finiteOrNull(paybackMonths) && finiteOrNull(discountedPaybackMonths) && finiteOrNull(irrPct)
                && finiteOrNull(breakEvenRentPricePerPflopsYear) && finiteOrNull(breakEvenRentPriceAsQuoted)
                && finiteOrNull(rentedPflops) && (afterTax == null || afterTax.isFinite())
                && (servers == null || servers < Long.MAX_VALUE);
    }

    private static boolean finiteOrNull(Double v) {
        return v == null || Double.isFinite(v);
    }

    /**
     * This option seen after tax (section 13): total, present value, payback, discounted payback, IRR and monthly
     * flows are the after-tax ones; sizing, components and the break-even prices (pre-tax by definition) stay. For
     * a ranking or a verdict "in the after-tax view". Empty without a tax block.
     */
    public java.util.Optional<OptionResult> afterTaxView() {
        if (afterTax == null) {
            return java.util.Optional.empty();
        }
        Builder b = new Builder();
        b.id = id;
        b.label = label;
        b.build = build;
        b.servers = servers;
        b.rentedPflops = rentedPflops;
        b.neededPflops = neededPflops;
        b.inServiceMonth = inServiceMonth;
        b.capacityGapMonths = capacityGapMonths;
        b.totalCost = afterTax.totalCost();
        b.presentValue = afterTax.presentValue();
        b.costPerPflopsYear = costPerPflopsYear;
        b.componentTotals = componentTotals;
        b.componentMonthly = componentMonthly;
        b.monthly = afterTax.monthly();
        b.paybackMonths = afterTax.paybackMonths();
        b.discountedPaybackMonths = afterTax.discountedPaybackMonths();
        b.irrPct = afterTax.irrPct();
        b.breakEven = breakEvenRentPricePerPflopsYear;
        b.breakEvenAsQuoted = breakEvenRentPriceAsQuoted;
        b.afterTax = afterTax;
        return java.util.Optional.of(new OptionResult(b));
    }

    static final class Builder {
        String id;
        String label;
        boolean build;
        Long servers;
        Double rentedPflops;
        Double neededPflops;
        int inServiceMonth;
        int capacityGapMonths;
        double totalCost;
        double presentValue;
        double costPerPflopsYear;
        double[] componentTotals;
        double[][] componentMonthly;
        double[] monthly;
        Double paybackMonths;
        Double discountedPaybackMonths;
        Double irrPct;
        Double breakEven;
        Double breakEvenAsQuoted;
        AfterTaxResult afterTax;
    }
}
