package com.computetco.ui.results;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;

/**
 * A column heading that wraps onto more lines instead of being cut off, with the full name in a tooltip. The
 * column's own text is the full name too, which the table's column menu lists; the stylesheet shows only the
 * heading in the header.
 */
final class ColumnHeading {
    private static final double HEADER_PADDING = 8;
    private final Label label = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final TableColumn<?, ?> column;

    ColumnHeading(TableColumn<?, ?> column) {
        this.column = column;
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        label.setTooltip(tooltip);
        label.getStyleClass().add("column-heading");
        // The header asks its graphic for a height at the graphic's preferred width; tying that width to the
        // column's makes a wrapping label report the height of all its lines.
        label.prefWidthProperty().bind(column.widthProperty().subtract(HEADER_PADDING));
        StackPane box = new StackPane(label);
        box.prefWidthProperty().bind(label.prefWidthProperty());
        column.setGraphic(box);
    }

    void show(String text, String fullText) {
        label.setText(text);
        tooltip.setText(fullText);
        column.setText(fullText);
    }
}
