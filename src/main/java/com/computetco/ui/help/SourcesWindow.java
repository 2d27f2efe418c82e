package com.computetco.ui.help;

import com.computetco.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → Sources: every bundled figure with its source, date and confidence, in a non-modal window (Esc closes). */
public final class SourcesWindow {
    private SourcesWindow() {
    }

    public static void show(Window owner, SourcesViewModel vm) {
        Stage stage = createStage(owner, vm);
        stage.show();
        stage.toFront();
    }

    /** The window, built but not shown (for tests). */
    public static Stage createStage(Window owner, SourcesViewModel vm) {
        Messages m = vm.messages();
        TableView<SourcesViewModel.Row> table = new TableView<>();
        table.setId("sources-table");
        table.getColumns().add(column(m, "sources.column.figure", 230, SourcesViewModel.Row::figure));
        table.getColumns().add(column(m, "sources.column.value", 330, SourcesViewModel.Row::value));
        table.getColumns().add(column(m, "sources.column.source", 280, SourcesViewModel.Row::source));
        table.getColumns().add(column(m, "sources.column.date", 75, SourcesViewModel.Row::date));
        table.getColumns().add(column(m, "sources.column.confidence", 80, SourcesViewModel.Row::confidence));
        table.getColumns().add(column(m, "sources.column.usedIn", 200, SourcesViewModel.Row::usedIn));
        table.getItems().setAll(vm.rows());
        Label intro = new Label(m.get("sources.intro"));
        intro.setWrapText(true);
        intro.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table, intro, null, null, null);
        return HelpStage.create(owner, m.get("sources.title"), root, 1100, 650);
    }

    private static TableColumn<SourcesViewModel.Row, String> column(Messages m, String key, double width,
            Function<SourcesViewModel.Row, String> text) {
        TableColumn<SourcesViewModel.Row, String> column = new TableColumn<>(m.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(text.apply(c.getValue())));
        return column;
    }
}
