package com.computetco.ui;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.i18n.Messages;
import com.computetco.ui.export.ExportViewModel;
import com.computetco.ui.gallery.GalleryView;
import com.computetco.ui.gallery.GalleryViewModel;
import com.computetco.ui.help.MethodologyWindow;
import com.computetco.ui.help.SourcesViewModel;
import com.computetco.ui.help.SourcesWindow;
import com.computetco.ui.platform.DialogService;
import com.computetco.ui.platform.ErrorReporter;
import com.computetco.ui.platform.FxDialogService;
import com.computetco.ui.platform.FxTaskExecutor;
import com.computetco.ui.platform.Icons;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.presentation.PresentationViewModel;
import com.computetco.ui.presentation.PresentationWindow;
import com.computetco.ui.quotes.QuoteLibraryViewModel;
import com.computetco.ui.results.ResultsView;
import com.computetco.ui.results.ResultsViewModel;
import com.computetco.ui.risk.RiskViewModel;
import com.computetco.ui.state.AppSettings;
import com.computetco.ui.state.Autosave;
import com.computetco.ui.state.RecentFiles;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The composition root: every ViewModel and window is made here, on one set of {@link AppServices} (one engine,
 * one loader), one dialog service and one executor, and handed what it needs. The app comes in through
 * {@link #desktop}, which also makes the JavaFX dialogs, the executor, the error reporter and the autosave; the window
 * tests use the constructor with their own dialogs and executor.
 */
public final class AppAssembly implements AppWindows {
    static final String STYLESHEET = "/com/computetco/ui/app.css";
    private final AppServices services;
    private final MainViewModel main;
    private final ResultsViewModel results;
    private final QuoteLibraryViewModel quotes;
    private final RiskViewModel risk;
    private final ExportViewModel export;
    /** Made when the gallery is first opened: listing the bundled demos reads the jar's directory. */
    private GalleryViewModel gallery;

    public AppAssembly(AppServices services, DialogService dialogs, TaskExecutor executor, Locale locale,
            Scenario initial) {
        this.services = services;
        main = new MainViewModel(services.loader(), services.engine(), dialogs, executor,
                new RecentFiles(services.folder().recentFilesList()), locale, initial, null);
        results = new ResultsViewModel(main.evaluationProperty(), main.messagesProperty(),
                main.chineseUnitsProperty(), main.staleProperty(), main.document().scenarioProperty());
        quotes = new QuoteLibraryViewModel(services.quoteLibrary(), dialogs, executor,
                main.document().scenarioProperty(), main.messagesProperty(), main::addOptionFromQuote,
                services.clock());
        quotes.loadLibrary();
        risk = new RiskViewModel(main.session(), main.messagesProperty(), main.chineseUnitsProperty(), executor);
        export = new ExportViewModel(main.document(), main.evaluationProperty(), main.messagesProperty(), dialogs,
                executor, services.reportWriter(), services.clock(), risk::currentSimulation);
        export.followChineseUnits(main.chineseUnitsProperty());
    }

    /**
     * The app's window on STAGE, whose scene shows the start-up screen: makes the platform services (dialogs, the
     * background executor, the error reporter, the autosave and its scheduler), assembles everything on them, keeps
     * the settings up to date and fills the scene.
     */
    public static AppAssembly desktop(Stage stage, AppServices services, AppSettings settings,
            Consumer<String> showDocument, Scenario initial) {
        Label status = new Label();
        Locale language = settings.language().orElse(Locale.getDefault());
        AtomicReference<Messages> messages = new AtomicReference<>(Messages.forLocale(language));
        FxDialogService dialogs = new FxDialogService(stage, messages::get, status, showDocument);
        dialogs.rememberFolders(settings.lastFolder().orElse(null), folder -> {
            settings.setLastFolder(folder);
            settings.save();
        });
        AppAssembly app = new AppAssembly(services, dialogs, new FxTaskExecutor(), language, initial);
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
        ErrorReporter errors = new ErrorReporter(services.folder().logFile(), dialogs, messages::get,
                services.clock());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                errors.report(thread, error);
            } else {
                Platform.runLater(() -> errors.report(thread, error));
            }
        });
        ScheduledExecutorService autosaveThread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "compute-tco-autosave");
            thread.setDaemon(true);
            return thread;
        });
        Autosave autosave = new Autosave(services.folder().recovery(), autosaveThread::schedule);
        Runnable closed = () -> {
            autosave.close();
            autosaveThread.shutdown();
            rememberWindow(stage, settings);
        };
        // Saving runs in the background: the app ends once the save (if the user asked for one) succeeded.
        Runnable exit = () -> vm.confirmDiscardChanges(() -> {
            closed.run();
            Platform.exit();
        });
        app.install(stage, status, exit);
        // Offered once the window has drawn itself, so the question appears over the app, not over a blank.
        Platform.runLater(() -> {
            vm.offerRecovery(autosave);
            autosave.watch(vm.document());
        });
        // Closing hides the window once unsaved work is settled; the app ends with its last window.
        stage.setOnCloseRequest(e -> {
            e.consume();
            vm.confirmDiscardChanges(() -> {
                closed.run();
                stage.hide();
            });
        });
        return app;
    }

    /** The window's results component, for presentation mode: never stale, since it shows evaluated scenarios. */
    private static Region resultsPane(ReadOnlyObjectProperty<Scenario> scenario,
            ReadOnlyObjectProperty<Evaluation> evaluation, ObservableValue<Messages> messages,
            ObservableValue<Boolean> units) {
        return new ResultsView(new ResultsViewModel(evaluation, messages, units, new SimpleBooleanProperty(false),
                scenario));
    }

    private static void rememberWindow(Stage stage, AppSettings settings) {
        if (!stage.isFullScreen()) {
            settings.setWindowBounds(new AppSettings.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        settings.save();
    }

    public AppServices services() {
        return services;
    }

    public GalleryViewModel gallery() {
        if (gallery == null) {
            gallery = new GalleryViewModel(services.samples(), services.loader(), main.messagesProperty(),
                    (scenario, fileName) -> main.openDemo(scenario));
        }
        return gallery;
    }

    /** A presentation that starts on the window's scenario as it is now, then the demos and the recent files. */
    public PresentationViewModel newPresentation() {
        return new PresentationViewModel(main.document().scenario(), main.evaluationProperty().get(),
                services.loader(), services.engine(), services.samples(), List.copyOf(main.recentFiles()),
                main.messages(), file -> GalleryViewModel.demo(main.messages(), file).title());
    }

    /** Presentation mode over OWNER, not yet shown; it follows the window's language and units until closed. */
    public PresentationWindow presentationWindow(Window owner) {
        return new PresentationWindow(owner, newPresentation(), AppAssembly::resultsPane, main.messagesProperty(),
                main.chineseUnitsProperty());
    }

    @Override
    public void showPresentation(Window owner) {
        presentationWindow(owner).show();
    }

    @Override
    public void showGallery(Window owner) {
        GalleryView.show(owner, gallery());
    }

    @Override
    public void showMethodology(Window owner, Messages messages) {
        MethodologyWindow.show(owner, messages.locale(), messages.get("menu.help.methodology"));
    }

    @Override
    public void showSources(Window owner, Messages messages) {
        SourcesWindow.show(owner, new SourcesViewModel(messages));
    }

    public ExportViewModel export() {
        return export;
    }

    public RiskViewModel risk() {
        return risk;
    }

    public MainViewModel main() {
        return main;
    }

    public ResultsViewModel results() {
        return results;
    }

    public QuoteLibraryViewModel quotes() {
        return quotes;
    }

    /** Puts the window's scene (1280 × 800) on the stage with the title, the icons and the smallest usable size. */
    public void attach(Stage stage, Label status, Runnable exit) {
        stage.setScene(new Scene(new Label(), 1280, 800));
        install(stage, status, exit);
    }

    /**
     * Fills the stage's existing scene with the main view; its root is rebuilt in the new language whenever the
     * language changes.
     */
    public void install(Stage stage, Label status, Runnable exit) {
        Scene scene = stage.getScene();
        scene.getStylesheets().add(AppAssembly.class.getResource(STYLESHEET).toExternalForm());
        scene.setRoot(mainView(status, exit));
        main.languageProperty().addListener((o, was, now) -> scene.setRoot(mainView(status, exit)));
        // Redo has two customary keys; the menu shows Shift+Z, Windows users press Y.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), main::redo);
        stage.titleProperty().bind(main.titleProperty());
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(Icons.appIcons()); // the app's start-up screen has set them already
        }
        double[] minimum = WindowPlacement.minimumSize(javafx.stage.Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(minimum[0]);
        stage.setMinHeight(minimum[1]);
    }

    private MainView mainView(Label status, Runnable exit) {
        return new MainView(main, results, quotes, risk, export, this, status, exit);
    }
}
