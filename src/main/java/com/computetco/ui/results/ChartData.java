package com.computetco.ui.results;

import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns an evaluation into the immutable data behind the charts and the monthly table. */
final class ChartData {
    private final Messages messages;
    private final AmountFormat format;
    private final Evaluation evaluation;
    private final List<String> names;

    ChartData(Evaluation evaluation, Messages messages, AmountFormat format) {
        this.evaluation = evaluation;
        this.messages = messages;
        this.format = format;
        this.names = uniqueNames(evaluation.options());
    }

    List<String> names() {
        return names;
    }

    List<CumulativeSeries> cumulative() {
        List<CumulativeSeries> series = new ArrayList<>();
        List<OptionResult> options = evaluation.options();
        for (int i = 0; i < options.size(); i++) {
            OptionResult o = options.get(i);
            double[] values = o.cumulative();
            String name = names.get(i);
            series.add(new CumulativeSeries(o.id(), name, values, paybackPoint(o, name, values),
                    messages.format("results.series.tooltip", name, format.money(o.totalCost(),
                            evaluation.currency()))));
        }
        return List.copyOf(series);
    }

    private CumulativeSeries.PaybackPoint paybackPoint(OptionResult o, String name, double[] values) {
        Double months = o.paybackMonths();
        // A payback of 0 means cheaper from the first month: there is no crossing to mark.
        if (months == null || months == 0 || o.id().equals(evaluation.baselineOptionId())) {
            return null;
        }
        return new CumulativeSeries.PaybackPoint(months, costAt(values, months),
                messages.format("results.payback.marker", name, format.months(months)));
    }

    /**
     * The cumulative cost at a time in months, linear within a month, as the payback is interpolated: the
     * cost is 0 at time 0 and {@code cumulative[m]} at time m + 1.
     */
    static double costAt(double[] cumulative, double time) {
        if (cumulative.length == 0 || time <= 0) {
            return 0;
        }
        if (time >= cumulative.length) {
            return cumulative[cumulative.length - 1];
        }
        int k = (int) Math.floor(time);
        double start = k == 0 ? 0 : cumulative[k - 1];
        return start + (time - k) * (cumulative[k] - start);
    }

    /** Every component, even one no option has: the legend and its colours stay the same in every scenario. */
    List<BreakdownBar> breakdown() {
        List<BreakdownBar> bars = new ArrayList<>();
        List<OptionResult> options = evaluation.options();
        for (int i = 0; i < options.size(); i++) {
            OptionResult o = options.get(i);
            List<BreakdownBar.Segment> segments = new ArrayList<>();
            for (CostComponent c : CostComponent.values()) {
                String component = messages.get("component." + c.key());
                double amount = o.componentTotal(c);
                segments.add(new BreakdownBar.Segment(c, component, amount, messages.format(
                        "results.segment.tooltip", names.get(i), component, format.money(amount,
                                evaluation.currency()))));
            }
            bars.add(new BreakdownBar(o.id(), names.get(i), segments, o.totalCost()));
        }
        return List.copyOf(bars);
    }

    MonthlyTable monthly() {
        List<OptionResult> options = evaluation.options();
        double[][] flows = new double[options.size()][];
        for (int i = 0; i < flows.length; i++) {
            flows[i] = options.get(i).monthly();
        }
        return new MonthlyTable(names, flows, format);
    }

    /** Chart categories and legends must tell options apart, and labels need not be unique: ids are. */
    static List<String> uniqueNames(List<OptionResult> options) {
        Map<String, Integer> counts = new HashMap<>();
        options.forEach(o -> counts.merge(o.label(), 1, Integer::sum));
        return options.stream().map(o -> counts.get(o.label()) > 1 ? o.label() + " (" + o.id() + ")" : o.label())
                .toList();
    }
}
