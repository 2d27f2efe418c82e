package com.computetco.ui.scenario;

import com.computetco.i18n.ProblemMessages;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioEditor;
import com.google.gson.JsonObject;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The switch of the Tax panel (methodology section 13): on adds the {@code tax} block with every field at its
 * default, so that the user sees the figures the engine uses; off removes the block, and the after-tax results
 * with it. One undo step each way.
 */
public final class TaxBlockViewModel {
    private final EditSession session;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public TaxBlockViewModel(EditSession session) {
        this.session = session;
        session.document().scenarioProperty().addListener(o -> refresh());
        refresh();
    }

    /** Whether the scenario has a tax block. */
    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** Why the last switch was refused (it never is for a valid scenario), else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Adds the block with its defaults, or removes it; returns whether the scenario now has what was asked. */
    public boolean setEnabled(boolean on) {
        if (on == enabled.get()) {
            return true;
        }
        ScenarioEditor.Outcome outcome = session.editor().change(session.document().scenario(), tree -> {
            if (on) {
                // An empty block reads as every default; the writer then spells each one out.
                tree.add("tax", new JsonObject());
            } else {
                tree.remove("tax");
            }
        });
        if (!outcome.accepted()) {
            message.set(outcome.errors().isEmpty() ? "" : ProblemMessages.line(outcome.errors().get(0), session.messages()));
            refresh();
            return false;
        }
        message.set("");
        session.document().apply(outcome.scenario());
        return true;
    }

    private void refresh() {
        enabled.set(session.document().scenario().tax() != null);
    }
}
