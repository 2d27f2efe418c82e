package com.computetco.ui.scenario;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.fields.FieldKind;
import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.fields.FieldSpecs;
import com.computetco.ui.fields.FieldViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The assumptions form: every scenario-wide field, plus one exchange-rate field per foreign currency that the
 * scenario's quotes use (or that it already has a rate for).
 */
public final class AssumptionsViewModel {
    private final EditSession session;
    private final List<FieldViewModel> fields = new ArrayList<>();
    private final ObservableList<FieldViewModel> rateFields = FXCollections.observableArrayList();
    private Set<String> rateCodes = Set.of();
    private final TaxBlockViewModel tax;

    public AssumptionsViewModel(EditSession session) {
        this.session = session;
        for (FieldSpec spec : FieldSpecs.SCENARIO) {
            fields.add(new FieldViewModel(session, spec.path(), spec.kind(), spec.choices()));
        }
        tax = new TaxBlockViewModel(session);
        session.document().scenarioProperty().addListener(o -> rebuildRates());
        rebuildRates();
    }

    /** The Tax panel's on/off switch. */
    public TaxBlockViewModel tax() {
        return tax;
    }

    public List<FieldSpec> specs() {
        return FieldSpecs.SCENARIO;
    }

    public List<String> groups() {
        return FieldSpecs.SCENARIO_GROUPS;
    }

    public FieldViewModel field(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    public List<FieldViewModel> fields() {
        return List.copyOf(fields);
    }

    public ObservableList<FieldViewModel> rateFields() {
        return rateFields;
    }

    private void rebuildRates() {
        Scenario s = session.document().scenario();
        Set<String> codes = new TreeSet<>(s.exchangeRates().keySet());
        for (Option option : s.options()) {
            for (Money money : moneyOf(option)) {
                codes.add(money.currency());
            }
        }
        codes.remove(s.currency());
        if (codes.equals(rateCodes)) {
            return;
        }
        rateCodes = codes;
        rateFields.forEach(FieldViewModel::dispose);
        rateFields.setAll(codes.stream().map(code -> new FieldViewModel(session, "exchangeRates." + code,
                FieldKind.DECIMAL)).toList());
    }

    private static List<Money> moneyOf(Option option) {
        List<Money> money = new ArrayList<>();
        if (option.quote() instanceof ServerQuote q) {
            money.add(q.unitPrice());
            q.installationCostMoney().ifPresent(money::add);
        } else if (option.quote() instanceof RentalQuote q) {
            money.add(q.quotedPrice());
            q.setupFeeMoney().ifPresent(money::add);
        }
        return money;
    }
}
