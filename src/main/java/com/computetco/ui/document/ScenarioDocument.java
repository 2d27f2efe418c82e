package com.computetco.ui.document;

import com.computetco.domain.Scenario;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open scenario: its current valid state, its file, whether it has unsaved changes, and its undo history.
 * Only valid scenarios ever get in: an edit is checked before {@link #apply}.
 */
public final class ScenarioDocument {
    private final ReadOnlyObjectWrapper<Scenario> scenario;
    private final ReadOnlyObjectWrapper<Scenario> saved;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final UndoHistory<Scenario> history = new UndoHistory<>();
    private final BooleanBinding dirty;

    public ScenarioDocument(Scenario initial, Path initialFile) {
        scenario = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
        saved = new ReadOnlyObjectWrapper<>(initial);
        file.set(initialFile);
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(scenario.get(), saved.get()), scenario, saved);
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** A new valid state from an edit; undoable. */
    public void apply(Scenario next) {
        if (next.equals(scenario.get())) {
            return;
        }
        history.recordEdit(scenario.get());
        scenario.set(next);
    }

    public void undo() {
        if (history.canUndoProperty().get()) {
            scenario.set(history.undo(scenario.get()));
        }
    }

    public void redo() {
        if (history.canRedoProperty().get()) {
            scenario.set(history.redo(scenario.get()));
        }
    }

    /** Replaces the whole document (New, Open): no history, nothing unsaved. */
    public void load(Scenario loaded, Path from) {
        history.clear();
        saved.set(loaded);
        file.set(from);
        scenario.set(loaded);
    }

    /** Work recovered after a crash: shown as unsaved changes to its file (or to no file). */
    public void loadUnsaved(Scenario recovered, Path from) {
        history.clear();
        saved.set(null);
        file.set(from);
        scenario.set(recovered);
    }

    public void markSaved(Path to) {
        markSaved(to, scenario.get());
    }

    /**
     * The file now holds {@code written}: a save that ran in the background while the user kept editing leaves
     * those later edits as unsaved changes.
     */
    public void markSaved(Path to, Scenario written) {
        file.set(to);
        saved.set(Objects.requireNonNull(written));
    }
}
