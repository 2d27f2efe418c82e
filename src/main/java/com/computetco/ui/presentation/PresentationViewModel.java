package com.computetco.ui.presentation;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.io.ReadResult;
import com.computetco.app.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Presentation mode: steps through the window's current scenario, the bundled demos and the recent files,
 * showing one evaluation at a time. Every entry is read when the mode starts; a file that cannot be read stays
 * in the list, named as such, and is skipped by {@link #next()} and {@link #previous()}. Nothing here throws
 * because of a file.
 */
public final class PresentationViewModel {
    /** One scenario to show; {@code scenario} is null when the file cannot be opened. */
    public record Entry(String name, Scenario scenario) {
        public boolean openable() {
            return scenario != null;
        }
    }

    private final TcoEngine engine;
    private final java.util.Locale locale;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
    private final ReadOnlyStringWrapper currentName = new ReadOnlyStringWrapper(this, "currentName", "");
    private final ReadOnlyBooleanWrapper currentOpenable = new ReadOnlyBooleanWrapper(this, "currentOpenable");
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    /** The scenario shown, set before its evaluation so that a view reading both sees them agree. */
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final Evaluation currentEvaluation;

    /**
     * @param current the window's scenario, shown first
     * @param currentEvaluation its evaluation, as the window shows it
     * @param recent the recent files, most recent first
     */
    public PresentationViewModel(Scenario current, Evaluation currentEvaluation, ScenarioLoader loader,
            TcoEngine engine, BundledSamples samples, List<Path> recent, Messages messages,
            Function<String, String> demoTitle) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.locale = messages.locale();
        this.currentEvaluation = currentEvaluation;
        List<Entry> all = new ArrayList<>();
        String currentName = current == null ? "" : DisplayNames.name(current, messages.locale()).strip();
        all.add(new Entry(currentName.isEmpty() ? messages.get("presentation.current")
                : messages.format("presentation.current.named", currentName), current));
        for (String file : demoFiles(samples)) {
            Scenario demo = read(() -> loader.load(samples.read(file)));
            String title = demoTitle.apply(file);
            all.add(demo == null ? unopenable(messages, file) : new Entry(title, demo));
        }
        for (Path file : recent) {
            String fileName = String.valueOf(file.getFileName());
            Scenario scenario = read(() -> loader.load(file));
            all.add(scenario == null ? unopenable(messages, fileName)
                    : new Entry(DisplayNames.name(scenario, messages.locale()).isBlank() ? fileName
                            : DisplayNames.name(scenario, messages.locale()), scenario));
        }
        entries.setAll(all);
        index.addListener((o, was, now) -> show());
        show();
    }

    private static List<String> demoFiles(BundledSamples samples) {
        try {
            return samples.scenarioFileNames();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static Entry unopenable(Messages messages, String fileName) {
        return new Entry(messages.format("presentation.cannotOpen", fileName), null);
    }

    private static Scenario read(Supplier<ReadResult<Scenario>> load) {
        try {
            return load.get().valueIfValid().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void show() {
        int i = index.get();
        if (i < 0 || i >= entries.size()) {
            index.set(Math.floorMod(i, Math.max(1, entries.size())));
            return;
        }
        Entry entry = entries.get(i);
        currentName.set(entry.name());
        currentOpenable.set(entry.openable());
        scenario.set(entry.openable() ? entry.scenario() : null);
        if (!entry.openable()) {
            evaluation.set(null);
        } else if (i == 0 && currentEvaluation != null) {
            evaluation.set(currentEvaluation);
        } else {
            evaluation.set(evaluate(entry.scenario()));
        }
    }

    private Evaluation evaluate(Scenario scenario) {
        try {
            return engine.evaluate(DisplayNames.forLocale(scenario, locale));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The next entry that can be opened, after the last the first. */
    public void next() {
        step(1);
    }

    /** The previous entry that can be opened, before the first the last. */
    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        int n = entries.size();
        for (int k = 1; k <= n; k++) {
            int candidate = Math.floorMod(index.get() + direction * k, n);
            if (entries.get(candidate).openable()) {
                index.set(candidate);
                return;
            }
        }
    }

    public ObservableList<Entry> entries() {
        return readOnlyEntries;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyStringProperty currentNameProperty() {
        return currentName.getReadOnlyProperty();
    }

    public String currentName() {
        return currentName.get();
    }

    public ReadOnlyBooleanProperty currentOpenableProperty() {
        return currentOpenable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }
}
