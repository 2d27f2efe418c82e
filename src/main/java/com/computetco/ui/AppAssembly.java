package com.computetco.ui;

import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.io.QuoteReader;
import com.computetco.app.ScenarioLoader;
import com.computetco.ui.common.DialogService;
import com.computetco.ui.common.Icons;
import com.computetco.ui.common.RecentFiles;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.gallery.GalleryViewModel;
import com.computetco.ui.presentation.PresentationViewModel;
import com.computetco.io.BundledSamples;
import com.computetco.ui.quotes.QuoteLibraryViewModel;
import com.computetco.ui.results.ResultsViewModel;
import com.computetco.ui.risk.RiskViewModel;
import com.computetco.ui.export.ExportViewModel;
import com.computetco.export.ReportWriter;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Wires the ViewModels together and builds the scene; the app and the window tests assemble it the same way,
 * differing only in the dialogs, the executor and the app folder they pass in.
 */
public final class AppAssembly {
    static final String STYLESHEET = "/com/computetco/ui/app.css";
    private final MainViewModel main;
    private final ResultsViewModel results;
    private final QuoteLibraryViewModel quotes;
    private final RiskViewModel risk;
    private final ExportViewModel export;
    private final GalleryViewModel gallery;
    private final ScenarioLoader loader;

    public AppAssembly(DialogService dialogs, TaskExecutor executor, Path appFolder, Locale locale,
            Scenario initial) {
        loader = new ScenarioLoader();
        main = new MainViewModel(loader, new TcoEngine(), dialogs, executor,
                new RecentFiles(appFolder.resolve("recent-files.txt")), locale, initial, null);
        results = new ResultsViewModel(main.evaluationProperty(), main.messagesProperty(),
                main.chineseUnitsProperty(), main.staleProperty(), main.document().scenarioProperty());
        quotes = new QuoteLibraryViewModel(new QuoteReader(), dialogs, executor, appFolder.resolve("quotes"),
                main.document().scenarioProperty(), main.messagesProperty(), main::addOptionFromQuote);
        quotes.loadLibrary();
        risk = new RiskViewModel(main.session(), main.messagesProperty(), main.chineseUnitsProperty(), executor);
        export = new ExportViewModel(main.document(), main.evaluationProperty(), main.messagesProperty(), dialogs,
                executor, new ReportWriter(), Clock.systemDefaultZone(), risk::currentSimulation);
        export.followChineseUnits(main.chineseUnitsProperty());
        gallery = new GalleryViewModel(new BundledSamples(), loader, main.messagesProperty(),
                (scenario, fileName) -> main.openDemo(scenario));
    }

    public GalleryViewModel gallery() {
        return gallery;
    }

    /** A presentation that starts on the window's scenario as it is now, then the demos and the recent files. */
    public PresentationViewModel newPresentation() {
        return new PresentationViewModel(main.document().scenario(), main.evaluationProperty().get(), loader,
                new TcoEngine(), new BundledSamples(), java.util.List.copyOf(main.recentFiles()), main.messages());
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
        scene.setRoot(new MainView(main, results, quotes, risk, export, gallery, this::newPresentation, status, exit));
        main.languageProperty().addListener((o, was, now) ->
                scene.setRoot(new MainView(main, results, quotes, risk, export, gallery, this::newPresentation, status, exit)));
        // Redo has two customary keys; the menu shows Shift+Z, Windows users press Y.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), main::redo);
        stage.titleProperty().bind(main.titleProperty());
        stage.getIcons().setAll(Icons.appIcons());
        double[] minimum = WindowPlacement.minimumSize(javafx.stage.Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(minimum[0]);
        stage.setMinHeight(minimum[1]);
    }
}
