package com.computetco.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Each option's cost stacked by component; the residual value stacks below zero. Series i is always
 * component i, so the stylesheet gives each component one colour in every scenario (the chart's own colours
 * repeat after eight). While the options stay the same, a redraw only changes values and keeps the nodes.
 */
final class BreakdownChart extends StackedBarChart<String, Number> {
    private static final String TOOLTIP = "results.tooltip";
    private static final String NEGATIVE = "negative";
    private final ResultsViewModel vm;
    private final CategoryAxis options;
    private final DeferredRedraw deferred = new DeferredRedraw(this::redraw);
    private final InvalidationListener onData = o -> deferred.request();
    private final InvalidationListener onTexts = o -> showLabel();

    BreakdownChart(ResultsViewModel vm) {
        super(new CategoryAxis(), new NumberAxis());
        this.vm = vm;
        this.options = (CategoryAxis) getXAxis();
        getStyleClass().add("breakdown-chart");
        setAnimated(false);
        options.setAnimated(false);
        getYAxis().setAnimated(false);
        // Weak: the window builds a new view on a language switch and keeps the view model.
        vm.breakdownProperty().addListener(new WeakInvalidationListener(onData));
        vm.textsProperty().addListener(new WeakInvalidationListener(onTexts));
        showLabel();
        redraw();
    }

    /** While false, new data waits until the chart is shown again. */
    BooleanProperty showingProperty() {
        return deferred.showingProperty();
    }

    private void showLabel() {
        getYAxis().setLabel(vm.texts().breakdownAxis());
    }

    private void redraw() {
        List<BreakdownBar> bars = vm.breakdownProperty().get();
        List<String> categories = bars.stream().map(BreakdownBar::category).toList();
        int components = bars.isEmpty() ? 0 : bars.get(0).segments().size();
        boolean sameShape = getData().size() == components && options.getCategories().equals(categories)
                && getData().stream().allMatch(s -> s.getData().size() == categories.size());
        if (!sameShape) {
            // Categories first: a stacked bar chart places bars by the axis's categories.
            getData().clear();
            options.getCategories().setAll(categories);
            List<Series<String, Number>> series = new ArrayList<>();
            for (int j = 0; j < components; j++) {
                series.add(new Series<>());
            }
            for (BreakdownBar bar : bars) {
                for (int j = 0; j < components; j++) {
                    series.get(j).getData().add(bar(bar.category()));
                }
            }
            getData().setAll(series);
        }
        double scale = vm.axisScale();
        for (int j = 0; j < components; j++) {
            Series<String, Number> series = getData().get(j);
            String name = bars.get(0).segments().get(j).name();
            if (!Objects.equals(series.getName(), name)) {
                series.setName(name);
            }
            for (int i = 0; i < bars.size(); i++) {
                BreakdownBar.Segment segment = bars.get(i).segments().get(j);
                Data<String, Number> item = series.getData().get(i);
                item.setYValue(segment.amount() / scale);
                Node node = item.getNode();
                ((Tooltip) node.getProperties().get(TOOLTIP)).setText(segment.tooltip());
                // The chart stacks a bar below zero by its "negative" style class, which it keeps up to date
                // only for some changes of sign and drops whenever the series list changes; so set it here.
                node.getStyleClass().removeAll(NEGATIVE);
                if (segment.amount() < 0) {
                    node.getStyleClass().add(NEGATIVE);
                }
            }
        }
    }

    /** A bar segment that brings its node, so its tooltip can be installed once. */
    private static Data<String, Number> bar(String category) {
        Data<String, Number> item = new Data<>(category, 0);
        StackPane node = new StackPane();
        Tooltip tooltip = new Tooltip();
        Tooltip.install(node, tooltip);
        node.getProperties().put(TOOLTIP, tooltip);
        item.setNode(node);
        return item;
    }
}
