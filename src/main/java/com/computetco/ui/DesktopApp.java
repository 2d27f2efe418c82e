package com.computetco.ui;

import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioLoader;
import com.computetco.ui.common.AppFolder;
import com.computetco.ui.common.FxDialogService;
import com.computetco.ui.common.FxTaskExecutor;
import com.computetco.ui.common.Icons;
import com.computetco.ui.common.RecentFiles;
import com.computetco.ui.common.ScenarioTemplates;
import com.computetco.ui.common.TaskExecutor;
import com.computetco.ui.quotes.QuoteLibraryViewModel;
import com.computetco.ui.results.ResultsViewModel;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The composition root: builds the ViewModels once, then the views, and rebuilds only the views when the
 * language changes. First launch opens the main demo scenario so a newcomer sees a full comparison at once.
 */
public final class DesktopApp extends Application {
    private static final String STYLESHEET = "/com/computetco/ui/app.css";

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ScenarioLoader loader = new ScenarioLoader();
        TcoEngine engine = new TcoEngine();
        Label status = new Label();
        FxDialogService dialogs = new FxDialogService(stage, () -> Messages.current, status);
        TaskExecutor executor = new FxTaskExecutor();
        RecentFiles recent = new RecentFiles(AppFolder.path().resolve("recent-files.txt"));
        MainViewModel vm = new MainViewModel(loader, engine, dialogs, executor, recent, Locale.getDefault(),
                demoScenario(loader), null);
        Messages.current = vm.messages();
        vm.messagesProperty().addListener((o, was, now) -> Messages.current = now);
        ResultsViewModel results = new ResultsViewModel(vm.evaluationProperty(), vm.messagesProperty(),
                vm.chineseUnitsProperty(), vm.staleProperty());
        QuoteLibraryViewModel quotes = new QuoteLibraryViewModel(new QuoteReader(), dialogs, executor,
                AppFolder.path().resolve("quotes"), vm.document().scenarioProperty(), vm.messagesProperty(),
                vm::addOptionFromQuote);
        quotes.loadLibrary();

        Runnable exit = () -> {
            if (vm.confirmDiscardChanges()) {
                Platform.exit();
            }
        };
        Scene scene = new Scene(new MainView(vm, results, quotes, status, exit), 1280, 800);
        scene.getStylesheets().add(DesktopApp.class.getResource(STYLESHEET).toExternalForm());
        vm.languageProperty().addListener((o, was, now) ->
                scene.setRoot(new MainView(vm, results, quotes, status, exit)));
        stage.titleProperty().bind(vm.titleProperty());
        stage.getIcons().setAll(Icons.appIcons());
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!vm.confirmDiscardChanges()) {
                e.consume();
            }
        });
        stage.show();
    }

    /** The bundled main demo; a blank scenario if it cannot be read (it always can in a real build). */
    static Scenario demoScenario(ScenarioLoader loader) {
        try {
            ReadResult<Scenario> demo = loader.load(new BundledSamples().read(BundledSamples.MAIN_DEMO));
            return demo.valueIfValid().orElseGet(() -> ScenarioTemplates.blank("Compute TCO"));
        } catch (java.io.UncheckedIOException e) {
            return ScenarioTemplates.blank("Compute TCO");
        }
    }

    /** The messages of the current language, for dialogs created outside a view. */
    private static final class Messages {
        private static volatile com.computetco.i18n.Messages current;

        private Messages() {
        }
    }
}
