package com.computetco.ui.quotes;

import com.computetco.app.FileKinds;
import com.computetco.app.QuoteLibrary;
import com.computetco.app.WorkbookKind;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.i18n.ProblemMessages;
import com.computetco.io.OutputPaths;
import com.computetco.rules.Problem;
import com.computetco.template.QuoteTemplateWriter;
import com.computetco.ui.platform.BackgroundTask;
import com.computetco.ui.platform.DialogService.FileKind;
import com.computetco.ui.platform.DialogService;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.quotes.QuoteEntry.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The quote library: the bundled sample quotes, the quotes in the user's folder and the ones imported in this
 * session, filterable, with prices shown in the open scenario's base currency. A selected quote can be added to
 * the comparison through the {@code addToComparison} callback.
 *
 * <p>Files are read off the FX thread through the {@link TaskExecutor}; results come back as immutable values
 * and only then touch the properties. Files that cannot be read are skipped and their problems kept
 * ({@link #loadProblems()}, {@link #showLoadProblems()}).
 */
public final class QuoteLibraryViewModel {
    private final QuoteLibrary library;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Path userQuoteFolder;
    private final ObservableValue<Scenario> scenario;
    private final ObservableValue<Messages> messages;
    private final Consumer<Quote> addToComparison;
    private final Clock clock;

    private final ObservableList<QuoteEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<QuoteEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final FilteredList<QuoteEntry> visibleEntries = new FilteredList<>(entries);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<QuoteEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper basePriceHeader = new ReadOnlyStringWrapper(this, "basePriceHeader", "");
    private final ObservableList<String> loadProblems = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLoadProblems = FXCollections.unmodifiableObservableList(
            loadProblems);
    private final ReadOnlyBooleanWrapper hasLoadProblems = new ReadOnlyBooleanWrapper(this, "hasLoadProblems");
    private int unreadableFiles;
    private long loadGeneration;

    /**
     * @param library the quotes: the bundled samples and the user's own folder (the app's is ~/.compute-tco/quotes),
     *     created when missing
     * @param dialogs file choosers and problem dialogs
     * @param executor runs the file reading off the FX thread
     * @param scenario the open scenario, for its base currency and exchange rates; its value may be null
     * @param messages the current language
     * @param addToComparison receives the quote the user adds to the comparison
     * @param clock decides which quotes have expired (tests pass a fixed clock)
     */
    public QuoteLibraryViewModel(QuoteLibrary library, DialogService dialogs, TaskExecutor executor,
            ObservableValue<Scenario> scenario, ObservableValue<Messages> messages, Consumer<Quote> addToComparison,
            Clock clock) {
        this.library = Objects.requireNonNull(library, "library");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.userQuoteFolder = library.folder();
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.addToComparison = Objects.requireNonNull(addToComparison, "addToComparison");
        this.clock = Objects.requireNonNull(clock, "clock");

        canAdd.bind(selected.isNotNull());
        visibleEntries.predicateProperty().bind(Bindings.createObjectBinding(
                () -> {
                    String filter = filterText.get();
                    return entry -> entry.matches(filter);
                }, filterText));
        // Entries show prices in the scenario's currency and nothing else of it: an edit elsewhere (every
        // keystroke's commit) need not redescribe the whole library.
        scenario.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.currency().equals(now.currency())
                    || !old.exchangeRates().equals(now.exchangeRates())) {
                refreshTexts();
            }
        });
        messages.addListener((obs, old, now) -> refreshTexts());
        entries.addListener((ListChangeListener<QuoteEntry>) change -> updateStatus());
        visibleEntries.addListener((ListChangeListener<QuoteEntry>) change -> updateStatus());
        filterText.addListener((obs, old, now) -> updateStatus());
        loading.addListener((obs, old, now) -> updateStatus());
        updateStatus();
    }

    // ---- outputs and inputs ----

    /** Every quote in the library, in load order: bundled, then the user's folder, then imported. */
    public ObservableList<QuoteEntry> entries() {
        return readOnlyEntries;
    }

    /** The entries that match {@link #filterText()}; a {@link FilteredList} over {@link #entries()}. */
    public ObservableList<QuoteEntry> visibleEntries() {
        return visibleEntries;
    }

    /** Words that must all occur in the supplier, model, accelerator, source or file name (any case). */
    public StringProperty filterText() {
        return filterText;
    }

    /** The entry the user selected in the table, or null. */
    public ObjectProperty<QuoteEntry> selectedProperty() {
        return selected;
    }

    /** Enables "Add to comparison": something is selected. */
    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "12 quotes, 1 file could not be read", or "3 of 12 quotes match" while filtering. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the table shows when it has no rows. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The header of the base-currency price column: "Price (CNY)", or "Price" with no scenario. */
    public ReadOnlyStringProperty basePriceHeaderProperty() {
        return basePriceHeader.getReadOnlyProperty();
    }

    /** One line per problem of the files the last load had to skip: "file: path: reason". */
    public ObservableList<String> loadProblems() {
        return readOnlyLoadProblems;
    }

    public ReadOnlyBooleanProperty hasLoadProblemsProperty() {
        return hasLoadProblems.getReadOnlyProperty();
    }

    /** The language the view draws its own labels in. */
    public ObservableValue<Messages> messages() {
        return messages;
    }

    public Path userQuoteFolder() {
        return userQuoteFolder;
    }

    /**
     * Save to my quotes: writes the quote into the user's folder as {@code NAME.quote.json} (atomically; a
     * name already taken by another quote gets a number), then reloads the library so that it is listed.
     * Returns the file written, or null after reporting why it could not be.
     */
    public Path saveToMyQuotes(Quote quote) {
        try {
            Path target = library.save(quote);
            loadLibrary();
            dialogs.notify(currentMessages().format("quotes.savedToLibrary", target.getFileName().toString()));
            return target;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(text("comparison.saveQuote"), currentMessages().format("quotes.saveFailed",
                    userQuoteFolder.toString(), String.valueOf(e.getMessage())));
            return null;
        }
    }

    // ---- commands ----

    /**
     * Reads the bundled samples and every {@code *.json} file in the user's folder (creating it when missing;
     * scenario files are left out) in the background, then replaces the bundled and user entries. Imported
     * entries are kept unless the same file is now in the user's folder.
     */
    public void loadLibrary() {
        long generation = ++loadGeneration;
        loading.set(true);
        String bundledName = text("quotes.load.bundledName");
        BackgroundTask.wrap(() -> library.read(bundledName)).onSuccess(result -> {
            if (generation == loadGeneration) {
                applyLibrary(result);
                loading.set(false);
            }
        }).onFailure(error -> {
            if (generation == loadGeneration) {
                loading.set(false);
                dialogs.showError(text("quotes.load.title"), currentMessages()
                        .format("quotes.load.failed", describe(error)));
            }
        }).executeWith(executor);
    }

    /**
     * Reads the files in the background; each valid quote is added as an imported entry (replacing an entry read
     * from the same file), and the problems of every file that could not be read are shown together in one
     * dialog.
     */
    public void importFiles(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        List<Path> toRead = List.copyOf(files);
        Messages language = currentMessages(); // the window's language, taken here on the UI thread
        BackgroundTask.wrap(() -> library.importFiles(toRead, language)).onSuccess(this::applyImports)
                .onFailure(error -> dialogs.showError(text("quotes.import.title"),
                        currentMessages().format("quotes.import.failed", describe(error))))
                .executeWith(executor);
    }

    /** Asks for quote files and imports them. */
    public void importWithChooser() {
        List<Path> files = dialogs.chooseFilesToOpen(FileKind.QUOTE);
        if (files != null && !files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Whether a drop of these files is worth accepting: at least one of them is a {@code .json} file. */
    public boolean acceptsFiles(List<Path> files) {
        return files != null && files.stream().anyMatch(FileKinds::isAccepted);
    }

    /**
     * The dropped files this library should import: {@code .json} files that are not scenarios
     * ({@code *.scenario.json} files are for the window to open, not quotes).
     */
    public List<Path> quoteFilesAmong(List<Path> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(FileKinds::isQuoteImport).toList();
    }

    /** Whether any of the files is a scenario file. */
    public boolean containsScenarioFiles(List<Path> files) {
        return files != null && files.stream().anyMatch(FileKinds::isScenario);
    }

    /** Hands the selected quote to the comparison; does nothing when nothing is selected. */
    public void addSelectedToComparison() {
        QuoteEntry entry = selected.get();
        if (entry != null) {
            addToComparison.accept(entry.quote());
        }
    }

    /** Shows the problems of the files the last load skipped, if any. */
    public void showLoadProblems() {
        if (!loadProblems.isEmpty()) {
            dialogs.showProblems(text("quotes.load.title"),
                    currentMessages().format("quotes.load.header", unreadableFiles, userQuoteFolder.toString()),
                    List.copyOf(loadProblems));
        }
    }

    /**
     * "Request a quote…": writes the Excel template to send to vendors (instructions in English and Chinese,
     * validated columns, example rows), then offers to open it.
     */
    public void requestQuoteTemplate() {
        String suggested = FileKinds.workbookFileName("quote-request-" + today());
        dialogs.chooseFileToSave(FileKind.TEMPLATE, suggested).ifPresent(target -> {
            Messages m = currentMessages();
            BackgroundTask.wrap(() -> {
                // The same rule as the template command: only a template is replaced (kept as NAME.bak).
                OutputPaths.checkFile(target, List.of(), WorkbookKind.QUOTE_TEMPLATE, false);
                QuoteTemplateWriter.write(target, m);
                return target;
            }).onSuccess(dialogs::offerToOpen).onFailure(error -> dialogs.showError(text("quotes.template.title"),
                    m.format("quotes.template.failed", target.toString(), describe(error)))).executeWith(executor);
        });
    }

    /** "Import a filled template": reads the vendor's workbook into quotes, listing every problem by cell. */
    public void importTemplateWithChooser() {
        dialogs.chooseFileToOpen(FileKind.TEMPLATE).ifPresent(file -> importFiles(List.of(file)));
    }

    // ---- back on the FX thread ----

    private void applyLibrary(QuoteLibrary.Contents library) {
        Set<Path> loadedPaths = new HashSet<>();
        List<QuoteEntry> next = new ArrayList<>();
        for (QuoteLibrary.Loaded loaded : library.quotes()) {
            next.add(describe(loaded));
            if (loaded.path() != null) {
                loadedPaths.add(normalized(loaded.path()));
            }
        }
        for (QuoteEntry entry : entries) {
            if (entry.origin() == Origin.IMPORTED && !loadedPaths.contains(normalized(entry.path()))) {
                next.add(entry);
            }
        }
        QuoteEntry previous = selected.get();
        entries.setAll(next);
        reselect(previous);
        unreadableFiles = library.failures().size();
        loadProblems.setAll(problemLines(library.failures()));
        hasLoadProblems.set(!loadProblems.isEmpty());
        updateStatus();
    }

    private void applyImports(QuoteLibrary.Contents imports) {
        QuoteEntry last = null;
        for (QuoteLibrary.Loaded loaded : imports.quotes()) {
            QuoteEntry entry = describe(loaded);
            int existing = indexOfPath(loaded.path());
            if (existing >= 0) {
                QuoteEntry old = entries.get(existing);
                // Reading a file already in the library again refreshes it where it stands.
                entry = QuoteEntry.describe(loaded.quote(), old.origin(), old.fileName(), old.path(), currentMessages(),
                        scenario.getValue(), today());
                entries.set(existing, entry);
            } else {
                entries.add(entry);
            }
            last = entry;
        }
        if (!imports.failures().isEmpty()) {
            Messages m = currentMessages();
            dialogs.showProblems(m.get("quotes.import.title"),
                    m.format("quotes.import.header", imports.failures().size(), imports.quotes().size()),
                    problemLines(imports.failures()));
        } else if (!imports.quotes().isEmpty()) {
            dialogs.notify(currentMessages().format("quotes.import.done", imports.quotes().size()));
        }
        if (last != null && visibleEntries.contains(last)) {
            selected.set(last);
        }
    }

    private int indexOfPath(Path path) {
        Path wanted = normalized(path);
        for (int i = 0; i < entries.size(); i++) {
            Path p = entries.get(i).path();
            if (p != null && normalized(p).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private void refreshTexts() {
        QuoteEntry previous = selected.get();
        int index = previous == null ? -1 : indexOfIdentity(previous);
        Messages m = currentMessages();
        Scenario s = scenario.getValue();
        LocalDate day = today();
        List<QuoteEntry> next = entries.stream().map(e -> e.refreshed(m, s, day)).toList();
        entries.setAll(next);
        selected.set(index >= 0 ? entries.get(index) : null);
        updateStatus();
    }

    /** After the entries were replaced: select the new entry for the same file, if it is still there. */
    private void reselect(QuoteEntry previous) {
        if (previous == null) {
            return;
        }
        QuoteEntry match = entries.stream()
                .filter(e -> e.origin() == previous.origin() && e.fileName().equals(previous.fileName())
                        && Objects.equals(e.path(), previous.path()))
                .findFirst().orElse(null);
        selected.set(match);
    }

    private int indexOfIdentity(QuoteEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return i;
            }
        }
        return -1;
    }

    private void updateStatus() {
        Messages m = currentMessages();
        Scenario s = scenario.getValue();
        basePriceHeader.set(s == null ? m.get("quotes.column.basePrice.noScenario")
                : m.format("quotes.column.basePrice", s.currency()));
        if (entries.isEmpty()) {
            placeholder.set(m.get(loading.get() ? "quotes.status.loading" : "quotes.placeholder.empty"));
        } else {
            placeholder.set(m.get("quotes.placeholder.noMatch"));
        }
        if (loading.get() && entries.isEmpty()) {
            status.set(m.get("quotes.status.loading"));
            return;
        }
        String text = filterText.get() == null || filterText.get().isBlank()
                ? m.format("quotes.status.count", entries.size())
                : m.format("quotes.status.matching", visibleEntries.size(), entries.size());
        if (unreadableFiles > 0) {
            text += m.format("quotes.status.unreadable", unreadableFiles);
        }
        status.set(text);
    }

    private List<String> problemLines(List<QuoteLibrary.Failed> failures) {
        Messages m = currentMessages();
        List<String> lines = new ArrayList<>();
        for (QuoteLibrary.Failed failure : failures) {
            for (Problem problem : failure.problems()) {
                String text = ProblemMessages.text(problem, m);
                String reason = problem.isError() ? text : m.format("quotes.problem.warning", text);
                lines.add(failure.fileName() + ": " + problem.path() + ": " + reason);
            }
        }
        return List.copyOf(lines);
    }

    private QuoteEntry describe(QuoteLibrary.Loaded loaded) {
        return QuoteEntry.describe(loaded.quote(), Origin.valueOf(loaded.origin().name()), loaded.fileName(),
                loaded.path(),
                currentMessages(), scenario.getValue(), today());
    }

    private Messages currentMessages() {
        Messages m = messages.getValue();
        return m != null ? m : Messages.forLocale(Locale.ENGLISH);
    }

    private String text(String key) {
        return currentMessages().get(key);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }


    private static Path normalized(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }

    private static String describe(Throwable error) {
        return QuoteLibrary.describe(error);
    }
}
