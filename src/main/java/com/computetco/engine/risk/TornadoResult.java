package com.computetco.engine.risk;

import java.util.List;

/** The sensitivity of one option's difference to the baseline: bars sorted by size, largest first. */
public record TornadoResult(String optionId, String optionLabel, String baselineId, String baselineLabel,
        String currency, Measure measure, double optionFigure, double baselineFigure, List<TornadoBar> bars) {

    public TornadoResult {
        bars = List.copyOf(bars);
    }

    /** The option's figure minus the baseline's in the scenario as it is: negative where the option is cheaper. */
    public double difference() {
        return optionFigure - baselineFigure;
    }
}
