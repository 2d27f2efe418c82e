package com.computetco.ui.presentation;

import com.computetco.i18n.Messages;
import java.net.URL;
import java.util.Objects;
import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
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
 *
 * <p>The window follows the main window's language and units through its own properties bound to them: a binding
 * holds its target weakly, so a closed presentation, its results ViewModel and its views can all be collected
 * (the window used to hand the main window's properties to the ViewModel, which kept every presentation alive).
 */
public final class PresentationWindow {
    /** The id of the label with the shown scenario's name. */
    public static final String NAME_ID = "presentation-name";
    public static final String ROOT_ID = "presentation-root";
    private static final double ROW_HEIGHT = 30;
    private static final String COMPACT = "compact";
    private static final double COMPACT_BELOW = 900;
    private static final double HEADER_HEIGHT = 92;
    private static final String APP_CSS = "/com/computetco/ui/app.css";

    private final PresentationViewModel vm;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>();
    private final BooleanProperty chineseUnits = new SimpleBooleanProperty();
    private final Region resultsView;
    private final Stage stage = new Stage();
    private final BorderPane root;
    private FadeTransition fade;

    /**
     * A presentation over OWNER (may be null), not yet shown.
     *
     * @param chineseUnits whether amounts are shown in 万 and 亿, as in the window
     */
    public PresentationWindow(Window owner, PresentationViewModel vm, ResultsPane resultsPane,
            ObservableValue<Messages> messages, ObservableValue<Boolean> chineseUnits) {
        this.vm = vm;
        this.messages.bind(messages);
        this.chineseUnits.bind(chineseUnits);
        Messages m = messages.getValue();
        resultsView = resultsPane.create(vm.scenarioProperty(), vm.evaluationProperty(), this.messages,
                this.chineseUnits);
        Label notOpenable = new Label(m.get("presentation.notOpenable"));
        notOpenable.getStyleClass().add("presentation-not-openable");
        notOpenable.visibleProperty().bind(vm.currentOpenableProperty().not());
        resultsView.visibleProperty().bind(vm.currentOpenableProperty());
        StackPane center = new StackPane(resultsView, notOpenable);

        root = new BorderPane(center);
        root.setTop(topBar(m));
        root.setId(ROOT_ID);
        root.getStyleClass().add("presentation");
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().addAll(resource(APP_CSS), resource("presentation.css"));
        // On a short screen (a 1280×720 projector) the large type leaves the table four rows and the chart a strip:
        // a compact size keeps the verdict, every row and a readable chart on one screen.
        scene.heightProperty().addListener((o, was, now) -> compact(now.doubleValue()));
        compact(scene.getHeight());
        // The table sits in a split pane, whose children exist once its skin does: apply the CSS first, or the
        // lookup finds nothing and the rows keep the window's height, cutting the larger type's descenders.
        root.applyCss();
        if (resultsView.lookup(".summary-table") instanceof TableView<?> table) {
            fitRowsToLargeType(table);
        }
        if (owner != null) {
            stage.initOwner(owner);
        }
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        stage.setTitle(m.get("presentation.title"));
        stage.setScene(scene);
        // A filter, so that the table or the switcher never swallow the keys.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
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
        addExitToast(center, m);
        // Leaving full screen (Esc, handled by the platform) leaves presentation mode.
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (was && !now && stage.isShowing()) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> detach());
    }

    /** Opens the presentation full screen and returns its stage. */
    public Stage show() {
        fade.play();
        stage.setFullScreen(true);
        stage.show();
        root.requestFocus();
        return stage;
    }

    /** The results shown, for a test that checks they are let go once the window closes. */
    Region results() {
        return resultsView;
    }

    /** Cuts the window's ties to the main window, so that nothing it opened outlives it. */
    private void detach() {
        messages.unbind();
        chineseUnits.unbind();
        fade.stop();
    }

    private HBox topBar(Messages m) {
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
        return top;
    }

    private void addExitToast(StackPane center, Messages m) {
        Label toast = new Label(m.get("presentation.exitHint"));
        toast.setId("presentation-toast");
        toast.getStyleClass().add("presentation-toast");
        toast.setMouseTransparent(true);
        center.getChildren().add(toast);
        fade = new FadeTransition(Duration.millis(800), toast);
        fade.setDelay(Duration.seconds(3));
        fade.setToValue(0);
        fade.setOnFinished(e -> center.getChildren().remove(toast));
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.SPACE) {
            vm.next();
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
            vm.previous();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            leave();
            e.consume();
        }
    }

    /** Leaves full screen, then closes. */
    private void leave() {
        if (stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
        stage.close();
    }

    /** The results table sizes itself for the window's type; rows and headings get room for the large type. */
    private void compact(double height) {
        root.getStyleClass().remove(COMPACT);
        if (height < COMPACT_BELOW) {
            root.getStyleClass().add(COMPACT);
        }
    }

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
