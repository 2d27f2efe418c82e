package com.computetco.ui.scenario;

import com.computetco.i18n.Messages;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;

/**
 * The first row of the Tax panel: a check box that adds or removes the tax block. The panel's fields are
 * disabled while there is no block, since a value typed there would have nothing to belong to.
 */
final class TaxSwitch {
    private TaxSwitch() {
    }

    /** Adds the switch as row 0 of the panel's grid and returns the next free row. */
    static int addTo(GridPane grid, TaxBlockViewModel tax, Messages messages) {
        CheckBox box = new CheckBox(messages.get("tax.switch"));
        box.setId("tax-switch");
        box.setWrapText(true);
        Tooltip tip = new Tooltip(messages.get("tax.switch.tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        box.setTooltip(tip);
        box.setSelected(tax.enabledProperty().get());
        box.setOnAction(e -> {
            tax.setEnabled(box.isSelected());
            box.setSelected(tax.enabledProperty().get());
        });
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.textProperty().bind(tax.messageProperty());
        message.visibleProperty().bind(tax.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        grid.add(box, 0, 0, 2, 1);
        grid.add(message, 0, 1, 2, 1);
        ChangeListener<Boolean> follow = (o, was, on) -> {
            box.setSelected(on);
            enableFields(grid, box, message, on);
        };
        // The grid keeps the listener alive; the ViewModel holds it weakly (views are rebuilt on a language switch).
        grid.getProperties().put(TaxSwitch.class, follow);
        tax.enabledProperty().addListener(new WeakChangeListener<>(follow));
        // Fields are added after this row: disable them once they are in the grid.
        grid.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c ->
                enableFields(grid, box, message, tax.enabledProperty().get()));
        return 2;
    }

    private static void enableFields(GridPane grid, CheckBox box, Label message, boolean on) {
        for (Node node : grid.getChildren()) {
            if (node != box && node != message) {
                node.setDisable(!on);
            }
        }
    }
}
