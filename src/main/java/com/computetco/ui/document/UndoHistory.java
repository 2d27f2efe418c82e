package com.computetco.ui.document;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Undo and redo over immutable snapshots: an edit pushes the state it replaced. */
public final class UndoHistory<T> {
    private static final int LIMIT = 500;
    private final Deque<T> past = new ArrayDeque<>();
    private final Deque<T> future = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** Records that {@code previous} was replaced by a new edit; the redo branch is dropped. */
    public void recordEdit(T previous) {
        past.push(previous);
        if (past.size() > LIMIT) {
            past.removeLast();
        }
        future.clear();
        update();
    }

    /** The state to go back to, given the current one (kept for redo). */
    public T undo(T current) {
        T previous = past.pop();
        future.push(current);
        update();
        return previous;
    }

    public T redo(T current) {
        T next = future.pop();
        past.push(current);
        update();
        return next;
    }

    public void clear() {
        past.clear();
        future.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!past.isEmpty());
        canRedo.set(!future.isEmpty());
    }
}
