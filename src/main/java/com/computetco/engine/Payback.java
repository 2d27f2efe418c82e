package com.computetco.engine;

/**
 * Section 6: payback, discounted payback and IRR of an option against the baseline, from the two monthly
 * series. The tolerance ε keeps floating-point dust from counting as a loss or a crossing.
 */
final class Payback {
    private static final double MAX_MONTHLY_RATE = 10.0;

    private Payback() {
    }

    /** Cumulative savings S(m) of the option against the baseline, and the ε of those flows. */
    record Savings(double[] cumulative, double epsilon) {
        static Savings of(double[] baseline, double[] option, double[] factors) {
            return of(baseline, option, factors, new double[baseline.length]);
        }

        /** As {@link #of(double[], double[], double[])}, writing S(m) into {@code s} (the Monte Carlo reuses it). */
        static Savings of(double[] baseline, double[] option, double[] factors, double[] s) {
            int h = baseline.length;
            double running = 0;
            double gross = 0;
            double maxGross = 0;
            for (int m = 0; m < h; m++) {
                double f = factors == null ? 1.0 : factors[m];
                double b = baseline[m] * f;
                double o = option[m] * f;
                running += b - o;
                s[m] = running;
                gross += Math.abs(b) + Math.abs(o);
                maxGross = Math.max(maxGross, gross);
            }
            return new Savings(s, 1e-9 * maxGross);
        }

        /** S(m) as the methodology counts it: zero inside ±ε. */
        double counted(int m) {
            double v = cumulative[m];
            return Math.abs(v) <= epsilon ? 0.0 : v;
        }

        boolean negative(int m) {
            return cumulative[m] < -epsilon;
        }
    }

    /**
     * The moment after which the cumulative savings stay non-negative (v2 correction): 0 if never negative; null if
     * still negative at the end of the horizon; otherwise interpolated within the month after the last negative one.
     */
    static Double months(Savings savings) {
        double[] s = savings.cumulative();
        int h = s.length;
        if (savings.negative(h - 1)) {
            return null;
        }
        int last = -1;
        for (int m = h - 2; m >= 0; m--) {
            if (savings.negative(m)) {
                last = m;
                break;
            }
        }
        if (last < 0) {
            return 0.0;
        }
        int m = last + 1;
        double before = savings.counted(m - 1);
        double now = savings.counted(m);
        // The end of month m is time m + 1: interpolate linearly within the month savings turn non-negative.
        return m + (-before) / (now - before);
    }

    /**
     * The annualised IRR in %, where the savings change sign exactly once from negative to positive (so the
     * root is unique) and the monthly root is at most 10; otherwise null.
     */
    static Double irrPct(double[] baseline, double[] option, Savings savings) {
        if (!singleCrossingFromLoss(savings)) {
            return null;
        }
        int h = baseline.length;
        double[] net = new double[h];
        for (int m = 0; m < h; m++) {
            net[m] = baseline[m] - option[m];
        }
        if (npv(net, MAX_MONTHLY_RATE) > 0) {
            return null;
        }
        double rho = root(net);
        return (Math.pow(1 + rho, 12) - 1) * 100.0;
    }

    private static boolean singleCrossingFromLoss(Savings savings) {
        int first = 0;
        int last = 0;
        int changes = 0;
        for (int m = 0; m < savings.cumulative().length; m++) {
            double v = savings.counted(m);
            if (v == 0) {
                continue;
            }
            int sign = v < 0 ? -1 : 1;
            if (first == 0) {
                first = sign;
            } else if (sign != last) {
                changes++;
            }
            last = sign;
        }
        return first < 0 && last > 0 && changes == 1;
    }

    /** Net present value at a monthly rate, by Horner's rule on v = 1 / (1 + rate). */
    static double npv(double[] net, double monthlyRate) {
        double v = 1.0 / (1.0 + monthlyRate);
        double sum = 0;
        for (int m = net.length - 1; m >= 0; m--) {
            sum = sum * v + net[m];
        }
        return sum;
    }

    private static double npvDerivative(double[] net, double monthlyRate) {
        double v = 1.0 / (1.0 + monthlyRate);
        // d/dρ Σ f_m (1+ρ)^-m = -Σ m f_m (1+ρ)^-(m+1)
        double sum = 0;
        for (int m = net.length - 1; m >= 1; m--) {
            sum = sum * v + m * net[m];
        }
        return -sum * v * v;
    }

    /**
     * Bracketed Newton on (0, 10]: NPV(0) > 0 >= NPV(10), so a bisection step is always available when a
     * Newton step leaves the bracket; converges to full double precision in a few steps.
     */
    private static double root(double[] net) {
        double lo = 0;
        double hi = MAX_MONTHLY_RATE;
        double x = 0.01;
        for (int i = 0; i < 200; i++) {
            double f = npv(net, x);
            if (f == 0) {
                return x;
            }
            if (f > 0) {
                lo = x;
            } else {
                hi = x;
            }
            double df = npvDerivative(net, x);
            double next = df != 0 ? x - f / df : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-15 * Math.max(1e-12, Math.abs(x)) || hi - lo <= 1e-17) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
