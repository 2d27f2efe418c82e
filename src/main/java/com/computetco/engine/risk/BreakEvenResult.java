package com.computetco.engine.risk;

import java.util.List;

/** The break-even answers of one option against the baseline, one per input that applies to the option. */
public record BreakEvenResult(String optionId, String optionLabel, boolean build, String baselineId,
        String baselineLabel, String currency, double optionTotal, double baselineTotal,
        List<BreakEvenAnswer> answers) {

    public BreakEvenResult {
        answers = List.copyOf(answers);
    }
}
