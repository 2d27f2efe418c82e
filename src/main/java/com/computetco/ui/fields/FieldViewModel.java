package com.computetco.ui.fields;

import com.computetco.i18n.ProblemMessages;
import com.computetco.rules.Problem;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.JsonPath;
import com.computetco.ui.document.MissingObjects;
import com.computetco.ui.document.ScenarioEditor;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable field of the scenario, addressed by its file path. The user's text is committed as an edit of
 * the scenario; an invalid text keeps its message beside the field, marks the results stale and never reaches
 * the document.
 */
public final class FieldViewModel {
    private final EditSession session;
    private final String path;
    private final FieldKind kind;
    private final List<String> choices;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final InvalidationListener onDocumentChange = o -> refreshUnlessInvalid();
    private final InvalidationListener onReset = o -> showDocument();

    public FieldViewModel(EditSession session, String path, FieldKind kind, List<String> choices) {
        this.session = session;
        this.path = path;
        this.kind = kind;
        this.choices = List.copyOf(choices);
        session.document().scenarioProperty().addListener(onDocumentChange);
        session.resetsProperty().addListener(onReset);
        showDocument();
    }

    public FieldViewModel(EditSession session, String path, FieldKind kind) {
        this(session, path, kind, List.of());
    }

    /** Stops following the document (the field's view is gone). */
    public void dispose() {
        session.document().scenarioProperty().removeListener(onDocumentChange);
        session.resetsProperty().removeListener(onReset);
        session.markInvalid(path, false);
    }

    /** The scenario the field belongs to, for what depends on it beside the value (its currency, in units). */
    public javafx.beans.property.ReadOnlyObjectProperty<com.computetco.domain.Scenario> scenarioProperty() {
        return session.document().scenarioProperty();
    }

    public String path() {
        return path;
    }

    /** The path without indices, which names the field's label, unit and tooltip in the bundles. */
    public String key() {
        // Every exchange rate shares one label and tooltip, whatever its currency.
        return path.startsWith("exchangeRates.") ? "exchangeRates" : path.replaceAll("\\[\\d+]", "");
    }

    public FieldKind kind() {
        return kind;
    }

    public List<String> choices() {
        return choices;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isValid() {
        return message.get().isEmpty();
    }

    /** Applies the current text (or check box) to the scenario; returns whether the edit was accepted. */
    public boolean commit() {
        Optional<JsonElement> value;
        try {
            value = toJson();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return false;
        }
        if (value.equals(JsonPath.of(path).get(session.tree())) && isValid()) {
            // Nothing changed (a choice box fires when the document sets it): no edit, no undo step.
            return true;
        }
        ScenarioEditor.Outcome outcome;
        try {
            outcome = session.editor().setField(session.document().scenario(), path, value.orElse(null), tree -> {
                createMoneyIfMissing(tree);
                if (value.isPresent()) {
                    MissingObjects.complete(tree, path);
                }
                JsonPath.of(path).set(tree, value.orElse(null));
            });
        } catch (IllegalArgumentException e) {
            // The field's option is gone (its column is being rebuilt): there is nothing to edit.
            return false;
        }
        if (!outcome.accepted()) {
            fail(reasonFor(outcome.errors()));
            return false;
        }
        message.set("");
        session.markInvalid(path, false);
        session.document().apply(outcome.scenario());
        refresh();
        return true;
    }

    private Optional<JsonElement> toJson() {
        String raw = text.get() == null ? "" : text.get().strip();
        switch (kind) {
            case BOOLEAN:
                return Optional.of(new JsonPrimitive(checked.get()));
            case DECIMAL:
            case INTEGER:
                if (raw.isEmpty()) {
                    return Optional.empty();
                }
                BigDecimal number = NumberText.parse(raw).orElseThrow(() -> new IllegalArgumentException(
                        session.messages().get("field.error.notANumber")));
                if (kind == FieldKind.INTEGER && number.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException(session.messages().get("field.error.notAWholeNumber"));
                }
                return Optional.of(new JsonPrimitive(number));
            case DATE:
                if (raw.isEmpty()) {
                    return Optional.empty();
                }
                try {
                    LocalDate.parse(raw);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(session.messages().get("field.error.notADate"));
                }
                return Optional.of(new JsonPrimitive(raw));
            case OPTIONAL_TEXT:
                return raw.isEmpty() ? Optional.empty() : Optional.of(new JsonPrimitive(raw));
            case CURRENCY:
                return Optional.of(new JsonPrimitive(raw.toUpperCase(java.util.Locale.ROOT)));
            default:
                return Optional.of(new JsonPrimitive(text.get() == null ? "" : text.get()));
        }
    }

    /** A money amount typed where the quote had none gets the base currency, so it is complete at once. */
    private void createMoneyIfMissing(JsonObject tree) {
        if (!path.endsWith(".amount")) {
            return;
        }
        String moneyPath = path.substring(0, path.length() - ".amount".length());
        if (JsonPath.of(moneyPath).get(tree).isEmpty()) {
            JsonObject money = new JsonObject();
            money.addProperty("currency", session.document().scenario().currency());
            JsonPath.of(moneyPath).set(tree, money);
        }
    }

    private String reasonFor(List<Problem> errors) {
        for (Problem p : errors) {
            if (p.path().equals(path)) {
                return localized(p);
            }
        }
        for (Problem p : errors) {
            if (p.path().startsWith(path) || path.startsWith(p.path())) {
                return localized(p);
            }
        }
        // The edit broke a rule elsewhere (a rate removed that a price needs): name that field.
        return errors.isEmpty() ? session.messages().get("field.error.invalid")
                : errors.get(0).path() + ": " + localized(errors.get(0));
    }

    private String localized(Problem problem) {
        return ProblemMessages.text(problem, session.messages());
    }

    private void fail(String reason) {
        message.set(reason);
        session.markInvalid(path, true);
    }

    private void refreshUnlessInvalid() {
        if (isValid()) {
            refresh();
        }
    }

    private void showDocument() {
        message.set("");
        refresh();
    }

    private void refresh() {
        Optional<JsonElement> value = JsonPath.of(path).get(session.tree());
        if (kind == FieldKind.BOOLEAN) {
            checked.set(value.map(JsonElement::getAsBoolean).orElse(false));
            return;
        }
        text.set(value.map(v -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                ? NumberText.format(v.getAsBigDecimal()) : v.getAsString()).orElse(""));
    }
}
