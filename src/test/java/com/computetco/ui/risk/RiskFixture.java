package com.computetco.ui.risk;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioDocument;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.fields.FieldKind;
import com.computetco.ui.fields.FieldViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The worked example open in an edit session, as the risk tab's ViewModels see it; no toolkit. */
final class RiskFixture {
    final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    final SimpleBooleanProperty chineseUnits = new SimpleBooleanProperty(false);
    final EditSession session;

    RiskFixture() {
        try (InputStream in = RiskFixture.class.getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            Scenario scenario = Scenarios.loader().load(in.readAllBytes()).value();
            session = new EditSession(new ScenarioDocument(scenario, null), new ScenarioEditor(Scenarios.loader()),
                    messages.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session.messagesProperty().bind(messages);
    }

    Scenario scenario() {
        return session.document().scenario();
    }

    /** Commits {@code text} to the field at {@code path}, as the window does when the user leaves it. */
    void edit(String path, String text) {
        FieldViewModel field = new FieldViewModel(session, path, FieldKind.DECIMAL);
        field.textProperty().set(text);
        if (!field.commit()) {
            throw new AssertionError("edit refused: " + path + " = " + text);
        }
        field.dispose();
    }

    /** Opens the sample whose lessor quote has traps, as File → Open does. */
    Scenario openOther() {
        try {
            Scenario other = Scenarios.loader().load(Files.readAllBytes(
                    Path.of("sample-quotes/lessor-quote-traps.scenario.json"))).value();
            session.load(other, null);
            return other;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
