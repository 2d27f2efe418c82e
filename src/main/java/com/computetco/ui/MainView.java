package com.computetco.ui;

import com.computetco.app.FileKinds;
import com.computetco.i18n.Messages;
import com.computetco.ui.comparison.ComparisonView;
import com.computetco.ui.export.ExportViewModel;
import com.computetco.ui.platform.Icons;
import com.computetco.ui.preset.PresetDialog;
import com.computetco.ui.preset.PresetViewModel;
import com.computetco.ui.quotes.QuoteLibraryView;
import com.computetco.ui.quotes.QuoteLibraryViewModel;
import com.computetco.ui.results.ResultsView;
import com.computetco.ui.results.ResultsViewModel;
import com.computetco.ui.risk.RiskView;
import com.computetco.ui.risk.RiskViewModel;
import com.computetco.ui.scenario.AssumptionsView;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The main window's layout: menus and toolbar on top, the assumptions form on the left, results (verdict,
 * table, charts) in the middle, and below them the comparison sheet and the quote library. Built anew when the
 * language changes; all state lives in the ViewModels.
 */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final QuoteLibraryViewModel quotes;
    private final ExportViewModel export;
    private final Messages messages;
    private final Runnable exit;
    private final AppWindows windows;
    private javafx.scene.control.TabPane resultsTabs;
    private final Label status;

    public MainView(MainViewModel vm, ResultsViewModel results, QuoteLibraryViewModel quotes, RiskViewModel risk,
            ExportViewModel export, AppWindows windows, Label status, Runnable exit) {
        this.vm = vm;
        this.windows = windows;
        this.status = status;
        this.export = export;
        this.quotes = quotes;
        this.messages = vm.messages();
        this.exit = exit;
        getStyleClass().add("main-view");
        setTop(new javafx.scene.layout.VBox(menuBar(), toolBar()));

        AssumptionsView assumptions = new AssumptionsView(vm.assumptions(), messages);
        assumptions.setMinWidth(290);
        assumptions.setPrefWidth(340);
        ResultsView resultsView = new ResultsView(results);
        this.resultsTabs = resultsView.tabs();
        resultsView.tabs().getTabs().addAll(
                lazyTab("tab.comparison", () -> new ComparisonView(vm.comparison(), messages,
                        () -> vm.comparison().selectedQuote().ifPresent(quotes::saveToMyQuotes))),
                lazyTab("tab.quotes", () -> new QuoteLibraryView(quotes)),
                riskTab(risk),
                // Last, so that the tabs before it keep their places (and their headers stay in sight at 1024 px).
                lazyTab("tab.terms", () -> new com.computetco.ui.terms.TermsView(vm.terms(), messages)));
        SplitPane main = new SplitPane(assumptions, resultsView);
        main.setDividerPositions(0.27);
        setCenter(main);

        status.getStyleClass().add("status-line");
        ProgressBar exportProgress = new ProgressBar();
        exportProgress.progressProperty().bind(export.progressProperty());
        Label exportLabel = new Label(messages.get("export.progress"));
        HBox exporting = new HBox(6, exportLabel, exportProgress);
        exporting.visibleProperty().bind(export.exportingProperty());
        exporting.managedProperty().bind(exporting.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, status, gap, exporting);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        setBottom(bar);
        enableDrop();
    }

    /**
     * A tab whose content is built when it is first shown: the comparison sheet alone has hundreds of controls,
     * and styling them all before the window appears would cost a second of start-up.
     */
    private Tab lazyTab(String key, Supplier<Node> content) {
        Tab tab = new Tab(messages.get(key));
        tab.setClosable(false);
        tab.setId(key.replace('.', '-'));
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    /**
     * The risk tab tells its ViewModel when it is shown: the tornado and the break-even answers are computed only
     * then, so that edits made elsewhere stay within a frame.
     */
    private Tab riskTab(RiskViewModel risk) {
        // A view rebuilt for another language starts with its first tab shown, not this one.
        risk.setActive(false);
        Tab tab = lazyTab("tab.risk", () -> new RiskView(risk));
        tab.selectedProperty().addListener((o, was, selected) -> risk.setActive(selected));
        return tab;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        Menu recent = new Menu(messages.get("menu.file.recent"));
        fillRecent(recent);
        ListChangeListener<Path> onRecent = c -> fillRecent(recent);
        recent.setUserData(onRecent);
        vm.recentFiles().addListener(new WeakListChangeListener<>(onRecent));
        MenuItem exportItem = item("menu.file.export", "export", "Shortcut+E", export::exportExcel);
        exportItem.disableProperty().bind(export.canExportProperty().not());
        // Greyed while a save is written in the background: a second one would race it.
        MenuItem saveItem = item("menu.file.save", "save", "Shortcut+S", vm::save);
        saveItem.disableProperty().bind(vm.savingProperty());
        MenuItem saveAsItem = item("menu.file.saveAs", "save-as", "Shortcut+Shift+S", vm::saveAs);
        saveAsItem.disableProperty().bind(vm.savingProperty());
        file.getItems().addAll(
                item("menu.file.new", "new", "Shortcut+N", vm::newScenario),
                item("menu.file.open", "open", "Shortcut+O", vm::open),
                recent,
                new SeparatorMenuItem(),
                saveItem,
                saveAsItem,
                new SeparatorMenuItem(),
                item("menu.file.import", "import", "Shortcut+I", quotes::importWithChooser),
                item("menu.file.requestQuote", null, null, quotes::requestQuoteTemplate),
                item("menu.file.importTemplate", null, null, quotes::importTemplateWithChooser),
                exportItem,
                new SeparatorMenuItem(),
                item("menu.file.exit", null, "Shortcut+Q", exit));

        Menu edit = new Menu(messages.get("menu.edit"));
        MenuItem undo = item("menu.edit.undo", "undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "redo", "Shortcut+Shift+Z", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem newOption = item("menu.edit.newOption", "add", "Shortcut+Shift+N", this::newOption);
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), newOption);

        Menu view = new Menu(messages.get("menu.view"));
        Menu language = new Menu(messages.get("menu.view.language"), Icons.small("language"));
        ToggleGroup languages = new ToggleGroup();
        language.getItems().addAll(languageItem("English", Locale.ENGLISH, languages),
                languageItem("简体中文", Locale.SIMPLIFIED_CHINESE, languages));
        CheckMenuItem units = new CheckMenuItem(messages.get("menu.view.chineseUnits"));
        units.selectedProperty().bindBidirectional(vm.chineseUnitsProperty());
        units.setDisable(!messages.isChinese());
        view.getItems().addAll(language, units, new SeparatorMenuItem(),
                item("menu.view.gallery", null, null, this::showGallery),
                item("menu.view.presentation", "presentation", "F11", this::showPresentation));

        Menu scenario = new Menu(messages.get("menu.scenario"));
        scenario.getItems().add(item("menu.scenario.applyPreset", null, null, this::showPresets));

        Menu help = new Menu(messages.get("menu.help"));
        MenuItem helpGallery = item("menu.view.gallery", null, null, this::showGallery);
        helpGallery.setId("menu-help-gallery");
        help.getItems().addAll(item("menu.help.methodology", "help", "F1", this::showMethodology), helpGallery,
                item("menu.help.sources", null, null, this::showSources),
                item("menu.help.about", null, null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, scenario, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private RadioMenuItem languageItem(String name, Locale locale, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setToggleGroup(group);
        item.setSelected(locale.getLanguage().equals(vm.languageProperty().get().getLanguage()));
        item.setOnAction(e -> vm.languageProperty().set(locale));
        return item;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path file : vm.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.openRecent(file));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private MenuItem item(String key, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        if (icon != null) {
            item.setGraphic(Icons.small(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        item.setId(key.replace('.', '-'));
        return item;
    }

    private ToolBar toolBar() {
        Button undo = tool("menu.edit.undo", "undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = tool("menu.edit.redo", "redo", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button exportButton = tool("menu.file.export", "export", export::exportExcel);
        exportButton.disableProperty().bind(export.canExportProperty().not());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button language = new Button(messages.isChinese() ? "English" : "简体中文", Icons.view("language"));
        language.setTooltip(new Tooltip(messages.get("menu.view.language")));
        language.setId("toolbar-language");
        language.setOnAction(e -> vm.languageProperty().set(messages.isChinese() ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE));
        Button save = tool("menu.file.save", "save", vm::save);
        save.disableProperty().bind(vm.savingProperty());
        return new ToolBar(tool("menu.file.new", "new", vm::newScenario), tool("menu.file.open", "open", vm::open),
                save, tool("menu.edit.newOption", "add", this::newOption),
                tool("menu.file.import", "import", quotes::importWithChooser),
                exportButton, undo, redo, tool("menu.view.presentation", "presentation", this::showPresentation),
                spring, language, tool("menu.help.methodology", "help", this::showMethodology));
    }

    private Button tool(String key, String icon, Runnable action) {
        Button button = new Button(null, Icons.view(icon));
        button.setTooltip(new Tooltip(messages.get(key).replace("…", "")));
        button.setOnAction(e -> action.run());
        button.setId("toolbar-" + icon);
        return button;
    }

    private void enableDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles().stream().map(java.io.File::toPath)
                    .filter(FileKinds::isAccepted).toList();
            var scenarios = files.stream().filter(FileKinds::isScenario).toList();
            var quoteFiles = files.stream().filter(FileKinds::isQuoteImport).toList();
            if (!quoteFiles.isEmpty()) {
                quotes.importFiles(quoteFiles);
            }
            if (!scenarios.isEmpty()) {
                vm.openRecent(scenarios.get(0));
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** New option…: asks for the kind of quote, adds its column and shows it in the side-by-side sheet. */
    private void newOption() {
        com.computetco.ui.comparison.NewOptionDialog.ask(window(), messages).ifPresent(choice -> {
            if (vm.comparison().addNew(choice.kind(), choice.name())) {
                showComparison();
            }
        });
    }

    private void showComparison() {
        resultsTabs.getTabs().stream().filter(t -> "tab-comparison".equals(t.getId())).findFirst()
                .ifPresent(t -> resultsTabs.getSelectionModel().select(t));
    }

    private void showMethodology() {
        windows.showMethodology(window(), messages);
    }

    private void showSources() {
        windows.showSources(window(), messages);
    }

    private void showPresets() {
        PresetDialog.show(window(), new PresetViewModel(vm.session()), messages, status::setText);
    }

    private void showGallery() {
        windows.showGallery(window());
    }

    private void showPresentation() {
        windows.showPresentation(window());
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text"));
        about.initOwner(window());
        about.setTitle(messages.get("menu.help.about"));
        about.setHeaderText(messages.get("app.title"));
        about.setGraphic(Icons.view("help"));
        about.showAndWait();
    }
}
