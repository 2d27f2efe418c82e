package com.computetco.ui.risk;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.domain.Triangular;
import com.computetco.i18n.Messages;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.fields.FieldKind;
import com.computetco.ui.fields.FieldViewModel;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Monte Carlo ranges as editable fields: the scenario's (electricity price, rent price change) and each
 * option's (lead time for a build, retraining months), and the warning when the electricity range leaves out
 * the price the results use.
 */
public final class RangesViewModel {
    private static final List<String> SCENARIO_RANGES = List.of("uncertainty.electricityPricePerKwh.min",
            "uncertainty.electricityPricePerKwh.likely", "uncertainty.electricityPricePerKwh.max",
            "uncertainty.rentAnnualPriceChangePct.min", "uncertainty.rentAnnualPriceChangePct.max");

    private final EditSession session;
    private final ObservableValue<Messages> messages;
    private final List<FieldViewModel> scenarioRanges = new ArrayList<>();
    private final ObservableList<OptionRanges> optionRanges = FXCollections.observableArrayList();
    // Made once: views listen weakly, and a wrapper made per call would be collected with their listeners.
    private final ObservableList<OptionRanges> readOnlyOptionRanges =
            FXCollections.unmodifiableObservableList(optionRanges);
    /** Non-empty while the electricity range leaves out the price the results use (issue 10 §5). */
    private final ReadOnlyStringWrapper rangeWarning = new ReadOnlyStringWrapper("");
    /** The options' ids and kinds the per-option fields were made for. */
    private List<String> shape = List.of();

    public RangesViewModel(EditSession session, ObservableValue<Messages> messages) {
        this.session = session;
        this.messages = messages;
        for (String path : SCENARIO_RANGES) {
            scenarioRanges.add(new FieldViewModel(session, path, FieldKind.DECIMAL));
        }
        session.document().scenarioProperty().addListener(o -> scenarioChanged());
        messages.addListener(o -> updateRangeWarning());
        scenarioChanged();
    }

    public List<FieldViewModel> scenarioRanges() {
        return List.copyOf(scenarioRanges);
    }

    public ObservableList<OptionRanges> optionRanges() {
        return readOnlyOptionRanges;
    }

    /**
     * A sentence while the Monte Carlo electricity range does not contain the electricity price of the scenario
     * (the draws would all lie on one side of the deterministic result); empty otherwise. The view shows it with
     * a button that calls {@link #centreElectricityRange()}.
     */
    public ReadOnlyStringProperty rangeWarningProperty() {
        return rangeWarning.getReadOnlyProperty();
    }

    /**
     * Moves the electricity range so that its likely value is the scenario's price, keeping its distances below
     * and above (the lower end no less than 0). Returns whether the scenario was changed.
     */
    public boolean centreElectricityRange() {
        Scenario s = session.document().scenario();
        Triangular t = electricityRange(s);
        if (t == null || !missesPrice(s, t)) {
            return false;
        }
        BigDecimal price = s.electricity().pricePerKwh();
        BigDecimal min = price.subtract(t.likely().subtract(t.min())).max(BigDecimal.ZERO);
        BigDecimal max = price.add(t.max().subtract(t.likely()));
        ScenarioEditor.Outcome outcome = session.editor().change(s, tree -> {
            JsonObject range = tree.getAsJsonObject("uncertainty").getAsJsonObject("electricityPricePerKwh");
            range.addProperty("min", min);
            range.addProperty("likely", price);
            range.addProperty("max", max);
        });
        if (!outcome.accepted()) {
            return false;
        }
        session.document().apply(outcome.scenario());
        return true;
    }

    private static Triangular electricityRange(Scenario s) {
        return s.uncertainty() == null || s.electricity() == null ? null : s.uncertainty().electricityPricePerKwh();
    }

    private static boolean missesPrice(Scenario s, Triangular t) {
        BigDecimal price = s.electricity().pricePerKwh();
        return price.compareTo(t.min()) < 0 || price.compareTo(t.max()) > 0;
    }

    private void scenarioChanged() {
        rebuildOptionRanges(session.document().scenario());
        updateRangeWarning();
    }

    private void updateRangeWarning() {
        Scenario s = session.document().scenario();
        Triangular t = s == null ? null : electricityRange(s);
        if (t == null || !missesPrice(s, t)) {
            rangeWarning.set("");
            return;
        }
        rangeWarning.set(messages.getValue().format("risk.rangeMissesValue", t.min().toPlainString(),
                t.max().toPlainString(), s.electricity().pricePerKwh().toPlainString()));
    }

    private void rebuildOptionRanges(Scenario s) {
        List<String> now = s.options().stream().map(o -> o.id() + ":" + o.type()).toList();
        if (now.equals(shape)) {
            return;
        }
        shape = now;
        optionRanges.forEach(r -> r.fields().forEach(FieldViewModel::dispose));
        List<OptionRanges> rebuilt = new ArrayList<>();
        for (int i = 0; i < s.options().size(); i++) {
            Option o = s.options().get(i);
            List<FieldViewModel> fields = new ArrayList<>();
            String prefix = "options[" + i + "].";
            if (o.isBuild()) {
                for (String part : List.of("min", "likely", "max")) {
                    fields.add(new FieldViewModel(session, prefix + "quote.leadTimeMonths." + part, FieldKind.DECIMAL));
                }
            }
            fields.add(new FieldViewModel(session, prefix + "retraining.monthsRange.min", FieldKind.DECIMAL));
            fields.add(new FieldViewModel(session, prefix + "retraining.monthsRange.max", FieldKind.DECIMAL));
            rebuilt.add(new OptionRanges(o.label(), fields));
        }
        optionRanges.setAll(rebuilt);
    }
}
