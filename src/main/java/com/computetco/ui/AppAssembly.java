package com.computetco.ui;

import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.io.QuoteReader;
import com.computetco.io.ScenarioLoader;
import com.computetco.ui.common.DialogService;
import com.computetco.ui.common.RecentFiles;
import com.computetco.ui.common.TaskExecutor;
import com.computetco.ui.quotes.QuoteLibraryViewModel;
import com.computetco.ui.results.ResultsViewModel;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import com.computetco.ui.common.Icons;
import javafx.scene.control.Label;
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

    public AppAssembly(DialogService dialogs, TaskExecutor executor, Path appFolder, Locale locale,
            Scenario initial) {
        ScenarioLoader loader = new ScenarioLoader();
        main = new MainViewModel(loader, new TcoEngine(), dialogs, executor,
                new RecentFiles(appFolder.resolve("recent-files.txt")), locale, initial, null);
        results = new ResultsViewModel(main.evaluationProperty(), main.messagesProperty(),
                main.chineseUnitsProperty(), main.staleProperty());
        quotes = new QuoteLibraryViewModel(new QuoteReader(), dialogs, executor, appFolder.resolve("quotes"),
                main.document().scenarioProperty(), main.messagesProperty(), main::addOptionFromQuote);
        quotes.loadLibrary();
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

    /** Puts the scene on the stage with the title, the icons and the smallest usable size. */
    public void attach(Stage stage, Label status, Runnable exit) {
        stage.setScene(createScene(status, exit));
        stage.titleProperty().bind(main.titleProperty());
        stage.getIcons().setAll(Icons.appIcons());
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
    }

    /** The window's scene at 1280 × 800; its root is rebuilt in the new language when the language changes. */
    public Scene createScene(Label status, Runnable exit) {
        Scene scene = new Scene(new MainView(main, results, quotes, status, exit), 1280, 800);
        scene.getStylesheets().add(AppAssembly.class.getResource(STYLESHEET).toExternalForm());
        main.languageProperty().addListener((o, was, now) ->
                scene.setRoot(new MainView(main, results, quotes, status, exit)));
        return scene;
    }
}
