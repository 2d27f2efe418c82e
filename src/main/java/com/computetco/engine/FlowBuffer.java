package com.computetco.engine;

import java.util.Arrays;

/**
 * Reusable storage for one option's monthly flows: one row per {@link CostComponent} and the monthly total.
 * The Monte Carlo keeps one per thread so that its inner loop allocates nothing.
 */
public final class FlowBuffer {
    final double[][] components;
    final double[] monthly;
    /** Section 11's interest I(m) of the option's loan, for the income tax of section 13; not a cost component. */
    final double[] interest;
    /** The in-service month d, servers n and capex K of the evaluation (build options; 0 for rent). */
    int inServiceMonth;
    double servers;
    double capex;

    public FlowBuffer(int horizon) {
        components = new double[CostComponent.count()][horizon];
        monthly = new double[horizon];
        interest = new double[horizon];
    }

    public int horizon() {
        return monthly.length;
    }

    void clear() {
        for (double[] row : components) {
            Arrays.fill(row, 0.0);
        }
        Arrays.fill(interest, 0.0);
        inServiceMonth = 0;
        servers = 0;
        capex = 0;
    }

    /** Sums the components month by month into {@link #monthly} and returns the total cost. */
    double sumMonths() {
        int h = monthly.length;
        double total = 0;
        for (int m = 0; m < h; m++) {
            double flow = 0;
            for (double[] row : components) {
                flow += row[m];
            }
            monthly[m] = flow;
            total += flow;
        }
        return total;
    }

    public double monthly(int month) {
        return monthly[month];
    }

    public double component(CostComponent component, int month) {
        return components[component.ordinal()][month];
    }

    public double[] monthlyCopy() {
        return monthly.clone();
    }

    double componentTotal(int index) {
        double total = 0;
        for (double v : components[index]) {
            total += v;
        }
        return total;
    }
}
