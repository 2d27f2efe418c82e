package com.computetco.ui.terms;

import com.computetco.domain.PaymentEvent;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of a payment schedule: the share as typed, the event, and the months after it as typed. */
public final class ScheduleRow {
    private final StringProperty pct = new SimpleStringProperty("");
    private final ObjectProperty<PaymentEvent> at = new SimpleObjectProperty<>(PaymentEvent.SIGNING);
    private final StringProperty afterMonths = new SimpleStringProperty("0");

    public ScheduleRow(String pct, PaymentEvent at, String afterMonths) {
        this.pct.set(pct);
        this.at.set(at);
        this.afterMonths.set(afterMonths);
    }

    public StringProperty pctProperty() {
        return pct;
    }

    public ObjectProperty<PaymentEvent> atProperty() {
        return at;
    }

    public StringProperty afterMonthsProperty() {
        return afterMonths;
    }

    /** What a list of rows watches, so that an edit in any row revalidates the schedule. */
    Observable[] observables() {
        return new Observable[] {pct, at, afterMonths};
    }
}
