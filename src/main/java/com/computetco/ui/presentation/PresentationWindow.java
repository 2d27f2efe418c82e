package com.computetco.ui.presentation;

import com.computetco.i18n.Messages;
import com.computetco.ui.results.ResultsView;
import com.computetco.ui.results.ResultsViewModel;
import java.net.URL;
import java.util.Objects;
import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Presentation mode: a full-screen window with a scenario switcher and the results (verdict, table, charts) in
 * large type. ← and → step through the scenarios, Esc leaves.
 */
public final class PresentationWindow {
    /** The id of the label with the shown scenario's name. */
    public static final String NAME_ID = "presentation-name";
    public static final String ROOT_ID = "presentation-root";
    private static final double ROW_HEIGHT = 30;
    private static final double HEADER_HEIGHT = 92;
    private static final String APP_CSS = "/com/computetco/ui/app.css";

    private PresentationWindow() {
    }

    /**
     * Opens the presentation over the owner and returns its stage.
     *
     * @param chineseUnits whether amounts are shown in 万 and 亿, as in the window
     */
    public static Stage show(Window owner, PresentationViewModel vm, ObservableValue<Messages> messages,
            ObservableValue<Boolean> chineseUnits) {
        Messages m = messages.getValue();
        ResultsViewModel results = new ResultsViewModel(vm.evaluationProperty(), messages, chineseUnits,
                new SimpleBooleanProperty(false));
        ResultsView resultsView = new ResultsView(results);
        if (resultsView.lookup(".summary-table") instanceof TableView<?> table) {
            fitRowsToLargeType(table);
        }

        ComboBox<String> switcher = new ComboBox<>();
        switcher.setId("presentation-switcher");
        switcher.getStyleClass().add("presentation-switcher");
        switcher.setPromptText(m.get("presentation.switcher"));
        switcher.getItems().setAll(vm.entries().stream().map(PresentationViewModel.Entry::name).toList());
        switcher.getSelectionModel().select(vm.indexProperty().get());
        switcher.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != vm.indexProperty().get()) {
                vm.indexProperty().set(now.intValue());
            }
        });
        vm.indexProperty().addListener((o, was, now) -> switcher.getSelectionModel().select(now.intValue()));
        switcher.setFocusTraversable(false);
        switcher.setPrefWidth(340);
        switcher.setMinWidth(Region.USE_PREF_SIZE);

        Label name = new Label();
        name.setId(NAME_ID);
        name.getStyleClass().add("presentation-name");
        name.textProperty().bind(vm.currentNameProperty());
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(m.get("presentation.exitHint"));
        hint.getStyleClass().add("presentation-hint");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(18, switcher, name, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("presentation-bar");

        Label notOpenable = new Label(m.get("presentation.notOpenable"));
        notOpenable.getStyleClass().add("presentation-not-openable");
        notOpenable.visibleProperty().bind(vm.currentOpenableProperty().not());
        resultsView.visibleProperty().bind(vm.currentOpenableProperty());
        StackPane center = new StackPane(resultsView, notOpenable);

        BorderPane root = new BorderPane(center);
        root.setTop(top);
        root.setId(ROOT_ID);
        root.getStyleClass().add("presentation");

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().addAll(resource(APP_CSS), resource("presentation.css"));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        stage.setTitle(m.get("presentation.title"));
        stage.setScene(scene);
        // A filter, so that the table or the switcher never swallow the keys.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.SPACE) {
                vm.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                vm.previous();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                leave(stage);
                e.consume();
            }
        });
        // Also the whole screen where full screen is not available (a display without a window manager).
        Rectangle2D screen = Screen.getPrimary().getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        // The hint is our own overlay: JavaFX's built-in one throws a NullPointerException from its fade-out
        // animation when the stage is closed within its first seconds (a quick Esc), which would reach the
        // error reporter.
        stage.setFullScreenExitHint("");
        Label toast = new Label(m.get("presentation.exitHint"));
        toast.setId("presentation-toast");
        toast.getStyleClass().add("presentation-toast");
        toast.setMouseTransparent(true);
        center.getChildren().add(toast);
        FadeTransition fade = new FadeTransition(Duration.millis(800), toast);
        fade.setDelay(Duration.seconds(3));
        fade.setToValue(0);
        fade.setOnFinished(e -> center.getChildren().remove(toast));
        fade.play();
        stage.setFullScreen(true);
        // Leaving full screen (Esc, handled by the platform) leaves presentation mode.
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (was && !now && stage.isShowing()) {
                stage.close();
            }
        });
        stage.show();
        root.requestFocus();
        return stage;
    }

    /** Leaves full screen, then closes. */
    private static void leave(Stage stage) {
        if (stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
        stage.close();
    }

    /** The results table sizes itself for the window's type; rows and headings get room for the large type. */
    private static void fitRowsToLargeType(TableView<?> table) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().unbind();
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, Math.min(8, table.getItems().size())),
                table.getItems()));
    }

    private static String resource(String name) {
        URL url = PresentationWindow.class.getResource(name);
        return Objects.requireNonNull(url, name + " is missing from the jar").toExternalForm();
    }
}
