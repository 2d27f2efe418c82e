package com.computetco.ui.preset;

import com.computetco.i18n.Messages;
import com.computetco.io.preset.Preset;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The preset chooser: the list on top, what the selected one changes and why (with its source) below. */
public final class PresetDialog {
    private PresetDialog() {
    }

    /** Shows the dialog; on Apply, applies the chosen preset and hands the resulting sentence to {@code status}. */
    public static void show(Window owner, PresetViewModel vm, Messages messages, Consumer<String> status) {
        Dialog<Preset> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("preset.dialog.title"));
        dialog.setHeaderText(messages.get("preset.dialog.heading"));
        ListView<Preset> list = new ListView<>();
        list.setId("preset-list");
        list.getItems().setAll(vm.presets());
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.title(item));
            }
        });
        Label details = new Label();
        details.setId("preset-details");
        details.setWrapText(true);
        details.setPrefWidth(560);
        details.setMinHeight(150);
        list.getSelectionModel().selectedItemProperty().addListener(
                (o, was, now) -> details.setText(now == null ? "" : vm.details(now)));
        list.getSelectionModel().selectFirst();
        VBox content = new VBox(10, list, details);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(messages.get("preset.dialog.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("preset.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, cancel);
        dialog.setResultConverter(b -> b == apply ? list.getSelectionModel().getSelectedItem() : null);
        Optional<Preset> chosen = dialog.showAndWait();
        chosen.ifPresent(p -> status.accept(vm.apply(p)));
    }
}
