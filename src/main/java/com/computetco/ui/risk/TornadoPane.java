package com.computetco.ui.risk;

import com.computetco.engine.risk.TornadoBar;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.text.RiskTexts;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The sensitivity tornado of the chosen option, largest effect on top; ⚑ marks an input that flips the ranking. */
final class TornadoPane extends VBox {
    private final TornadoViewModel vm;
    private final Messages messages;
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final Label note = new Label();
    private final InvalidationListener onTornado = o -> draw();
    private final ObservableValue<AxisScale> axisScale;

    TornadoPane(TornadoViewModel vm, Messages messages, ObservableValue<AxisScale> axisScale) {
        super(4);
        this.vm = vm;
        this.messages = messages;
        this.axisScale = axisScale;
        ComboBox<String> choice = new ComboBox<>(vm.choices());
        choice.setId("risk-tornado-option");
        choice.valueProperty().bindBidirectional(vm.optionProperty());
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
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        Label failure = new Label();
        failure.getStyleClass().add("hint");
        failure.textProperty().bind(vm.failureProperty());
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        chart.setId("risk-tornado");
        chart.setAnimated(false);
        chart.setMinHeight(320);
        HBox head = new HBox(8, title, choice);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, note, failure, chart);
        // Weak: the window rebuilds its views on a language switch and keeps the ViewModel.
        vm.tornadoProperty().addListener(new WeakInvalidationListener(onTornado));
        axisScale.addListener(new WeakInvalidationListener(onTornado));
        draw();
    }

    private void draw() {
        TornadoResult result = vm.tornadoProperty().get();
        if (result == null) {
            chart.getData().clear();
            note.setText("");
            return;
        }
        RiskTexts texts = new RiskTexts(messages, new AmountFormat(messages.locale(), false));
        XYChart.Series<Number, String> low = new XYChart.Series<>();
        low.setName(messages.get("risk.ui.series.low"));
        XYChart.Series<Number, String> high = new XYChart.Series<>();
        high.setName(messages.get("risk.ui.series.high"));
        double scale = RiskAxis.scale(axisScale.getValue());
        List<TornadoBar> bars = result.bars();
        // Largest bar on top: a category axis draws its first category at the bottom.
        for (int i = bars.size() - 1; i >= 0; i--) {
            TornadoBar bar = bars.get(i);
            String name = texts.inputName(bar.input()) + (bar.flips() ? " ⚑" : "");
            low.getData().add(new XYChart.Data<>(bar.effectLow() / scale, name));
            high.getData().add(new XYChart.Data<>(bar.effectHigh() / scale, name));
        }
        chart.getData().setAll(List.of(low, high));
        chart.getXAxis().setLabel(RiskAxis.unit(messages, axisScale.getValue(), result.currency()));
        note.setText(messages.format("risk.ui.tornadoAgainst", result.baselineLabel()) + "  "
                + messages.get("risk.ui.flips"));
    }
}
