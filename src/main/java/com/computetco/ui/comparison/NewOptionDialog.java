package com.computetco.ui.comparison;

import com.computetco.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * New option…: asks which kind of quote arrived and from whom. The quote's figures are then typed into the new
 * column of the side-by-side sheet, which has every field with its unit, tooltip and the file rules' checks.
 */
public final class NewOptionDialog {
    /** The user's answer. */
    public record Choice(QuoteTemplates.Kind kind, String name) {
    }

    private NewOptionDialog() {
    }

    public static Optional<Choice> ask(Window owner, Messages messages) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("newOption.title"));
        dialog.setHeaderText(messages.get("newOption.header"));
        ComboBox<QuoteTemplates.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(QuoteTemplates.Kind.values());
        kind.getSelectionModel().select(0);
        kind.setId("new-option-kind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(QuoteTemplates.Kind k) {
                return k == null ? "" : messages.get("newOption.kind." + k.name());
            }

            @Override
            public QuoteTemplates.Kind fromString(String text) {
                return null;
            }
        });
        TextField name = new TextField();
        name.setId("new-option-name");
        name.setPromptText(messages.get("newOption.defaultName"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("newOption.kind")), kind);
        grid.addRow(1, new Label(messages.get("newOption.name")), name);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(kind.getValue(), name.getText()) : null);
        return dialog.showAndWait();
    }
}
