package com.computetco.engine;

import java.util.Arrays;

/**
 * The inputs that the Monte Carlo varies, separated from the prepared scenario so that one iteration
 * re-evaluates an option by changing a few numbers, without rebuilding anything. Mutable on purpose:
 * a simulation thread reuses one instance for all its iterations.
 */
public final class Draw {
    /** Base currency per kWh, for every option. */
    public double electricityPricePerKwh;
    /** When not NaN, replaces the baseline's annual price change; every other rental's moves by as much (section 7). */
    public double rentAnnualPriceChangePct = Double.NaN;
    /** Per option: the lead time's likely value in months (build and rent). */
    public final double[] leadTimeLikelyMonths;
    /** Per option: retraining months. */
    public final double[] retrainingMonths;
    /**
     * The baseline's dense price per PFLOPS-year before vouchers, in the base currency; NaN keeps the quote's.
     * Used by the break-even solution, which needs both options priced at a common reference price.
     */
    public double baselineDensePricePerPflopsYear = Double.NaN;

    Draw(double electricityPricePerKwh, double[] leadTimeLikelyMonths, double[] retrainingMonths) {
        this.electricityPricePerKwh = electricityPricePerKwh;
        this.leadTimeLikelyMonths = leadTimeLikelyMonths;
        this.retrainingMonths = retrainingMonths;
    }

    /** A copy, so that a thread can own its draw. */
    public Draw copy() {
        Draw copy = new Draw(electricityPricePerKwh, leadTimeLikelyMonths.clone(), retrainingMonths.clone());
        copy.rentAnnualPriceChangePct = rentAnnualPriceChangePct;
        copy.baselineDensePricePerPflopsYear = baselineDensePricePerPflopsYear;
        return copy;
    }

    /** Sets every value back to those of the given draw, without allocating. */
    public void resetTo(Draw other) {
        electricityPricePerKwh = other.electricityPricePerKwh;
        rentAnnualPriceChangePct = other.rentAnnualPriceChangePct;
        baselineDensePricePerPflopsYear = other.baselineDensePricePerPflopsYear;
        System.arraycopy(other.leadTimeLikelyMonths, 0, leadTimeLikelyMonths, 0, leadTimeLikelyMonths.length);
        System.arraycopy(other.retrainingMonths, 0, retrainingMonths, 0, retrainingMonths.length);
    }

    @Override
    public String toString() {
        return "Draw[electricity=" + electricityPricePerKwh + ", rentChange=" + rentAnnualPriceChangePct
                + ", leadTimes=" + Arrays.toString(leadTimeLikelyMonths)
                + ", retraining=" + Arrays.toString(retrainingMonths) + "]";
    }
}
