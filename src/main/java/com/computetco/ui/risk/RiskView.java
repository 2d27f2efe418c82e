package com.computetco.ui.risk;

import com.computetco.i18n.Messages;
import java.net.URL;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The risk tab, one pane per part of the {@link RiskViewModel}: the simulation, the tornado, the break-even
 * sentences and the ranges.
 */
public final class RiskView extends ScrollPane {

    public RiskView(RiskViewModel vm) {
        Messages messages = vm.messages();
        getStyleClass().add("risk-view");
        getStylesheets().add(stylesheet());
        RangesPane ranges = new RangesPane(vm.ranges(), messages);
        VBox content = new VBox(10,
                new SimulationPane(vm.simulation(), messages, vm.axisScaleProperty(), ranges.rangeWarning()),
                new TornadoPane(vm.tornado(), messages, vm.axisScaleProperty()),
                new BreakEvenPane(vm.breakEven(), messages),
                ranges);
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);
    }

    private static String stylesheet() {
        URL css = RiskView.class.getResource("risk.css");
        return Objects.requireNonNull(css, "risk.css is missing from the jar").toExternalForm();
    }
}
