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

    @Override
    public void start(Stage stage) {
        settings = AppSettings.load(AppFolder.path().resolve("settings.properties"));
        settings.windowBounds().ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
        // The window appears at once with a progress indicator; the views, which take a second or two to
        // build and style on a slow machine, follow on the next pulse.
        stage.setTitle("Compute TCO");
        stage.getIcons().setAll(Icons.appIcons());
        stage.setScene(new Scene(loading(), 1280, 800));
        stage.show();
        Platform.runLater(() -> build(stage));
    }

    private static StackPane loading() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        return new StackPane(progress);
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
