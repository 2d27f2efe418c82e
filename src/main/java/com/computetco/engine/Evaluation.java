package com.computetco.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A scenario's evaluation: one {@link OptionResult} per option, in the scenario's order. */
public record Evaluation(String scenarioName, String currency, int horizonMonths, String baselineOptionId,
        double demandPflops, List<OptionResult> options) {

    public Evaluation {
        options = List.copyOf(options);
    }

    public Optional<OptionResult> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public OptionResult baseline() {
        return option(baselineOptionId).orElseThrow();
    }

    /**
     * The option ranked first: the lowest total cost among the options in service within the horizon (the first of
     * equals). An option never in service ranks after all others, however little it costs: without bridging its
     * total is only the month-0 items, which is no reason to choose it. The report's ranking uses the same rule.
     */
    public OptionResult cheapest() {
        return options.stream().min(Comparator.comparing((OptionResult o) -> !inService(o))
                .thenComparingDouble(OptionResult::totalCost)).orElseThrow();
    }

    /** Whether the option enters service within the horizon (section 3). */
    public boolean inService(OptionResult option) {
        return option.inServiceMonth() < horizonMonths;
    }

    /**
     * The same evaluation seen after tax (section 13): every option's {@link OptionResult#afterTaxView()}, so that
     * {@link #cheapest()} and a verdict use the after-tax totals. Empty without a tax block.
     */
    public Optional<Evaluation> afterTaxView() {
        if (options.stream().anyMatch(o -> o.afterTax().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Evaluation(scenarioName, currency, horizonMonths, baselineOptionId, demandPflops,
                options.stream().map(o -> o.afterTaxView().orElseThrow()).toList()));
    }

    /** Ids of options whose figures are not all finite; section 8 refuses such a scenario. */
    public List<String> nonFiniteOptionIds() {
        return options.stream().filter(o -> !o.isFinite()).map(OptionResult::id).toList();
    }
}
