package com.computetco.ui.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
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
    /** The option column takes what the figures leave; below this it cuts labels (a tooltip shows them). */
    private static final double OPTION_MIN_WIDTH = 100;
    /** Room for the vertical scroll bar and the table's borders, so filling the width never adds a scroll bar. */
    private static final double EDGE_ALLOWANCE = 20;
    private final Map<ResultColumn, ColumnHeading> headings = new EnumMap<>(ResultColumn.class);
    private final Map<ResultColumn, TableColumn<ResultRow, ResultRow>> columns = new EnumMap<>(ResultColumn.class);
    private final ColumnFit fit = new ColumnFit();
    private final ResultsViewModel vm;
    private final InvalidationListener onTexts = o -> showHeadings();
    private final InvalidationListener onRows = o -> fitColumns();

    SummaryTable(ResultsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("summary-table");
        // A sorted view, since the view model's list is read-only and keeps the scenario's order.
        SortedList<ResultRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        // Not a constrained policy: it shares width in proportion and, when the figures need more than there
        // is, gives up and cuts them. Figures get what they need; the option column fills the rest.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (ResultColumn c : ResultColumn.values()) {
            getColumns().add(column(c));
        }
        fillWithOptionColumn();
        setRowFactory(table -> new Row());
        setTableMenuButtonVisible(true);
        setPlaceholder(new Label(""));
        // Weak: the window builds a new view on a language switch and keeps the view model.
        vm.textsProperty().addListener(new WeakInvalidationListener(onTexts));
        vm.rows().addListener(new WeakInvalidationListener(onRows));
        showHeadings();
        // The type size is known once the cells are styled: fit again then (larger in presentation mode).
        needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && lookup(".table-cell") instanceof javafx.scene.control.Labeled cell
                    && cell.getFont().getSize() != fittedSize) {
                fittedSize = cell.getFont().getSize();
                javafx.application.Platform.runLater(this::fitColumns);
            }
        });
    }

    private double fittedSize;

    private TableColumn<ResultRow, ResultRow> column(ResultColumn c) {
        TableColumn<ResultRow, ResultRow> column = new TableColumn<>();
        column.setId("result-" + c.key());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(c.order());
        column.setCellFactory(col -> new Cell(c));
        if (c == ResultColumn.OPTION) {
            column.setMinWidth(OPTION_MIN_WIDTH);
            column.setResizable(false);
        }
        if (c.numeric()) {
            column.getStyleClass().add("numeric");
        }
        headings.put(c, new ColumnHeading(column));
        columns.put(c, column);
        return column;
    }

    private void showHeadings() {
        ResultsTexts texts = vm.texts();
        headings.forEach((c, heading) -> heading.show(texts.heading(c).text(), texts.heading(c).fullText()));
        fitColumns();
    }

    private void fillWithOptionColumn() {
        List<TableColumn<ResultRow, ResultRow>> figures = columns.entrySet().stream()
                .filter(e -> e.getKey() != ResultColumn.OPTION).map(Map.Entry::getValue).toList();
        List<Observable> dependencies = new ArrayList<>(List.of(widthProperty()));
        figures.forEach(f -> dependencies.add(f.widthProperty()));
        columns.get(ResultColumn.OPTION).prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> getWidth() - EDGE_ALLOWANCE - figures.stream().mapToDouble(TableColumn::getWidth).sum(),
                dependencies.toArray(Observable[]::new)));
    }

    /** Every column but the option's gets the width its figures and heading need, at least. */
    private void fitColumns() {
        if (lookup(".table-cell") instanceof javafx.scene.control.Labeled cell) {
            fit.useFontSize(cell.getFont().getSize());
        }
        ResultsTexts texts = vm.texts();
        Locale locale = texts.locale();
        for (ResultColumn c : ResultColumn.values()) {
            if (c != ResultColumn.OPTION) {
                double width = fit.width(vm.rows().stream().map(c::text).toList(), texts.heading(c).text(), locale);
                columns.get(c).setMinWidth(width);
                columns.get(c).setPrefWidth(width);
            }
        }
    }

    private static final class Cell extends TableCell<ResultRow, ResultRow> {
        private final ResultColumn column;
        private final Tooltip fullLabel = new Tooltip();

        Cell(ResultColumn column) {
            this.column = column;
            if (column == ResultColumn.OPTION) {
                getStyleClass().add("option-cell");
            }
        }

        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : column.text(row));
            // Labels are long and the option column narrow at 1024 px: the tooltip shows a cut-off one whole.
            // One tooltip per cell, reused: creating tooltips on every update dominated a redraw.
            String note = empty || row == null ? "" : switch (column) {
                case OPTION -> row.labelText();
                case PAYBACK, DISCOUNTED_PAYBACK -> row.paybackNote();
                case BREAK_EVEN -> row.breakEvenNote();
                case SIZE -> row.sizeNote();
                default -> "";
            };
            if (!note.isEmpty()) {
                fullLabel.setText(note);
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
