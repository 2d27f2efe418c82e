package com.computetco.engine.risk;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.risk.BreakEvenAnswer.Direction;
import com.computetco.engine.risk.BreakEvenAnswer.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Break-even answers: for each option and each key input, the value at which the option's total cost ties the
 * baseline's. Where both totals are linear in the input (prices, PUE, residual value) the tie is solved exactly
 * from two evaluations; elsewhere a grid over the input's valid range finds the sign changes of (option −
 * baseline) and bisection pins down the one nearest the current value. A step (whole servers, whole months) is
 * reported as a threshold, not a tie.
 */
public final class BreakEvenAnalysis {
    /** The inputs answered, in the order they are reported (the rent, the server price, power first). */
    public static final List<Input> INPUTS = List.of(Input.RENT_PRICE, Input.UNIT_PRICE, Input.ELECTRICITY_PRICE,
            Input.OPTION_RENT_PRICE, Input.EFFICIENCY, Input.LEAD_TIME, Input.RETRAINING_MONTHS,
            Input.RESIDUAL_VALUE, Input.PUE, Input.RENT_ANNUAL_CHANGE, Input.ELECTRICITY_ESCALATION,
            Input.WAGE_ESCALATION, Input.LOAN_RATE, Input.FINANCED_SHARE, Input.INCOME_TAX_RATE,
            Input.DEPRECIATION_YEARS);
    private static final int GRID = 240;
    private static final int BISECTIONS = 200;
    /** Relative size of the difference below which the totals count as tied. */
    static final double TIE_TOLERANCE = 1e-9;

    private BreakEvenAnalysis() {
    }

    /** Every option but the baseline, in the scenario's order. */
    public static List<BreakEvenResult> all(Scenario scenario) {
        List<BreakEvenResult> results = new ArrayList<>();
        for (int i = 0; i < scenario.options().size(); i++) {
            if (i != scenario.baselineIndex()) {
                results.add(of(scenario, i));
            }
        }
        return results;
    }

    /**
     * @throws IllegalArgumentException where the option does not exist or is the baseline itself
     */
    public static BreakEvenResult of(Scenario scenario, String optionId) {
        int option = Tornado.indexOf(scenario, optionId);
        if (option == scenario.baselineIndex()) {
            throw new IllegalArgumentException("break-even compares an option with the baseline; \"" + optionId
                    + "\" is the baseline");
        }
        return of(scenario, option);
    }

    private static BreakEvenResult of(Scenario scenario, int option) {
        double[] totals = ScenarioInputs.figures(scenario, option, Measure.TOTAL_COST);
        List<BreakEvenAnswer> answers = new ArrayList<>();
        for (Input input : INPUTS) {
            if (ScenarioInputs.applies(scenario, input, option)) {
                answers.add(solve(scenario, option, input));
            }
        }
        Option o = scenario.options().get(option);
        Option b = scenario.options().get(scenario.baselineIndex());
        return new BreakEvenResult(o.id(), o.label(), o.isBuild(), b.id(), b.label(), scenario.currency(), totals[0],
                totals[1], answers);
    }

    /** The break-even value of one input for one option. */
    public static BreakEvenAnswer solve(Scenario scenario, int option, Input input) {
        double current = ScenarioInputs.value(scenario, input, option);
        BreakEvenAnswer answer = input.linear() ? linear(scenario, option, input, current)
                : numeric(scenario, option, input, current);
        return meaningful(scenario, answer) ? answer : BreakEvenAnswer.none(input, current);
    }

    /**
     * Whether a tie found inside the file format's range is an answer a buyer can act on (issue 10 §5). The format
     * lets efficiency reach 200 % and lead times 60 months so that unusual files load, but an option that only
     * "wins" above 100 % of its peak, by arriving later, by retraining for longer, or once it is in service after
     * the horizon has ended, has not really won: it delivers less, so it costs less. Those become "no break-even
     * within the valid range".
     */
    static boolean meaningful(Scenario scenario, BreakEvenAnswer answer) {
        if (answer.value() == null) {
            return true;
        }
        double value = answer.value();
        return switch (answer.input()) {
            case EFFICIENCY -> value <= 100.0 + 1e-9;
            case LEAD_TIME, RETRAINING_MONTHS -> answer.cheaperWhen() != Direction.AT_LEAST
                    && value < scenario.horizonMonths();
            default -> true;
        };
    }

    /**
     * Option − baseline at the input's value, and the gross size of the two totals for tolerances: the pre-tax
     * totals, or for a tax input (which moves nothing else) the after-tax totals.
     */
    private static double[] at(Scenario scenario, int option, Input input, double value) {
        double[] t = ScenarioInputs.figures(ScenarioInputs.with(scenario, input, option, value), option,
                input.afterTax() ? Measure.AFTER_TAX : Measure.TOTAL_COST);
        return new double[] {t[0] - t[1], Math.abs(t[0]) + Math.abs(t[1])};
    }

    private static BreakEvenAnswer linear(Scenario scenario, int option, Input input, double current) {
        double[] bounds = ScenarioInputs.bounds(input);
        double x0 = current;
        double x1 = current + Math.max(Math.abs(current), 1.0);
        if (x1 > bounds[1]) {
            x1 = current - Math.max(Math.abs(current), 1.0);
            if (x1 < bounds[0]) {
                x1 = bounds[0];
            }
        }
        double[] a = at(scenario, option, input, x0);
        double[] b = at(scenario, option, input, x1);
        double slope = (b[0] - a[0]) / (x1 - x0);
        if (Math.abs(b[0] - a[0]) <= TIE_TOLERANCE * (a[1] + b[1]) || !Double.isFinite(slope)) {
            return BreakEvenAnswer.none(input, current);
        }
        double root = x0 - a[0] / slope;
        if (!(root >= bounds[0] && root <= bounds[1])) {
            return BreakEvenAnswer.none(input, current);
        }
        root = root == 0 ? 0.0 : root;
        return new BreakEvenAnswer(input, current, root, Kind.TIE, slope < 0 ? Direction.AT_LEAST : Direction.AT_MOST);
    }

    private static BreakEvenAnswer numeric(Scenario scenario, int option, Input input, double current) {
        double[] bounds = ScenarioInputs.bounds(input);
        double lo = bounds[0];
        double hi = bounds[1];
        double[] xs = new double[GRID + 2];
        for (int k = 0; k <= GRID; k++) {
            xs[k] = lo + (hi - lo) * k / GRID;
        }
        xs[GRID + 1] = current;
        java.util.Arrays.sort(xs);
        boolean[] cheaper = new boolean[xs.length];
        for (int k = 0; k < xs.length; k++) {
            cheaper[k] = at(scenario, option, input, xs[k])[0] <= 0;
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k + 1 < xs.length; k++) {
            if (cheaper[k] != cheaper[k + 1]) {
                double distance = Math.min(Math.abs(xs[k] - current), Math.abs(xs[k + 1] - current));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = k;
                }
            }
        }
        if (best < 0) {
            return BreakEvenAnswer.none(input, current);
        }
        double a = xs[best];
        double b = xs[best + 1];
        boolean cheaperAtA = cheaper[best];
        for (int i = 0; i < BISECTIONS && b - a > 1e-13 * Math.max(1.0, Math.abs(a)); i++) {
            double mid = 0.5 * (a + b);
            if (mid <= a || mid >= b) {
                break;
            }
            if ((at(scenario, option, input, mid)[0] <= 0) == cheaperAtA) {
                a = mid;
            } else {
                b = mid;
            }
        }
        Direction direction = cheaperAtA ? Direction.AT_MOST : Direction.AT_LEAST;
        // The end on the option's cheaper side: putting it back never leaves the option dearer.
        double value = cheaperAtA ? a : b;
        double[] there = at(scenario, option, input, value);
        double[] other = at(scenario, option, input, cheaperAtA ? b : a);
        boolean tie = Math.abs(there[0]) <= 1e-7 * there[1] && Math.abs(other[0]) <= 1e-7 * other[1];
        return new BreakEvenAnswer(input, current, value == 0 ? 0.0 : value, tie ? Kind.TIE : Kind.THRESHOLD,
                direction);
    }
}
