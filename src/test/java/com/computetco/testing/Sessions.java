package com.computetco.testing;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioDocument;
import com.computetco.ui.document.ScenarioEditor;
import java.util.Locale;

/** The window's edit session over a scenario, as the app wires it, without a window: for ViewModel tests. */
public final class Sessions {
    private Sessions() {
    }

    /** A session editing {@code scenario} (not from a file), speaking {@code locale}. */
    public static EditSession editing(Scenario scenario, Locale locale) {
        return new EditSession(new ScenarioDocument(scenario, null), new ScenarioEditor(Scenarios.loader()),
                Messages.forLocale(locale));
    }

    public static EditSession editing(Scenario scenario) {
        return editing(scenario, Locale.ENGLISH);
    }
}
