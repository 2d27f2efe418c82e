package com.computetco.ui.results;

import com.computetco.engine.CostComponent;
import java.util.List;

/**
 * One option's stacked bar in the cost breakdown. Every bar of one breakdown lists the same components in the
 * same (methodology) order, so segment i of every bar belongs to one chart series.
 *
 * @param category the option's label, unique among the options (a chart category)
 */
public record BreakdownBar(String optionId, String category, List<Segment> segments, double total) {

    /**
     * One component's total for the option; negative for the residual value.
     *
     * @param tooltip the component's name and its amount with the currency
     */
    public record Segment(CostComponent component, String name, double amount, String tooltip) {
    }

    public BreakdownBar {
        segments = List.copyOf(segments);
    }
}
