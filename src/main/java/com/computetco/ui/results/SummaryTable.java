package com.computetco.ui.results;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The results table: one row per option, the cheapest highlighted and the baseline marked. */
final class SummaryTable extends TableView<ResultRow> {
    static final PseudoClass CHEAPEST = PseudoClass.getPseudoClass("cheapest");
    static final PseudoClass BASELINE = PseudoClass.getPseudoClass("baseline");
    private static final double OPTION_WIDTH = 190;
    private static final double FIGURE_WIDTH = 90;
    private final Map<ResultColumn, ColumnHeading> headings = new EnumMap<>(ResultColumn.class);
    private final ResultsViewModel vm;
    private final InvalidationListener onTexts = o -> showHeadings();

    SummaryTable(ResultsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("summary-table");
        // A sorted view, since the view model's list is read-only and keeps the scenario's order.
        SortedList<ResultRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (ResultColumn c : ResultColumn.values()) {
            getColumns().add(column(c));
        }
        setRowFactory(table -> new Row());
        setPlaceholder(new Label(""));
        // Weak: the window builds a new view on a language switch and keeps the view model.
        vm.textsProperty().addListener(new WeakInvalidationListener(onTexts));
        showHeadings();
    }

    private TableColumn<ResultRow, ResultRow> column(ResultColumn c) {
        TableColumn<ResultRow, ResultRow> column = new TableColumn<>();
        column.setId("result-" + c.key());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(c.order());
        column.setCellFactory(col -> new Cell(c));
        column.setPrefWidth(c == ResultColumn.OPTION ? OPTION_WIDTH : FIGURE_WIDTH);
        if (c.numeric()) {
            column.getStyleClass().add("numeric");
        }
        headings.put(c, new ColumnHeading(column));
        return column;
    }

    private void showHeadings() {
        ResultsTexts texts = vm.texts();
        headings.forEach((c, heading) -> heading.show(texts.heading(c).text(), texts.heading(c).fullText()));
    }

    private static final class Cell extends TableCell<ResultRow, ResultRow> {
        private final ResultColumn column;
        private final Tooltip fullLabel = new Tooltip();

        Cell(ResultColumn column) {
            this.column = column;
        }

        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : column.text(row));
            // Labels are long and the option column narrow at 1024 px: the tooltip shows a cut-off one whole.
            // One tooltip per cell, reused: creating tooltips on every update dominated a redraw.
            if (column == ResultColumn.OPTION && !empty && row != null) {
                fullLabel.setText(row.labelText());
                setTooltip(fullLabel);
            } else {
                setTooltip(null);
            }
        }
    }

    private static final class Row extends TableRow<ResultRow> {
        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(CHEAPEST, !empty && row != null && row.cheapest());
            pseudoClassStateChanged(BASELINE, !empty && row != null && row.baseline());
        }
    }
}
