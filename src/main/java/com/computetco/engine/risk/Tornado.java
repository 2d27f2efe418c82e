package com.computetco.engine.risk;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sensitivity tornado of one option against the baseline: each {@link Input} that applies to the option is
 * set to its low and its high value ({@link ScenarioInputs#range}), one at a time, the scenario re-evaluated by the
 * engine, and the change of (option − baseline) recorded. Inputs that do not apply to the option (the unit price
 * of a rent option) and inputs with nothing to move (low = high) are left out. A few dozen evaluations: fast
 * enough for the window's background thread, no progress needed.
 */
public final class Tornado {
    private Tornado() {
    }

    /**
     * @throws IllegalArgumentException where the option does not exist or is the baseline itself
     */
    public static TornadoResult compute(Scenario scenario, String optionId, Measure measure) {
        int option = indexOf(scenario, optionId);
        int baseline = scenario.baselineIndex();
        if (option == baseline) {
            throw new IllegalArgumentException("the tornado compares an option with the baseline; \"" + optionId
                    + "\" is the baseline");
        }
        double[] figures = ScenarioInputs.figures(scenario, option, measure);
        double base = figures[0] - figures[1];
        List<TornadoBar> bars = new ArrayList<>();
        for (Input input : Input.values()) {
            if (!ScenarioInputs.applies(scenario, input, option)
                    || (input.afterTax() && measure != Measure.AFTER_TAX)) {
                // A tax input cannot move a pre-tax figure: its bar would always be empty.
                continue;
            }
            ScenarioInputs.Range range = ScenarioInputs.range(scenario, input, option);
            if (!(range.high() > range.low())) {
                continue;
            }
            double atLow = ScenarioInputs.difference(ScenarioInputs.with(scenario, input, option, range.low()),
                    option, measure);
            double atHigh = ScenarioInputs.difference(ScenarioInputs.with(scenario, input, option, range.high()),
                    option, measure);
            boolean cheaper = base < 0;
            boolean flips = (atLow < 0) != cheaper || (atHigh < 0) != cheaper;
            bars.add(new TornadoBar(input, ScenarioInputs.value(scenario, input, option), range.low(), range.high(),
                    range.given(), atLow, atHigh, atLow - base, atHigh - base, flips));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::size).reversed());
        Option o = scenario.options().get(option);
        Option b = scenario.options().get(baseline);
        return new TornadoResult(o.id(), o.label(), b.id(), b.label(), scenario.currency(), measure, figures[0],
                figures[1], bars);
    }

    static int indexOf(Scenario scenario, String optionId) {
        for (int i = 0; i < scenario.options().size(); i++) {
            if (scenario.options().get(i).id().equals(optionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no option \"" + optionId + "\" in the scenario");
    }
}
