package com.computetco.engine;

/**
 * Section 13's after-tax results of one option: the after-tax flows A(m) = pre-tax flow + vat(m) + incomeTax(m),
 * their total and present value, payback, discounted payback and IRR against the baseline's after-tax flows (null
 * for the baseline and where section 6 leaves them undefined), and the sums of VAT, income tax and depreciation.
 */
public record AfterTaxResult(double totalCost, double presentValue, Double paybackMonths,
        Double discountedPaybackMonths, Double irrPct, double vat, double incomeTax, double depreciation,
        double[] monthly) {

    public AfterTaxResult {
        monthly = monthly.clone();
    }

    @Override
    public double[] monthly() {
        return monthly.clone();
    }

    public double monthly(int month) {
        return monthly[month];
    }

    boolean isFinite() {
        if (!Double.isFinite(totalCost) || !Double.isFinite(presentValue) || !Double.isFinite(vat)
                || !Double.isFinite(incomeTax) || !Double.isFinite(depreciation)) {
            return false;
        }
        for (double v : monthly) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return (paybackMonths == null || Double.isFinite(paybackMonths))
                && (discountedPaybackMonths == null || Double.isFinite(discountedPaybackMonths))
                && (irrPct == null || Double.isFinite(irrPct));
    }
}
