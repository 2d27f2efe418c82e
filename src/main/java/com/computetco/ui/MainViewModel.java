package com.computetco.ui;

import com.computetco.app.FileKinds;
import com.computetco.app.ScenarioLoader;
import com.computetco.domain.DisplayNames;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.i18n.ProblemMessages;
import com.computetco.io.ProblemListing;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioWriter;
import com.computetco.rules.Problem;
import com.computetco.ui.comparison.ComparisonViewModel;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioDocument;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.document.ScenarioTemplates;
import com.computetco.ui.platform.BackgroundTask;
import com.computetco.ui.platform.DialogService.FileKind;
import com.computetco.ui.platform.DialogService;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.scenario.AssumptionsViewModel;
import com.computetco.ui.state.Autosave;
import com.computetco.ui.state.RecentFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The window's state and commands: the open scenario and its file, live results, language, and the File and
 * Edit menu commands. Results are recomputed on every valid edit; the engine takes microseconds, so this runs
 * on the FX thread without freezing it.
 */
public final class MainViewModel {
    private final ScenarioLoader loader;
    private final TcoEngine engine;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final RecentFiles recentFiles;
    private final ScenarioDocument document;
    private final EditSession session;
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Messages> messages = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty chineseUnits = new SimpleBooleanProperty(false);
    private final StringBinding title;
    private final AssumptionsViewModel assumptions;
    private final ComparisonViewModel comparison;
    /** Made when the Payments tab first asks: its schedule check is a start-up cost no first frame needs. */
    private com.computetco.ui.terms.TermsViewModel terms;
    /** True while a save is being written: a second save, or a close, waits for it rather than racing it. */
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    /** What to do once the save in flight has ended (a close or a New asked for meanwhile); at most one. */
    private Runnable afterSave;

    public MainViewModel(ScenarioLoader loader, TcoEngine engine, DialogService dialogs, TaskExecutor executor,
            RecentFiles recentFiles, Locale locale, Scenario initial, Path initialFile) {
        this.loader = loader;
        this.engine = engine;
        this.dialogs = dialogs;
        this.executor = executor;
        this.recentFiles = recentFiles;
        messages.set(Messages.forLocale(locale));
        language.set(messages.get().locale());
        language.addListener((o, was, now) -> messages.set(Messages.forLocale(now)));
        document = new ScenarioDocument(initial, initialFile);
        session = new EditSession(document, new ScenarioEditor(loader), messages.get());
        session.messagesProperty().bind(messages);
        // Results name options in the window's language; the document keeps both names for saving.
        evaluation.set(evaluate(DisplayNames.forLocale(initial, messages.get().locale())));
        document.scenarioProperty().addListener((o, was, now) -> evaluation.set(
                evaluate(DisplayNames.forLocale(now, messages.get().locale()))));
        messages.addListener((o, was, now) -> evaluation.set(
                evaluate(DisplayNames.forLocale(document.scenario(), now.locale()))));
        title = Bindings.createStringBinding(this::composeTitle, document.scenarioProperty(),
                document.dirtyProperty(), document.fileProperty(), messages);
        assumptions = new AssumptionsViewModel(session);
        comparison = new ComparisonViewModel(session);
    }

    /** Once per edit: the loader has just evaluated an accepted edit to check that its figures are finite. */
    private Evaluation evaluate(Scenario scenario) {
        return loader.evaluationOf(scenario).orElseGet(() -> engine.evaluate(scenario));
    }

    private String composeTitle() {
        Scenario s = document.scenario();
        String shown = DisplayNames.name(s, messages.get().locale());
        String name = shown.isBlank()
                ? Optional.ofNullable(document.file()).map(f -> f.getFileName().toString())
                        .orElse(messages.get().get("window.untitled"))
                : shown;
        return (document.isDirty() ? "• " : "") + name + " — " + messages.get().get("app.title");
    }

    public ScenarioDocument document() {
        return document;
    }

    public EditSession session() {
        return session;
    }

    public AssumptionsViewModel assumptions() {
        return assumptions;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    /** The Payments and schedule tab (methodology version 2: price form, payment schedule, financing). */
    public com.computetco.ui.terms.TermsViewModel terms() {
        if (terms == null) {
            terms = new com.computetco.ui.terms.TermsViewModel(session, chineseUnitsProperty());
        }
        return terms;
    }

    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public BooleanBinding staleProperty() {
        return session.staleProperty();
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    /** Amounts in 万 and 亿 (shown only in Chinese). */
    public BooleanProperty chineseUnitsProperty() {
        return chineseUnits;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles.files();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return document.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return document.canRedoProperty();
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    public void newScenario() {
        confirmDiscardChanges(() -> session.load(ScenarioTemplates.blank(messages.get().get("window.untitled")),
                null));
    }

    public void open() {
        confirmDiscardChanges(() -> dialogs.chooseFileToOpen(FileKind.SCENARIO).ifPresent(this::openWithoutAsking));
    }

    /** Opens a recent file, asking first about unsaved changes. */
    public void openRecent(Path file) {
        confirmDiscardChanges(() -> openWithoutAsking(file));
    }

    /**
     * Opens a scenario that has no file (a bundled demo), asking first about unsaved changes. Returns whether it
     * was opened at once; after Save in the unsaved-changes question it opens once the save has succeeded.
     */
    public boolean openDemo(Scenario scenario) {
        boolean[] opened = {false};
        confirmDiscardChanges(() -> {
            session.load(scenario, null);
            opened[0] = true;
        });
        return opened[0];
    }

    /** Reads the file in the background; a bad file is reported in one dialog and changes nothing. */
    public void openWithoutAsking(Path file) {
        BackgroundTask.wrap(() -> loader.load(file))
                .onSuccess(read -> opened(file, read))
                .onFailure(error -> dialogs.showError(messages.get().get("dialog.open.title"), String.valueOf(error)))
                .executeWith(executor);
    }

    private void opened(Path file, ReadResult<Scenario> read) {
        if (!read.isValid()) {
            dialogs.showProblems(messages.get().get("dialog.open.title"),
                    messages.get().format("dialog.open.invalid", file.getFileName().toString()),
                    problemLines(file, read.problems()));
            return;
        }
        session.load(read.value(), file);
        recentFiles.add(file);
        if (!read.warnings().isEmpty()) {
            dialogs.notify(messages.get().format("dialog.open.warnings", read.warnings().size()));
        }
    }

    /** Errors before warnings, warnings marked, each option named by its label as well as its path. */
    private List<String> problemLines(Path file, List<Problem> problems) {
        List<String> labels = ProblemListing.optionLabels(file);
        Messages m = messages.get();
        return ProblemListing.errorsFirst(problems).stream()
                .map(p -> ProblemListing.labelledPath(p.path(), labels) + ": "
                        + (p.isError() ? "" : m.get("dialog.problems.warning"))
                        + ProblemMessages.text(p, m))
                .toList();
    }

    /** True while a save is being written in the background. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Saves to the document's file, or asks for one; the file is written in the background. */
    public void save() {
        saveThen(() -> { });
    }

    public void saveAs() {
        if (saving.get()) {
            return;
        }
        String suggested = suggestedFileName(document.scenario().name());
        dialogs.chooseFileToSave(FileKind.SCENARIO, suggested).ifPresent(file -> saveTo(file, () -> { }));
    }

    /** Saves (asking for a file if the document has none), then runs {@code next} if the save succeeded. */
    private void saveThen(Runnable next) {
        if (saving.get()) {
            return;
        }
        Path file = document.file();
        if (file != null) {
            saveTo(file, next);
            return;
        }
        String suggested = suggestedFileName(document.scenario().name());
        dialogs.chooseFileToSave(FileKind.SCENARIO, suggested).ifPresent(chosen -> saveTo(chosen, next));
    }

    static String suggestedFileName(String name) {
        String base = name.isBlank() ? "scenario" : name.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
        return FileKinds.scenarioFileName(base);
    }

    /**
     * Writes the scenario as it is now in the background (atomically, keeping the previous version as NAME.bak,
     * so a failed save never destroys the previous file). Edits made meanwhile stay unsaved changes.
     */
    private void saveTo(Path file, Runnable next) {
        Scenario written = document.scenario();
        Messages m = messages.get();
        saving.set(true);
        BackgroundTask.wrap(() -> {
            ScenarioWriter.write(written, file);
            return file;
        }).onSuccess(saved -> {
            saving.set(false);
            document.markSaved(saved, written);
            recentFiles.add(saved);
            dialogs.notify(m.format("dialog.save.done", saved.getFileName().toString()));
            next.run();
            runWaitingForSave();
        }).onFailure(e -> {
            saving.set(false);
            dialogs.showError(m.get("dialog.save.title"),
                    m.format("dialog.save.failed", file.toString(), String.valueOf(e.getMessage())));
            runWaitingForSave();
        }).executeWith(executor);
    }

    private void runWaitingForSave() {
        Runnable waiting = afterSave;
        afterSave = null;
        if (waiting != null) {
            waiting.run();
        }
    }

    /**
     * Runs {@code proceed} when there is nothing unsaved, or once the user saved (successfully) or chose to
     * discard it; does nothing on Cancel. While a save is being written the question waits for it to end, so a
     * close never races the save (and, the save done, is usually not asked at all).
     */
    public void confirmDiscardChanges(Runnable proceed) {
        if (saving.get()) {
            afterSave = () -> confirmDiscardChanges(proceed);
            return;
        }
        if (!document.isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.confirmUnsavedChanges(document.scenario().name())) {
            case SAVE -> saveThen(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }

    /**
     * At start-up: offers back the work a crashed window left, newest first, saying when it was saved. Only work
     * whose window is gone is offered (never a window running beside this one). Restored work shows as unsaved
     * changes to its original file and becomes this window's recovery file; Discard deletes exactly the work shown
     * and the next is offered; once one is restored the rest wait for a later start.
     */
    public void offerRecovery(Autosave autosave) {
        List<Autosave.Recovered> found = autosave.findAll(loader);
        for (int i = 0; i < found.size(); i++) {
            Autosave.Recovered work = found.get(i);
            if (dialogs.confirmRecovery(work.savedAt())) {
                session.loadUnsaved(work.scenario(), work.originalFile());
                autosave.adopt(work);
                found.subList(i + 1, found.size()).forEach(autosave::release);
                return;
            }
            autosave.discard(work);
        }
    }

    public boolean addOptionFromQuote(Quote quote) {
        return comparison.addFromQuote(quote);
    }
}
