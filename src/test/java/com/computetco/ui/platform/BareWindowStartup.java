package com.computetco.ui.platform;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The start-up baseline of issue 10: a bare JavaFX window with a menu and a table, timed by the same
 * {@link StartupTrace} as the app ({@code startup-trace first-frame MS ms}). Not a test; {@code .ci/bench-startup}
 * starts it next to the app on the same display:
 * {@code java -Dcomputetco.startupTrace=exit -cp target/compute-tco.jar:target/test-classes
 * com.computetco.ui.platform.BareWindowStartup}.
 */
public final class BareWindowStartup {
    private BareWindowStartup() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: File, Edit and Help menus over a table of six rows and five columns. */
    public static final class Window extends Application {
        private final StartupTrace trace = StartupTrace.fromSystemProperty();

        @Override
        public void start(Stage stage) {
            trace.mark("fx-start");
            MenuBar menus = new MenuBar();
            for (String name : new String[] {"File", "Edit", "Help"}) {
                Menu menu = new Menu(name);
                menu.getItems().addAll(new MenuItem("Open…"), new MenuItem("Save"));
                menus.getMenus().add(menu);
            }
            TableView<String[]> table = new TableView<>();
            for (int c = 0; c < 5; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>("Column " + (c + 1));
                col.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()[column]));
                table.getColumns().add(col);
            }
            for (int r = 0; r < 6; r++) {
                String[] row = new String[5];
                for (int c = 0; c < 5; c++) {
                    row[c] = "Row " + (r + 1) + ", " + (c + 1);
                }
                table.getItems().add(row);
            }
            BorderPane root = new BorderPane(table);
            root.setTop(menus);
            stage.setTitle("Bare window");
            stage.setScene(new Scene(root, 1280, 720));
            stage.show();
            trace.markWhenPainted("first-frame");
            trace.markDemoDrawn("window-drawn");
        }
    }
}
