package com.computetco.ui.preset;

import com.computetco.i18n.Messages;
import com.computetco.i18n.ProblemMessages;
import com.computetco.io.preset.Preset;
import com.computetco.io.preset.PresetChange;
import com.computetco.io.preset.Presets;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Scenario → Apply preset…: the presets with their texts in the window's language, and applying one as a single
 * edit of the document (one step of undo, like any field edit).
 */
public final class PresetViewModel {
    private final EditSession session;

    public PresetViewModel(EditSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public List<Preset> presets() {
        return Presets.all();
    }

    public String title(Preset preset) {
        return messages().get(preset.titleKey());
    }

    /** What it changes and why, its date and its source, as the dialog shows them. */
    public String details(Preset preset) {
        Messages m = messages();
        return m.get(preset.descriptionKey()) + "\n\n" + m.format("preset.dialog.date", preset.date().toString())
                + "\n" + m.format("preset.dialog.source", preset.source());
    }

    /**
     * Applies the preset to the document and answers the sentence for the status bar. A preset that changes
     * nothing, or whose result the file rules refuse, leaves the document as it was.
     */
    public String apply(Preset preset) {
        Messages m = messages();
        String title = title(preset);
        List<PresetChange> changes = new ArrayList<>();
        ScenarioEditor.Outcome outcome = session.editor().change(session.document().scenario(),
                tree -> changes.addAll(preset.applyTo(tree)));
        if (changes.isEmpty()) {
            return m.format("preset.nothing", title);
        }
        if (!outcome.accepted()) {
            return m.format("preset.refused", title, outcome.errors().stream()
                    .map(p -> p.path() + ": " + ProblemMessages.text(p, m)).collect(Collectors.joining("; ")));
        }
        session.document().apply(outcome.scenario());
        session.reset();
        return m.format("preset.applied", title, changes.size());
    }

    private Messages messages() {
        return session.messages();
    }
}
