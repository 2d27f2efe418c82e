package com.computetco.ui.terms;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.OptionSchedule;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.ui.document.EditSession;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Payments and schedule" tab: choose an option, then edit how its rent is quoted, its payment schedule and
 * its financing, and read its month-by-month schedule (payments, loan, VAT paid and credited, depreciation,
 * income tax, after-tax flow). The editors follow the chosen option and the document; every edit goes through
 * the file rules like any field.
 */
public final class TermsViewModel {
    private final EditSession session;
    private final ObservableValue<Boolean> chineseUnits;
    private final ObservableList<String> optionLabels = FXCollections.observableArrayList();
    /** One read-only view, made once: a view's weak listener on a fresh wrapper per call would be collected. */
    private final ObservableList<String> optionLabelsView = FXCollections.unmodifiableObservableList(optionLabels);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final PaymentScheduleViewModel schedule;
    private final FinancingViewModel financing;
    private final RentPriceViewModel price;
    private final ReadOnlyObjectWrapper<ScheduleTable> table = new ReadOnlyObjectWrapper<>(this, "table",
            ScheduleTable.empty());
    private final ReadOnlyBooleanWrapper hasTax = new ReadOnlyBooleanWrapper(this, "hasTax");
    private List<String> shownIds = List.of();

    public TermsViewModel(EditSession session, ObservableValue<Boolean> chineseUnits) {
        this.session = session;
        this.chineseUnits = chineseUnits;
        schedule = new PaymentScheduleViewModel(session);
        financing = new FinancingViewModel(session, this::format);
        price = new RentPriceViewModel(session);
        session.document().scenarioProperty().addListener((o, was, now) -> documentChanged());
        session.resetsProperty().addListener(o -> schedule.reload());
        session.messagesProperty().addListener(o -> documentChanged());
        chineseUnits.addListener(o -> updateTable());
        selectedIndex.addListener((o, was, now) -> select(now.intValue()));
        documentChanged();
        if (!optionLabels.isEmpty()) {
            selectedIndex.set(0);
        }
    }

    public ObservableList<String> optionLabels() {
        return optionLabelsView;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public PaymentScheduleViewModel schedule() {
        return schedule;
    }

    public FinancingViewModel financing() {
        return financing;
    }

    public RentPriceViewModel price() {
        return price;
    }

    public ReadOnlyObjectProperty<ScheduleTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Whether the scenario has a tax block (the table then has its after-tax columns). */
    public ReadOnlyBooleanProperty hasTaxProperty() {
        return hasTax.getReadOnlyProperty();
    }

    private void documentChanged() {
        Scenario s = session.document().scenario();
        List<String> ids = s.options().stream().map(Option::id).toList();
        List<String> labels = s.options().stream().map(Option::label).toList();
        if (!labels.equals(optionLabels)) {
            int keep = selectedIndex.get();
            optionLabels.setAll(labels);
            // The list's combo box clears its selection when its items change: choose again.
            selectedIndex.set(-1);
            selectedIndex.set(keep >= 0 && keep < ids.size() ? keep : ids.isEmpty() ? -1 : 0);
        }
        if (!ids.equals(shownIds)) {
            shownIds = ids;
            select(selectedIndex.get());
            return;
        }
        hasTax.set(s.tax() != null);
        schedule.documentChanged();
        financing.refresh();
        price.refresh();
        updateTable();
    }

    private void select(int index) {
        if (index < 0) {
            return;
        }
        hasTax.set(session.document().scenario().tax() != null);
        schedule.show(index);
        financing.show(index);
        price.show(index);
        updateTable();
    }

    private void updateTable() {
        int index = selectedIndex.get();
        Scenario s = session.document().scenario();
        if (index < 0 || index >= s.options().size()) {
            table.set(ScheduleTable.empty());
            return;
        }
        table.set(OptionSchedule.of(s, s.options().get(index).id())
                .map(schedule -> ScheduleTable.of(schedule, session.messages(), format()))
                .orElse(ScheduleTable.empty()));
    }

    AmountFormat format() {
        Messages m = session.messages();
        return AxisScale.of(m.locale(), chineseUnits.getValue()).format(m.locale());
    }
}
