package com.computetco.ui.document;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.google.gson.JsonObject;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What every field editor shares: the document, the editor that checks edits, the set of fields whose text
 * is currently invalid (results are then stale), and the language of messages.
 */
public final class EditSession {
    private final ScenarioDocument document;
    private final ScenarioEditor editor;
    private final ObservableSet<String> invalidFields = FXCollections.observableSet();
    private final BooleanBinding stale = Bindings.isNotEmpty(invalidFields);
    private final ReadOnlyIntegerWrapper resets = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<Messages> messages;
    private Scenario treeOf;
    private JsonObject tree;

    public EditSession(ScenarioDocument document, ScenarioEditor editor, Messages messages) {
        this.document = document;
        this.editor = editor;
        this.messages = new SimpleObjectProperty<>(messages);
    }

    public ScenarioDocument document() {
        return document;
    }

    public ScenarioEditor editor() {
        return editor;
    }

    public Messages messages() {
        return messages.get();
    }

    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    /** The current scenario's JSON tree, built once per state (fields read their text from it). */
    public JsonObject tree() {
        Scenario current = document.scenario();
        if (current != treeOf) {
            tree = editor.tree(current);
            treeOf = current;
        }
        return tree;
    }

    public BooleanBinding staleProperty() {
        return stale;
    }

    public boolean isStale() {
        return stale.get();
    }

    public ObservableSet<String> invalidFields() {
        return invalidFields;
    }

    public void markInvalid(String path, boolean invalid) {
        if (invalid) {
            invalidFields.add(path);
        } else {
            invalidFields.remove(path);
        }
    }

    /** Counts undo, redo, open and new: events after which every field shows the document again. */
    public ReadOnlyIntegerProperty resetsProperty() {
        return resets.getReadOnlyProperty();
    }

    /**
     * Counts New, Open and recovered work: events after which figures derived from the previous scenario (a
     * simulation) belong to another document and must go.
     */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    public void undo() {
        document.undo();
        reset();
    }

    public void redo() {
        document.redo();
        reset();
    }

    public void load(Scenario scenario, java.nio.file.Path file) {
        document.load(scenario, file);
        reset();
        loads.set(loads.get() + 1);
    }

    /** Recovered work: unsaved changes to its file. */
    public void loadUnsaved(Scenario scenario, java.nio.file.Path file) {
        document.loadUnsaved(scenario, file);
        reset();
        loads.set(loads.get() + 1);
    }

    /** Drops every pending invalid text so that the fields show the document. */
    public void reset() {
        invalidFields.clear();
        resets.set(resets.get() + 1);
    }
}
