package com.computetco.ui.risk;

import com.computetco.i18n.Messages;
import com.computetco.ui.fields.FieldControls;
import com.computetco.ui.fields.FieldViewModel;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Monte Carlo ranges as fields: the scenario's, then each option's. */
final class RangesPane extends TitledPane {
    private final RangesViewModel vm;
    private final Messages messages;
    private final VBox perOption = new VBox(6);
    private final ListChangeListener<OptionRanges> onRanges = c -> fillOptionRanges();

    RangesPane(RangesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
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
        // Weak: the window rebuilds its views on a language switch and keeps the ViewModel.
        vm.optionRanges().addListener(new WeakListChangeListener<>(onRanges));
        fillOptionRanges();
        Label optionTitle = new Label(messages.get("risk.ui.optionRanges"));
        optionTitle.getStyleClass().add("group-title");
        setText(messages.get("risk.ui.ranges"));
        setContent(new VBox(6, grid, optionTitle, perOption));
        setExpanded(true);
    }

    /**
     * The electricity range that misses the scenario's price, with the offer to centre it (issue 10 §5); placed
     * by the tab near the simulation's summary, where its consequence shows.
     */
    Node rangeWarning() {
        Label text = new Label();
        text.setId("risk-range-warning");
        text.getStyleClass().add("range-warning");
        text.setWrapText(true);
        text.textProperty().bind(vm.rangeWarningProperty());
        Button centre = new Button(messages.get("risk.centreRange"));
        centre.setId("risk-centre-range");
        centre.setMinWidth(Region.USE_PREF_SIZE);
        centre.setOnAction(e -> vm.centreElectricityRange());
        HBox box = new HBox(8, text, centre);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.rangeWarningProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void fillOptionRanges() {
        perOption.getChildren().clear();
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
            perOption.getChildren().add(line);
        }
    }
}
