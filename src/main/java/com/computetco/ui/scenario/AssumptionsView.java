package com.computetco.ui.scenario;

import com.computetco.i18n.Messages;
import com.computetco.ui.fields.FieldControls;
import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.fields.FieldViewModel;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The assumptions form: one titled group per part of the scenario, each field with its unit and message. */
public final class AssumptionsView extends ScrollPane {
    private static final double FIELD_WIDTH = 110;
    /** The widest a Chinese label may make the label column before it breaks (before its bracketed gloss). */
    private static final double LABEL_WIDEST = 132;
    private final AssumptionsViewModel vm;
    private final Messages messages;
    private final GridPane rates = grid();
    private final ListChangeListener<FieldViewModel> onRates = c -> fillRates();

    public AssumptionsView(AssumptionsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        VBox groups = new VBox(6);
        groups.setPadding(new Insets(6));
        for (String group : vm.groups()) {
            GridPane grid = grid();
            int row = 0;
            if ("tax".equals(group)) {
                row = TaxSwitch.addTo(grid, vm.tax(), messages);
            }
            for (FieldSpec spec : vm.specs()) {
                if (spec.group().equals(group)) {
                    addRow(grid, row++, vm.field(spec.path()), spec.path());
                }
            }
            groups.getChildren().add(titled("group." + group, grid));
            if ("general".equals(group)) {
                groups.getChildren().add(titled("group.exchangeRates", rates));
            }
        }
        // Weak: a language switch builds a new view and drops this one, while the ViewModel lives on.
        vm.rateFields().addListener(new WeakListChangeListener<>(onRates));
        fillRates();
        setContent(groups);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("assumptions");
    }

    private TitledPane titled(String key, GridPane content) {
        TitledPane pane = new TitledPane(messages.get(key), content);
        pane.setCollapsible(true);
        return pane;
    }

    private void fillRates() {
        rates.getChildren().clear();
        int row = 0;
        for (FieldViewModel field : vm.rateFields()) {
            String code = field.path().substring("exchangeRates.".length());
            Label label = new Label(code + " → " + vmCurrency());
            label.setTooltip(FieldControls.tooltip(messages, "exchangeRates"));
            rates.add(label, 0, row);
            rates.add(FieldControls.editor(field, messages, FIELD_WIDTH), 1, row++);
        }
        if (row == 0) {
            rates.add(new Label(messages.get("assumptions.noRates")), 0, 0, 2, 1);
        }
    }

    private String vmCurrency() {
        return vm.field("currency").textProperty().get();
    }

    private void addRow(GridPane grid, int row, FieldViewModel field, String key) {
        Label label = FieldControls.formLabel(messages, key, LABEL_WIDEST);
        label.setTooltip(FieldControls.tooltip(messages, key));
        label.setLabelFor(null);
        grid.add(label, 0, row);
        grid.add(FieldControls.editor(field, messages, FIELD_WIDTH), 1, row);
        GridPane.setValignment(label, VPos.TOP);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(100);
        labels.setPrefWidth(120);
        labels.setHgrow(Priority.SOMETIMES);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, editors);
        return grid;
    }
}
