package com.computetco.engine;

/** Time conventions of methodology section 2. */
public final class Months {
    private Months() {
    }

    /**
     * The methodology's ceiling: ceil(x - 1e-9), so that 3.0000000001 computed in floating point does not
     * become 4. Saturates instead of overflowing, for absurd inputs that validation refuses later.
     */
    public static long ceil(double x) {
        double c = Math.ceil(x - 1e-9);
        return c >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) c;
    }

    /** In-service month as an int, capped so that "never within any horizon" stays representable. */
    public static int ceilMonth(double x) {
        long c = ceil(x);
        return (int) Math.max(0, Math.min(c, Integer.MAX_VALUE / 2));
    }

    /** Discount factors (1 + r_m)^(-m) for m = 0..H-1, with r_m the monthly rate of an annual rate in %. */
    public static double[] discountFactors(double annualRatePct, int horizon) {
        double monthlyRate = Math.pow(1 + annualRatePct / 100.0, 1.0 / 12.0) - 1;
        double[] factors = new double[horizon];
        for (int m = 0; m < horizon; m++) {
            factors[m] = Math.pow(1 + monthlyRate, -m);
        }
        return factors;
    }

    /**
     * Section 12's escalation: (1 + annualChangePct/100)^floor(m / 12) for m = 0..H-1, year boundaries counted
     * from month 0. Exactly 1 throughout for no change, so that version-1 figures are unchanged.
     */
    public static double[] yearlyFactors(double annualChangePct, int horizon) {
        double[] factors = new double[horizon];
        double growth = 1 + annualChangePct / 100.0;
        for (int m = 0; m < horizon; m++) {
            factors[m] = m < 12 || annualChangePct == 0 ? 1.0 : Math.pow(growth, m / 12);
        }
        return factors;
    }
}
