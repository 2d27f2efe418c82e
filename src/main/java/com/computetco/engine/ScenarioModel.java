package com.computetco.engine;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.domain.Tax;
import java.util.List;

/**
 * A scenario prepared for evaluation: every input as a double in the base currency, built once. Evaluating
 * an option with a {@link Draw} is the Monte Carlo's hot path; nothing here allocates per evaluation.
 */
public final class ScenarioModel {
    final Scenario scenario;
    final int horizon;
    final double demand;
    final double[] discountFactors;
    final double pue;
    final double loadFactor;
    final double colocationPerKwMonth;
    final boolean bridgeWithRental;
    final int baselineIndex;
    final OptionModel[] options;
    /** Section 12: the tariff's factor (1 + change)^floor(m / 12) in month m, from month 0 of the plan. */
    final double[] powerPriceFactors;
    /** Section 12: the engineer-month cost in month m, escalated from month 0 of the plan. */
    final double[] engineerMonthCosts;
    final int engineers;
    /** Section 13; null without a tax block. */
    final Tax tax;
    private final Draw scenarioDraw;

    private ScenarioModel(Scenario scenario) {
        this.scenario = scenario;
        horizon = scenario.horizonMonths();
        demand = scenario.demandPflops().doubleValue();
        discountFactors = Months.discountFactors(scenario.discountRatePct().doubleValue(), horizon);
        pue = scenario.electricity().pue().doubleValue();
        loadFactor = scenario.electricity().loadFactorPct().doubleValue() / 100.0;
        double subsidyShare = scenario.electricity().subsidyPct().doubleValue() / 100.0;
        colocationPerKwMonth = scenario.colocationPerKwMonth().doubleValue();
        bridgeWithRental = scenario.bridgeWithRental();
        baselineIndex = scenario.baselineIndex();
        if (baselineIndex < 0 || scenario.options().get(baselineIndex).isBuild()) {
            throw new IllegalArgumentException("baselineOptionId must name a rent option");
        }
        double engineerMonth = scenario.staff().monthlyCostPerEngineer().doubleValue();
        engineers = scenario.staff().engineers();
        powerPriceFactors = Months.yearlyFactors(scenario.electricity().annualPriceChangePct().doubleValue(), horizon);
        double[] wage = Months.yearlyFactors(scenario.staff().annualCostChangePct().doubleValue(), horizon);
        engineerMonthCosts = new double[horizon];
        for (int m = 0; m < horizon; m++) {
            engineerMonthCosts[m] = wage[m] == 1.0 ? engineerMonth : engineerMonth * wage[m];
        }
        tax = scenario.tax();
        List<Option> list = scenario.options();
        options = new OptionModel[list.size()];
        double[] leadTimes = new double[list.size()];
        double[] retraining = new double[list.size()];
        for (int i = 0; i < options.length; i++) {
            options[i] = new OptionModel(list.get(i), scenario.rates(), subsidyShare);
            leadTimes[i] = options[i].leadTimeLikely;
            retraining[i] = options[i].retrainingMonths;
        }
        scenarioDraw = new Draw(scenario.electricity().pricePerKwh().doubleValue(), leadTimes, retraining);
    }

    /** Prepares a validated scenario; throws IllegalArgumentException where it cannot be evaluated at all. */
    public static ScenarioModel of(Scenario scenario) {
        return new ScenarioModel(scenario);
    }

    /** Option {@code index}'s derived parameters, as this model computes with them. */
    public OptionParameters parameters(int index) {
        return options[index].parameters();
    }

    public Scenario scenario() {
        return scenario;
    }

    public int horizon() {
        return horizon;
    }

    public int optionCount() {
        return options.length;
    }

    public int baselineIndex() {
        return baselineIndex;
    }

    public String optionId(int index) {
        return options[index].id;
    }

    public boolean isBuild(int index) {
        return options[index].build;
    }

    /** A fresh draw holding the scenario's own values; the caller may change it. */
    public Draw scenarioDraw() {
        return scenarioDraw.copy();
    }

    public double discountFactor(int month) {
        return discountFactors[month];
    }

    /** Fills the buffer with one option's monthly flows under the draw and returns its total cost. */
    public double evaluateFlows(int optionIndex, Draw draw, FlowBuffer buffer) {
        return CostFlows.compute(this, optionIndex, draw, buffer);
    }
}
