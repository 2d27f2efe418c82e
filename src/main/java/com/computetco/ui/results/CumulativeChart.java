package com.computetco.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Cumulative cost per option over the horizon, one line each, with a marker series per option that pays back.
 * Series are reused while the number of options stays the same, so a redraw updates values in place instead
 * of rebuilding the plot's nodes. Each option keeps its colour ({@link OptionColours}) in its line, its payback
 * marker and the legend; the legend is the chart's own compact one, listing options only and rebuilt only when
 * their names change (the built-in one listed every marker, and was rebuilt, with its styling, on every edit).
 */
final class CumulativeChart extends LineChart<Number, Number> {
    private static final String TOOLTIP = "results.tooltip";
    private static final String MARKER = "payback-marker";
    private final ResultsViewModel vm;
    private final NumberAxis months;
    private final List<Series<Number, Number>> lines = new ArrayList<>();
    private final List<Series<Number, Number>> markers = new ArrayList<>();
    private final FlowPane legend = new FlowPane(12, 2);
    private List<String> legendNames = List.of();
    private final DeferredRedraw deferred = new DeferredRedraw(this::redraw);
    private final InvalidationListener onData = o -> deferred.request();
    private final InvalidationListener onTexts = o -> showLabels();

    CumulativeChart(ResultsViewModel vm) {
        super(new NumberAxis(), new NumberAxis());
        this.vm = vm;
        this.months = (NumberAxis) getXAxis();
        getStyleClass().add("cumulative-chart");
        setCreateSymbols(false);
        // Points come in month order; the default sorts every line on every layout.
        setAxisSortingPolicy(SortingPolicy.NONE);
        setAnimated(false);
        months.setAutoRanging(false);
        months.setMinorTickVisible(false);
        getYAxis().setAnimated(false);
        legend.getStyleClass().add("option-legend");
        legend.setAlignment(Pos.CENTER);
        legend.setPadding(new Insets(4, 0, 0, 0));
        legend.prefWrapLengthProperty().bind(widthProperty().subtract(40));
        setLegend(legend);
        // Weak: the window builds a new view on a language switch and keeps the view model.
        vm.cumulativeProperty().addListener(new WeakInvalidationListener(onData));
        vm.textsProperty().addListener(new WeakInvalidationListener(onTexts));
        showLabels();
        redraw();
    }

    /** While false, new data waits until the chart is shown again. */
    BooleanProperty showingProperty() {
        return deferred.showingProperty();
    }

    private void showLabels() {
        months.setLabel(vm.texts().monthAxis());
        getYAxis().setLabel(vm.texts().cumulativeAxis());
    }

    private void redraw() {
        List<CumulativeSeries> all = vm.cumulativeProperty().get();
        double scale = vm.axisScale();
        int horizon = all.isEmpty() ? 0 : all.get(0).months();
        months.setUpperBound(Math.max(horizon, 1));
        months.setTickUnit(horizon <= 24 ? 3 : horizon <= 72 ? 6 : 12);
        List<CumulativeSeries.PaybackPoint> paybacks = all.stream().map(CumulativeSeries::payback)
                .filter(Objects::nonNull).toList();
        if (lines.size() != all.size() || markers.size() != paybacks.size()) {
            rebuild(all.size(), paybacks.size());
        }
        List<Integer> markerOwners = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CumulativeSeries s = all.get(i);
            name(lines.get(i), s.name());
            tooltip(lines.get(i).getNode()).setText(s.tooltip());
            plot(lines.get(i).getData(), s, scale);
            style(lines.get(i).getNode(), "-fx-stroke: " + OptionColours.of(i) + ";");
            if (s.payback() != null) {
                markerOwners.add(i);
            }
        }
        for (int i = 0; i < paybacks.size(); i++) {
            CumulativeSeries.PaybackPoint p = paybacks.get(i);
            Data<Number, Number> point = markers.get(i).getData().get(0);
            point.setXValue(p.months());
            point.setYValue(p.cumulativeCost() / scale);
            tooltip(point.getNode()).setText(p.name());
            // The marker's series is unnamed: its option's line already has the legend entry and colour.
            String colour = OptionColours.of(markerOwners.get(i));
            style(point.getNode(), "-fx-background-color: " + colour + ", white; -fx-background-insets: 0, 2;");
            // The chart resets a symbol's style classes whenever it (re)numbers the series.
            if (!point.getNode().getStyleClass().contains(MARKER)) {
                point.getNode().getStyleClass().add(MARKER);
            }
        }
    }

    /** Series are replaced only when their number changes; otherwise their nodes and legend stay. */
    private void rebuild(int lineCount, int markerCount) {
        getData().clear();
        lines.clear();
        markers.clear();
        for (int i = 0; i < lineCount; i++) {
            lines.add(new Series<>());
        }
        for (int i = 0; i < markerCount; i++) {
            Series<Number, Number> marker = new Series<>();
            marker.getData().add(marker());
            markers.add(marker);
        }
        getData().addAll(lines);
        getData().addAll(markers);
        for (Series<Number, Number> line : lines) {
            installTooltip(line.getNode());
        }
    }

    /** Only the options' lines, each with its colour; rebuilt when their names change, not on every edit. */
    @Override
    protected void updateLegend() {
        List<String> names = lines.stream().map(Series::getName).map(n -> n == null ? "" : n).toList();
        if (names.equals(legendNames) && getLegend() == legend) {
            return;
        }
        legendNames = names;
        legend.getChildren().clear();
        for (int i = 0; i < names.size(); i++) {
            Region swatch = new Region();
            swatch.getStyleClass().add("option-swatch");
            swatch.setStyle("-fx-background-color: " + OptionColours.of(i) + ";");
            swatch.setMinSize(14, 4);
            swatch.setPrefSize(14, 4);
            swatch.setMaxSize(14, 4);
            Label item = new Label(names.get(i), swatch);
            item.getStyleClass().add("option-legend-item");
            legend.getChildren().add(item);
        }
        if (getLegend() != legend) {
            setLegend(legend);
        }
    }

    /** Sets an inline style only when it differs: a new style makes JavaFX restyle the node. */
    private static void style(Node node, String style) {
        if (node != null && !style.equals(node.getStyle())) {
            node.setStyle(style);
        }
    }

    /** createSymbols is off for the lines; a data item that brings its own node is drawn all the same. */
    private static Data<Number, Number> marker() {
        Data<Number, Number> point = new Data<>(0, 0);
        StackPane symbol = new StackPane();
        installTooltip(symbol);
        point.setNode(symbol);
        return point;
    }

    private static void installTooltip(Node node) {
        Tooltip tooltip = new Tooltip();
        Tooltip.install(node, tooltip);
        node.getProperties().put(TOOLTIP, tooltip);
    }

    private static Tooltip tooltip(Node node) {
        return (Tooltip) node.getProperties().get(TOOLTIP);
    }

    /** Renaming a series rebuilds the legend, so only a changed name is set. */
    private static void name(Series<Number, Number> series, String name) {
        if (!Objects.equals(series.getName(), name)) {
            series.setName(name);
        }
    }

    /** Updates points in place when the horizon is unchanged: cheaper than replacing 240 data items a line. */
    private static void plot(ObservableList<Data<Number, Number>> data, CumulativeSeries s, double scale) {
        int n = s.months() + 1;
        if (data.size() != n) {
            List<Data<Number, Number>> points = new ArrayList<>(n);
            points.add(new Data<>(0, 0.0));
            for (int m = 0; m < s.months(); m++) {
                points.add(new Data<>(m + 1, s.value(m) / scale));
            }
            data.setAll(points);
            return;
        }
        for (int m = 0; m < s.months(); m++) {
            data.get(m + 1).setYValue(s.value(m) / scale);
        }
    }
}
