package com.computetco.ui;

import com.computetco.domain.Scenario;
import com.computetco.io.BundledSamples;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioLoader;
import com.computetco.i18n.Messages;
import com.computetco.ui.common.AppFolder;
import com.computetco.ui.common.AppSettings;
import com.computetco.ui.common.Autosave;
import com.computetco.ui.common.ErrorReporter;
import com.computetco.ui.common.FxDialogService;
import com.computetco.ui.common.FxTaskExecutor;
import com.computetco.ui.common.Icons;
import com.computetco.ui.common.ScenarioTemplates;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Screen;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.VBox;
import java.util.ArrayList;
import java.util.List;

/**
 * The application: first launch opens the main demo scenario so a newcomer sees a full comparison at once.
 */
public final class DesktopApp extends Application {
    private static final ScheduledExecutorService AUTOSAVE = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "compute-tco-autosave");
        thread.setDaemon(true);
        return thread;
    });

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    private AppSettings settings;
    private final com.computetco.ui.platform.StartupTrace trace =
            com.computetco.ui.platform.StartupTrace.fromSystemProperty();

    @Override
    public void start(Stage stage) {
        trace.mark("fx-start");
        settings = AppSettings.load(AppFolder.path().resolve("settings.properties"));
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(s.getVisualBounds()));
        WindowPlacement.Placement place = WindowPlacement.place(screens, settings.windowBounds());
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setMaximized(place.maximized());
        // The window appears at once saying what it is doing; the views, which take a second or two to build
        // and style on a slow machine, follow on the next pulse.
        Locale language = settings.language().orElse(Locale.getDefault());
        Messages messages = Messages.forLocale(language);
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().setAll(Icons.appIcons());
        stage.setScene(new Scene(loading(messages), place.width(), place.height()));
        stage.show();
        trace.markWhenPainted("first-frame");
        afterFirstFrames(() -> build(stage));
    }

    /**
     * Runs the work once the window has been drawn. Platform.runLater alone ran the second-long build before the
     * first pulse, so the window stayed blank white instead of showing what it was opening.
     */
    private static void afterFirstFrames(Runnable work) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // Pulse 1 lays out and hands the frame to the renderer; by pulse 2 it is on screen.
                if (++frames >= 2) {
                    stop();
                    Platform.runLater(work);
                }
            }
        }.start();
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
        box.setAlignment(javafx.geometry.Pos.CENTER);
        StackPane pane = new StackPane(box);
        pane.setStyle("-fx-background-color: linear-gradient(to bottom, #f4f7fb, #e3eaf3);");
        return pane;
    }

    private void build(Stage stage) {
        Label status = new Label();
        Locale language = settings.language().orElse(Locale.getDefault());
        AtomicReference<Messages> messages = new AtomicReference<>(Messages.forLocale(language));
        FxDialogService dialogs = new FxDialogService(stage, messages::get, status,
                getHostServices()::showDocument);
        dialogs.rememberFolders(settings.lastFolder().orElse(null), folder -> {
            settings.setLastFolder(folder);
            settings.save();
        });
        AppAssembly app = new AppAssembly(dialogs, new FxTaskExecutor(), AppFolder.path(), language,
                demoScenario(new ScenarioLoader()));
        MainViewModel vm = app.main();
        vm.chineseUnitsProperty().set(settings.chineseUnits());
        vm.messagesProperty().addListener((o, was, now) -> messages.set(now));
        vm.languageProperty().addListener((o, was, now) -> {
            settings.setLanguage(now);
            settings.save();
        });
        vm.chineseUnitsProperty().addListener((o, was, now) -> {
            settings.setChineseUnits(now);
            settings.save();
        });
        ErrorReporter errors = new ErrorReporter(AppFolder.path().resolve("logs").resolve("compute-tco.log"), dialogs,
                messages::get, Clock.systemDefaultZone());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                errors.report(thread, error);
            } else {
                Platform.runLater(() -> errors.report(thread, error));
            }
        });
        Autosave autosave = new Autosave(AppFolder.path().resolve("recovery"), AUTOSAVE::schedule);
        Runnable exit = () -> {
            if (vm.confirmDiscardChanges()) {
                autosave.close();
                rememberWindow(stage);
                Platform.exit();
            }
        };
        app.install(stage, status, exit);
        // Offered once the window has drawn itself, so the question appears over the app, not over a blank.
        Platform.runLater(() -> {
            vm.offerRecovery(autosave);
            autosave.watch(vm.document());
        });
        trace.markDemoDrawn("demo-drawn");
        stage.setOnCloseRequest(e -> {
            if (vm.confirmDiscardChanges()) {
                autosave.close();
                rememberWindow(stage);
            } else {
                e.consume();
            }
        });
    }

    private void rememberWindow(Stage stage) {
        if (!stage.isFullScreen()) {
            settings.setWindowBounds(new AppSettings.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        settings.save();
    }

    /** The bundled main demo; a blank scenario if it cannot be read (it always can in a real build). */
    static Scenario demoScenario(ScenarioLoader loader) {
        try {
            ReadResult<Scenario> demo = loader.load(new BundledSamples().read(BundledSamples.MAIN_DEMO));
            return demo.valueIfValid().orElseGet(() -> ScenarioTemplates.blank("Compute TCO"));
        } catch (UncheckedIOException e) {
            return ScenarioTemplates.blank("Compute TCO");
        }
    }
}
