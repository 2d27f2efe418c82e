package com.computetco.ui.risk;

import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.IntegerStringConverter;
import javafx.util.converter.LongStringConverter;

/**
 * The simulation part of the risk tab: run controls with progress and cancel, the summary sentence, how likely
 * each option is to win, the distribution of total cost and the table of percentiles. Colours are in risk.css.
 */
final class SimulationPane extends VBox {
    private final SimulationViewModel vm;
    private final Messages messages;
    private final StackedBarChart<Number, String> distribution =
            new StackedBarChart<>(new NumberAxis(), new CategoryAxis());
    private final BarChart<Number, String> probability = new BarChart<>(new NumberAxis(0, 100, 20), new CategoryAxis());
    private final InvalidationListener onResult = o -> drawResults();
    private final ObservableValue<AxisScale> axisScale;

    /** @param notice shown between the outdated notice and the summary (the ranges' warning) */
    SimulationPane(SimulationViewModel vm, Messages messages, ObservableValue<AxisScale> axisScale, Node notice) {
        super(10);
        this.vm = vm;
        this.messages = messages;
        this.axisScale = axisScale;
        for (XYChart<?, ?> chart : List.of(distribution, probability)) {
            chart.setAnimated(false);
            chart.setMinHeight(220);
            chart.setLegendVisible(false);
        }
        distribution.getStyleClass().add("risk-distribution");
        probability.getStyleClass().add("risk-probability");
        distribution.setTitle(messages.get("risk.ui.distribution"));
        probability.setTitle(messages.get("risk.ui.probability"));
        HBox charts = new HBox(10, distribution, probability);
        charts.visibleProperty().bind(Bindings.isNotEmpty(vm.rows()));
        charts.managedProperty().bind(charts.visibleProperty());
        HBox.setHgrow(distribution, Priority.ALWAYS);
        HBox.setHgrow(probability, Priority.ALWAYS);
        getChildren().addAll(controls(), summary(notice), charts, table());

        // Weak: the window rebuilds its views on a language switch and keeps the ViewModel.
        vm.resultProperty().addListener(new WeakInvalidationListener(onResult));
        vm.rows().addListener(new WeakInvalidationListener(onResult));
        axisScale.addListener(new WeakInvalidationListener(onResult));
        drawResults();
    }

    private Node controls() {
        TextField iterations = new TextField();
        iterations.setPrefColumnCount(7);
        iterations.setId("risk-iterations");
        TextFormatter<Integer> iterationsFormatter =
                new TextFormatter<>(new IntegerStringConverter(), vm.iterationsProperty().get());
        iterations.setTextFormatter(iterationsFormatter);
        iterationsFormatter.valueProperty().bindBidirectional(vm.iterationsProperty().asObject());
        TextField seed = new TextField();
        seed.setPrefColumnCount(6);
        TextFormatter<Long> seedFormatter = new TextFormatter<>(new LongStringConverter(), vm.seedProperty().get());
        seed.setTextFormatter(seedFormatter);
        seedFormatter.valueProperty().bindBidirectional(vm.seedProperty().asObject());
        Button run = new Button(messages.get("risk.ui.run"));
        run.setId("risk-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());
        Button cancel = new Button(messages.get("risk.ui.cancel"));
        cancel.setId("risk-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.setPrefWidth(160);
        Label status = new Label();
        status.setId("risk-status");
        status.textProperty().bind(vm.statusProperty());
        Label iterationsLabel = new Label(messages.get("risk.ui.iterations"));
        Label seedLabel = new Label(messages.get("risk.ui.seed"));
        for (Control c : List.of(iterationsLabel, seedLabel, run, cancel)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.getStyleClass().add("hint");
        HBox box = new HBox(8, iterationsLabel, iterations, seedLabel, seed, run, cancel, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, box, status);
    }

    private Node summary(Node notice) {
        Label sentence = new Label();
        sentence.getStyleClass().add("verdict");
        sentence.setWrapText(true);
        sentence.textProperty().bind(Bindings.when(vm.summaryProperty().isEmpty())
                .then(messages.get("risk.ui.noResults")).otherwise(vm.summaryProperty()));
        sentence.setId("risk-summary");
        Label outdated = new Label(messages.get("risk.ui.outdated"));
        outdated.getStyleClass().add("stale-banner");
        outdated.setWrapText(true);
        outdated.visibleProperty().bind(vm.resultOutdatedProperty());
        outdated.managedProperty().bind(outdated.visibleProperty());
        return new VBox(4, outdated, notice, sentence);
    }

    private Node table() {
        TableView<RiskRow> table = new TableView<>(vm.rows());
        table.setId("risk-table");
        table.getColumns().addAll(List.of(
                column("risk.column.option", RiskRow::label, false),
                column("risk.column.mean", RiskRow::mean, true),
                column("risk.column.p10", RiskRow::p10, true),
                column("risk.column.p50", RiskRow::p50, true),
                column("risk.column.p90", RiskRow::p90, true),
                column("risk.column.cheapest", RiskRow::cheapest, true),
                column("risk.column.paybackP10", RiskRow::paybackP10, true),
                column("risk.column.paybackP50", RiskRow::paybackP50, true),
                column("risk.column.paybackP90", RiskRow::paybackP90, true),
                column("risk.column.neverPaysBack", RiskRow::neverPaysBack, true)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(25);
        table.prefHeightProperty().bind(Bindings.size(vm.rows()).multiply(25).add(34));
        table.setPlaceholder(new Label(messages.get("risk.ui.noResults")));
        return table;
    }

    private TableColumn<RiskRow, String> column(String key, Function<RiskRow, String> value, boolean numeric) {
        TableColumn<RiskRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setSortable(false);
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        return column;
    }

    private void drawResults() {
        List<RiskRow> rows = vm.rows();
        // Three stacked segments per option: up to P10 (drawn invisible), P10 to P50 and P50 to P90; the series
        // order gives the bars their risk.css colours (series0, series1, series2).
        XYChart.Series<Number, String> base = new XYChart.Series<>();
        XYChart.Series<Number, String> lower = new XYChart.Series<>();
        XYChart.Series<Number, String> upper = new XYChart.Series<>();
        XYChart.Series<Number, String> cheapest = new XYChart.Series<>();
        double scale = RiskAxis.scale(axisScale.getValue());
        for (RiskRow r : rows) {
            base.getData().add(new XYChart.Data<>(r.rawP10() / scale, r.label()));
            lower.getData().add(new XYChart.Data<>((r.rawP50() - r.rawP10()) / scale, r.label()));
            upper.getData().add(new XYChart.Data<>((r.rawP90() - r.rawP50()) / scale, r.label()));
            cheapest.getData().add(new XYChart.Data<>(r.probabilityCheapest() * 100, r.label()));
        }
        distribution.getData().setAll(List.of(base, lower, upper));
        probability.getData().setAll(List.of(cheapest));
        String currency = vm.resultProperty().get() == null ? "" : vm.resultProperty().get().currency();
        distribution.getXAxis().setLabel(RiskAxis.unit(messages, axisScale.getValue(), currency));
        probability.getXAxis().setLabel("%");
    }
}
