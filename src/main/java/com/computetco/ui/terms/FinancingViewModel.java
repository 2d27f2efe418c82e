package com.computetco.ui.terms;

import com.computetco.domain.Financing;
import com.computetco.domain.Option;
import com.computetco.engine.OptionSchedule;
import com.computetco.i18n.AmountFormat;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.fields.FieldKind;
import com.computetco.ui.fields.FieldViewModel;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The financing editor of one build option (methodology section 11): a switch that adds a loan with neutral
 * terms or removes it, the kind (bank loan or finance lease), its four fields through the usual field mechanism,
 * and the monthly instalment the engine computes from them.
 */
public final class FinancingViewModel {
    /** Terms a new loan starts from: 70% over three years at 3.5%, near the 2025 one-year LPR; the user edits them. */
    private static final String DEFAULT_FINANCED_PCT = "70";
    private static final String DEFAULT_RATE_PCT = "3.5";
    private static final int DEFAULT_TERM_MONTHS = 36;
    static final List<String> FIELDS = List.of("financedPct", "annualRatePct", "termMonths", "balloonPct");

    private final EditSession session;
    private final Supplier<AmountFormat> format;
    private final ObservableList<FieldViewModel> fields = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper(this, "kind", "loan");
    private final ReadOnlyStringWrapper instalment = new ReadOnlyStringWrapper(this, "instalment", "");
    private int optionIndex = -1;

    public FinancingViewModel(EditSession session, Supplier<AmountFormat> format) {
        this.session = session;
        this.format = format;
    }

    /** The four fields (financed share, rate, term, balloon) of the chosen option; empty for a rent option. */
    public ObservableList<FieldViewModel> fields() {
        return fields;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** "loan" or "financeLease", as in the file. */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** "Monthly instalment: 123,456 CNY for 36 months (financed ...)", or empty without financing. */
    public ReadOnlyStringProperty instalmentProperty() {
        return instalment.getReadOnlyProperty();
    }

    void show(int index) {
        optionIndex = index;
        fields.forEach(FieldViewModel::dispose);
        Optional<Option> option = option();
        boolean build = option.map(Option::isBuild).orElse(false);
        fields.setAll(build ? FIELDS.stream().map(name -> new FieldViewModel(session,
                "options[" + index + "].financing." + name,
                "termMonths".equals(name) ? FieldKind.INTEGER : FieldKind.DECIMAL)).toList() : List.of());
        refresh();
    }

    void refresh() {
        Optional<Option> option = option();
        available.set(option.map(Option::isBuild).orElse(false));
        Optional<Financing> financing = option.flatMap(Option::financingPlan);
        enabled.set(financing.isPresent());
        kind.set(financing.map(f -> f.kind().jsonName()).orElse("loan"));
        instalment.set(financing.isPresent() ? instalmentText(option.get()) : "");
    }

    private String instalmentText(Option option) {
        Optional<OptionSchedule> schedule = OptionSchedule.of(session.document().scenario(), option.id());
        if (schedule.isEmpty()) {
            return session.messages().get("terms.financing.instalmentUnknown");
        }
        OptionSchedule s = schedule.get();
        AmountFormat f = format.get();
        return session.messages().format("terms.financing.instalment", f.amount(s.instalment()),
                session.document().scenario().currency(), s.termMonths(), f.amount(s.financed()), f.amount(s.balloon()));
    }

    /** Adds financing with neutral terms, or removes it; one undo step. */
    public boolean setEnabled(boolean on) {
        if (!available.get() || on == enabled.get()) {
            return on == enabled.get();
        }
        return edit(option -> {
            if (on) {
                JsonObject f = new JsonObject();
                f.addProperty("kind", kind.get());
                f.addProperty("financedPct", Integer.parseInt(DEFAULT_FINANCED_PCT));
                f.addProperty("annualRatePct", new java.math.BigDecimal(DEFAULT_RATE_PCT));
                f.addProperty("termMonths", DEFAULT_TERM_MONTHS);
                option.add("financing", f);
            } else {
                option.remove("financing");
            }
        });
    }

    /** Bank loan or finance lease: computed alike, shown to the user (and in the report) as chosen. */
    public boolean setKind(String newKind) {
        if (!enabled.get() || newKind.equals(kind.get())) {
            return false;
        }
        return edit(option -> option.getAsJsonObject("financing").addProperty("kind", newKind));
    }

    private boolean edit(java.util.function.Consumer<JsonObject> change) {
        int index = optionIndex;
        ScenarioEditor.Outcome outcome = session.editor().change(session.document().scenario(),
                tree -> change.accept(tree.getAsJsonArray("options").get(index).getAsJsonObject()));
        if (!outcome.accepted()) {
            return false;
        }
        session.document().apply(outcome.scenario());
        refresh();
        return true;
    }

    private Optional<Option> option() {
        List<Option> options = session.document().scenario().options();
        return optionIndex >= 0 && optionIndex < options.size() ? Optional.of(options.get(optionIndex))
                : Optional.empty();
    }
}
