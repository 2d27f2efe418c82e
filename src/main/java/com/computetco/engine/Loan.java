package com.computetco.engine;

/**
 * Section 11's instalment formula, public so that the window shows the same instalment the cash flows use.
 */
public final class Loan {
    private Loan() {
    }

    /**
     * The monthly instalment A of a loan of {@code financed} at {@code monthlyRate} over {@code termMonths}, with
     * {@code balloon} due with the last instalment: (F - G (1+r)^-N) r / (1 - (1+r)^-N), or (F - G) / N for a
     * monthly rate of at most 1e-6 (taken as 0, so the formula never divides by a rounding error).
     */
    public static double instalment(double financed, double monthlyRate, int termMonths, double balloon) {
        if (monthlyRate > CostFlows.ZERO_RATE) {
            double discount = Math.pow(1 + monthlyRate, -termMonths);
            return (financed - balloon * discount) * monthlyRate / (1 - discount);
        }
        return (financed - balloon) / termMonths;
    }
}
