package com.computetco.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computetco.domain.Scenario;
import com.computetco.engine.risk.Input;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.ScenarioInputs;
import com.computetco.engine.risk.Tornado;
import com.computetco.engine.risk.TornadoBar;
import com.computetco.engine.risk.TornadoResult;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Section 7 (v2 correction): a sensitivity moves an input from its current value, so at the current value its effect
 * is zero. Version 1's rent-change bar overwrote every rental's own change with the baseline's, so with two lessors
 * of different trends its effect at the current value was not zero, and could flip the decision.
 */
class TornadoProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return new EngineProperties().scenarios();
    }

    @Provide
    Arbitrary<Scenario> versionTwoScenarios() {
        return new EngineProperties().versionTwoScenarios();
    }

    @Property(tries = 60)
    void everyInputSetToItsCurrentValueChangesNothing(@ForAll("scenarios") Scenario scenario) {
        assertNoEffectAtTheCurrentValue(scenario);
    }

    @Property(tries = 60)
    void everyInputOfAVersionTwoScenarioSetToItsCurrentValueChangesNothing(
            @ForAll("versionTwoScenarios") Scenario scenario) {
        assertNoEffectAtTheCurrentValue(scenario);
    }

    private static void assertNoEffectAtTheCurrentValue(Scenario scenario) {
        for (int option = 0; option < scenario.options().size(); option++) {
            if (option == scenario.baselineIndex()) {
                continue;
            }
            for (Measure measure : Measure.values()) {
                if (measure == Measure.AFTER_TAX && scenario.tax() == null) {
                    continue;
                }
                double[] figures = ScenarioInputs.figures(scenario, option, measure);
                double base = figures[0] - figures[1];
                double gross = Math.abs(figures[0]) + Math.abs(figures[1]);
                for (Input input : Input.values()) {
                    if (!ScenarioInputs.applies(scenario, input, option)) {
                        continue;
                    }
                    double current = ScenarioInputs.value(scenario, input, option);
                    double moved = ScenarioInputs.difference(ScenarioInputs.with(scenario, input, option, current),
                            option, measure);
                    assertEquals(base, moved, 1e-9 * gross + 1e-6, input.key() + " of " + option);
                }
            }
        }
    }

    @Property(tries = 30)
    void everyTornadoBarIsZeroAtTheCurrentValue(@ForAll("versionTwoScenarios") Scenario scenario) {
        // The bars' own figures: evaluating each bar's input at its value gives the scenario's difference.
        for (int option = 0; option < scenario.options().size(); option++) {
            if (option == scenario.baselineIndex()) {
                continue;
            }
            TornadoResult result = Tornado.compute(scenario, scenario.options().get(option).id(), Measure.TOTAL_COST);
            double gross = Math.abs(result.optionFigure()) + Math.abs(result.baselineFigure());
            for (TornadoBar bar : result.bars()) {
                double atValue = ScenarioInputs.difference(ScenarioInputs.with(scenario, bar.input(), option,
                        bar.value()), option, Measure.TOTAL_COST);
                assertEquals(result.difference(), atValue, 1e-9 * gross + 1e-6, bar.input().key());
            }
        }
    }
}
