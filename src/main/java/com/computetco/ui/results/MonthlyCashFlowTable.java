package com.computetco.ui.results;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * One row per month, one column per option. A row is only its month index and cells format their figure when
 * shown, so a long horizon with many options costs no more than the visible part.
 */
final class MonthlyCashFlowTable extends TableView<Integer> {
    private static final double ROW_HEIGHT = 24;
    private static final double MONTH_WIDTH = 70;
    private static final double OPTION_WIDTH = 130;
    private final ResultsViewModel vm;
    private final TableColumn<Integer, String> month = new TableColumn<>();
    private final ColumnHeading monthHeading = new ColumnHeading(month);
    /** The table shown, which follows the view model's only while this table is showing. */
    private final ObjectProperty<MonthlyTable> shown = new SimpleObjectProperty<>(MonthlyTable.empty());
    private final DeferredRedraw deferred = new DeferredRedraw(this::redraw);
    private final InvalidationListener onData = o -> deferred.request();
    private final InvalidationListener onTexts = o -> showMonthHeading();
    private List<String> shownLabels = List.of();

    MonthlyCashFlowTable(ResultsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("monthly-table");
        // A fixed cell size lets the table skip cells of columns scrolled out of view.
        setFixedCellSize(ROW_HEIGHT);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(""));
        month.setSortable(false);
        month.setPrefWidth(MONTH_WIDTH);
        month.getStyleClass().add("numeric");
        month.setCellValueFactory(cell -> cellText(table -> table.monthText(cell.getValue())));
        getColumns().add(month);
        // Weak: the window builds a new view on a language switch and keeps the view model.
        vm.monthlyTableProperty().addListener(new WeakInvalidationListener(onData));
        vm.textsProperty().addListener(new WeakInvalidationListener(onTexts));
        showMonthHeading();
        redraw();
    }

    /** While false, new figures wait until the table is shown again. */
    BooleanProperty showingProperty() {
        return deferred.showingProperty();
    }

    private void showMonthHeading() {
        monthHeading.show(vm.texts().monthColumn(), vm.texts().monthColumn());
    }

    /**
     * Rows and columns change only with the horizon and the options; new figures reach the visible cells
     * through their values' bindings, which is much cheaper than {@code refresh()} recreating every cell.
     */
    private void redraw() {
        MonthlyTable table = vm.monthlyTableProperty().get();
        if (getItems().size() != table.months()) {
            getItems().setAll(IntStream.range(0, table.months()).boxed().toList());
        }
        if (!shownLabels.equals(table.optionLabels())) {
            shownLabels = table.optionLabels();
            getColumns().setAll(List.of(month));
            for (int i = 0; i < shownLabels.size(); i++) {
                getColumns().add(optionColumn(i, shownLabels.get(i)));
            }
        }
        shown.set(table);
    }

    private TableColumn<Integer, String> optionColumn(int option, String label) {
        TableColumn<Integer, String> column = new TableColumn<>();
        column.setSortable(false);
        column.setPrefWidth(OPTION_WIDTH);
        column.getStyleClass().add("numeric");
        column.setCellValueFactory(cell -> cellText(table -> option < table.optionCount()
                && cell.getValue() < table.months() ? table.value(option, cell.getValue()) : ""));
        new ColumnHeading(column).show(label, label);
        return column;
    }

    /** A cell's text that follows the shown table; cells of rows or columns being removed may outlive it. */
    private ObservableValue<String> cellText(Function<MonthlyTable, String> text) {
        return Bindings.createStringBinding(() -> text.apply(shown.get()), shown);
    }
}
