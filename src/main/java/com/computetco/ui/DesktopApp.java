package com.computetco.ui;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.ui.platform.Icons;
import com.computetco.ui.platform.StartupTrace;
import com.computetco.ui.state.AppFolder;
import com.computetco.ui.state.AppSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The application's start: the window appears at once with the app's name and what it is opening, the demo is read
 * and evaluated in the background meanwhile, and once that first frame is on screen {@link AppAssembly}, the
 * composition root, builds the views. First launch opens the main demo so a newcomer sees a full comparison at once.
 */
public final class DesktopApp extends Application {
    private final StartupTrace trace = StartupTrace.fromSystemProperty();

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        trace.mark("fx-start");
        AppFolder folder = AppFolder.from(System.getProperties());
        AppSettings settings = AppSettings.load(folder.settingsFile());
        // Read and evaluated off the FX thread while the first frame is laid out and painted.
        CompletableFuture<AppServices> services = CompletableFuture.supplyAsync(() -> AppServices.create(folder));
        CompletableFuture<Scenario> demo = services.thenApply(AppServices::demoScenario);
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(s.getVisualBounds()));
        WindowPlacement.Placement place = WindowPlacement.place(screens, settings.windowBounds());
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setMaximized(place.maximized());
        Locale language = settings.language().orElse(Locale.getDefault());
        Messages messages = Messages.forLocale(language);
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().setAll(Icons.appIcons());
        stage.setScene(new Scene(loading(messages), place.width(), place.height()));
        stage.show();
        trace.markWhenPainted("first-frame");
        // Platform.runLater alone ran the second-long build before the first pulse, so the window stayed blank
        // white instead of showing what it was opening.
        StartupTrace.afterFrames(2, () -> demo.whenComplete((scenario, error) -> Platform.runLater(() -> {
            if (error != null) {
                throw new IllegalStateException("the app's services could not be made", error);
            }
            trace.mark("demo-loaded");
            AppAssembly.desktop(stage, services.join(), settings, getHostServices()::showDocument, scenario);
            trace.mark("views-built");
            trace.markDemoDrawn("demo-drawn");
        })));
    }

    /** What the window shows while the views are built: the app's name and what it is opening, not a blank. */
    private static StackPane loading(Messages messages) {
        Label title = new Label(messages.get("app.title"));
        title.setStyle("-fx-font-size: 2em; -fx-font-weight: bold; -fx-text-fill: #2b4a6f;");
        Label opening = new Label(messages.get("startup.opening"));
        opening.setStyle("-fx-font-size: 1.15em; -fx-text-fill: #444;");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        VBox box = new VBox(14, title, opening, progress);
        box.setAlignment(Pos.CENTER);
        StackPane pane = new StackPane(box);
        pane.setStyle("-fx-background-color: linear-gradient(to bottom, #f4f7fb, #e3eaf3);");
        return pane;
    }
}
