package com.computetco.ui.risk;

import com.computetco.engine.risk.TornadoBar;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.Messages;
import com.computetco.i18n.RiskTexts;
import com.computetco.i18n.AmountFormat;
import com.computetco.ui.common.FieldControls;
import com.computetco.ui.common.FieldViewModel;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.IntegerStringConverter;
import javafx.util.converter.LongStringConverter;

/**
 * The risk tab, drawn from the {@link RiskViewModel}: run controls, how likely each option is to win, the
 * distribution of total cost, the sensitivity tornado, the break-even sentences and the ranges themselves.
 */
public final class RiskView extends ScrollPane {
    private final RiskViewModel vm;
    private final Messages messages;
    private final StackedBarChart<Number, String> distribution;
    private final BarChart<Number, String> probability;
    private final BarChart<Number, String> tornadoChart;
    private final Label tornadoNote = new Label();
    private final VBox breakEven = new VBox(4);
    private final InvalidationListener onResult = o -> drawResults();
    private final InvalidationListener onTornado = o -> drawTornado();
    private final InvalidationListener onScale = o -> {
        drawResults();
        drawTornado();
    };
    private final ListChangeListener<String> onBreakEven = c -> drawBreakEven();

    public RiskView(RiskViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        distribution = new StackedBarChart<>(new NumberAxis(), new CategoryAxis());
        probability = new BarChart<>(new NumberAxis(0, 100, 20), new CategoryAxis());
        tornadoChart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        for (XYChart<?, ?> chart : List.of(distribution, probability, tornadoChart)) {
            chart.setAnimated(false);
            chart.setMinHeight(220);
        }
        distribution.setLegendVisible(false);
        probability.setLegendVisible(false);
        distribution.setTitle(messages.get("risk.ui.distribution"));
        probability.setTitle(messages.get("risk.ui.probability"));
        getStyleClass().add("risk-view");

        HBox charts = new HBox(10, distribution, probability);
        charts.visibleProperty().bind(Bindings.isNotEmpty(vm.rows()));
        charts.managedProperty().bind(charts.visibleProperty());
        HBox.setHgrow(distribution, Priority.ALWAYS);
        HBox.setHgrow(probability, Priority.ALWAYS);
        VBox content = new VBox(10, controls(), summary(), charts, table(), tornado(), breakEvenBox(), ranges());
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);

        // Weak: the window rebuilds its views on a language switch and keeps the ViewModel.
        vm.resultProperty().addListener(new WeakInvalidationListener(onResult));
        vm.rows().addListener(new WeakInvalidationListener(onResult));
        vm.tornadoProperty().addListener(new WeakInvalidationListener(onTornado));
        vm.axisScaleProperty().addListener(new WeakInvalidationListener(onScale));
        vm.breakEvenSentences().addListener(new WeakListChangeListener<>(onBreakEven));
        drawResults();
        drawTornado();
        drawBreakEven();
    }

    private Node controls() {
        TextField iterations = new TextField();
        iterations.setPrefColumnCount(7);
        iterations.setId("risk-iterations");
        iterations.setTextFormatter(new javafx.scene.control.TextFormatter<>(new IntegerStringConverter(),
                vm.iterationsProperty().get()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TextFormatter<Integer> itFormatter =
                (javafx.scene.control.TextFormatter<Integer>) iterations.getTextFormatter();
        itFormatter.valueProperty().bindBidirectional(vm.iterationsProperty().asObject());
        TextField seed = new TextField();
        seed.setPrefColumnCount(6);
        javafx.scene.control.TextFormatter<Long> seedFormatter =
                new javafx.scene.control.TextFormatter<>(new LongStringConverter(), vm.seedProperty().get());
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
        status.textProperty().bind(vm.statusProperty());
        Label iterationsLabel = new Label(messages.get("risk.ui.iterations"));
        Label seedLabel = new Label(messages.get("risk.ui.seed"));
        for (javafx.scene.control.Control c : List.of(iterationsLabel, seedLabel, run, cancel)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.getStyleClass().add("hint");
        HBox box = new HBox(8, iterationsLabel, iterations, seedLabel, seed, run, cancel, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, box, status);
    }

    private Node summary() {
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
        return new VBox(4, outdated, rangeWarning(), sentence);
    }

    /** The electricity range that misses the scenario's price, with the offer to centre it (issue 10 §5). */
    private Node rangeWarning() {
        Label text = new Label();
        text.setId("risk-range-warning");
        text.getStyleClass().add("range-warning");
        text.setWrapText(true);
        text.textProperty().bind(vm.rangeWarningProperty());
        Button centre = new Button(messages.get("risk.centreRange"));
        centre.setId("risk-centre-range");
        centre.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        centre.setOnAction(e -> vm.centreElectricityRange());
        HBox box = new HBox(8, text, centre);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.rangeWarningProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value.apply(c.getValue())));
        column.setSortable(false);
        if (numeric) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    private Node tornado() {
        ComboBox<String> choice = new ComboBox<>(vm.tornadoChoices());
        choice.setId("risk-tornado-option");
        choice.valueProperty().bindBidirectional(vm.tornadoOptionProperty());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : vm.optionLabel(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Label title = new Label(messages.get("risk.ui.tornado"));
        title.getStyleClass().add("group-title");
        tornadoNote.setWrapText(true);
        tornadoNote.getStyleClass().add("hint");
        tornadoChart.setMinHeight(320);
        HBox head = new HBox(8, title, choice);
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, head, tornadoNote, tornadoChart);
    }

    private Node breakEvenBox() {
        Label title = new Label(messages.get("risk.ui.breakEven"));
        title.getStyleClass().add("group-title");
        return new VBox(4, title, breakEven);
    }

    private Node ranges() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (FieldViewModel field : vm.scenarioRanges()) {
            Label label = new Label(FieldControls.label(messages, field.key()));
            label.setTooltip(FieldControls.tooltip(messages, field.key()));
            grid.add(label, 0, row);
            grid.add(FieldControls.editor(field, messages, 110), 1, row++);
        }
        VBox perOption = new VBox(6);
        ListChangeListener<OptionRanges> onRanges = c -> fillOptionRanges(perOption);
        perOption.setUserData(onRanges);
        vm.optionRanges().addListener(new WeakListChangeListener<>(onRanges));
        fillOptionRanges(perOption);
        Label optionTitle = new Label(messages.get("risk.ui.optionRanges"));
        optionTitle.getStyleClass().add("group-title");
        TitledPane pane = new TitledPane(messages.get("risk.ui.ranges"), new VBox(6, grid, optionTitle, perOption));
        pane.setExpanded(true);
        return pane;
    }

    private void fillOptionRanges(VBox box) {
        box.getChildren().clear();
        for (OptionRanges ranges : vm.optionRanges()) {
            FlowPane line = new FlowPane(8, 4);
            Label label = new Label(ranges.label());
            label.setMinWidth(180);
            line.getChildren().add(label);
            for (FieldViewModel field : ranges.fields()) {
                Node editor = FieldControls.editor(field, messages, 70);
                Tooltip.install(editor, FieldControls.tooltip(messages, field.key()));
                line.getChildren().add(new VBox(new Label(FieldControls.label(messages, field.key())), editor));
            }
            box.getChildren().add(line);
        }
    }

    private double scale() {
        return vm.axisScale().divisor();
    }

    private String unit() {
        String currency = vm.resultProperty().get() == null ? "" : vm.resultProperty().get().currency();
        return messages.get(vm.axisScale().unitKey()) + " " + currency;
    }

    private void drawResults() {
        List<RiskRow> rows = vm.rows();
        XYChart.Series<Number, String> base = new XYChart.Series<>();
        XYChart.Series<Number, String> lower = new XYChart.Series<>();
        XYChart.Series<Number, String> upper = new XYChart.Series<>();
        XYChart.Series<Number, String> cheapest = new XYChart.Series<>();
        double scale = scale();
        for (RiskRow r : rows) {
            base.getData().add(new XYChart.Data<>(r.rawP10() / scale, r.label()));
            lower.getData().add(new XYChart.Data<>((r.rawP50() - r.rawP10()) / scale, r.label()));
            upper.getData().add(new XYChart.Data<>((r.rawP90() - r.rawP50()) / scale, r.label()));
            cheapest.getData().add(new XYChart.Data<>(r.probabilityCheapest() * 100, r.label()));
        }
        distribution.getData().setAll(List.of(base, lower, upper));
        probability.getData().setAll(List.of(cheapest));
        distribution.getXAxis().setLabel(unit());
        probability.getXAxis().setLabel("%");
        // The first segment only carries the bars out to P10: it is drawn invisible.
        base.getData().forEach(d -> {
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-bar-fill: transparent;");
            }
        });
        lower.getData().forEach(d -> {
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-bar-fill: #4f86c6;");
            }
        });
        upper.getData().forEach(d -> {
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-bar-fill: #9cc0e6;");
            }
        });
    }

    private void drawTornado() {
        TornadoResult result = vm.tornadoProperty().get();
        if (result == null) {
            tornadoChart.getData().clear();
            tornadoNote.setText("");
            return;
        }
        AmountFormat format = new AmountFormat(messages.locale(), false);
        RiskTexts texts = new RiskTexts(messages, format);
        XYChart.Series<Number, String> low = new XYChart.Series<>();
        low.setName(messages.get("risk.ui.series.low"));
        XYChart.Series<Number, String> high = new XYChart.Series<>();
        high.setName(messages.get("risk.ui.series.high"));
        double scale = scale();
        List<TornadoBar> bars = result.bars();
        // Largest bar on top: a category axis draws its first category at the bottom.
        for (int i = bars.size() - 1; i >= 0; i--) {
            TornadoBar bar = bars.get(i);
            String name = texts.inputName(bar.input()) + (bar.flips() ? " ⚑" : "");
            low.getData().add(new XYChart.Data<>(bar.effectLow() / scale, name));
            high.getData().add(new XYChart.Data<>(bar.effectHigh() / scale, name));
        }
        tornadoChart.getData().setAll(List.of(low, high));
        tornadoChart.getXAxis().setLabel(unit().isBlank() ? result.currency() : messages.get(
                vm.axisScale().unitKey()) + " "
                + result.currency());
        tornadoNote.setText(messages.format("risk.ui.tornadoAgainst", result.baselineLabel()) + "  "
                + messages.get("risk.ui.flips"));
    }

    private void drawBreakEven() {
        breakEven.getChildren().clear();
        for (String sentence : vm.breakEvenSentences()) {
            Label label = new Label("• " + sentence);
            label.setWrapText(true);
            breakEven.getChildren().add(label);
        }
    }
}
