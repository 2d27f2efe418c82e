package com.computetco.ui.terms;

import com.computetco.domain.Option;
import com.computetco.domain.PaymentEntry;
import com.computetco.domain.PaymentEvent;
import com.computetco.domain.ServerQuote;
import com.computetco.i18n.ProblemMessages;
import com.computetco.rules.Problem;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.fields.NumberText;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The payment-schedule editor of one server quote (methodology section 10): rows of share, event and months
 * after it, the running sum, and the file reader's message for the schedule as it stands (shares not adding up
 * to 100, a row out of range), checked on every edit by the same rules as a file. Applying replaces the quote's
 * prepayment with the schedule, one undo step; "use prepayment instead" goes back.
 */
public final class PaymentScheduleViewModel {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final EditSession session;
    private final ObservableList<ScheduleRow> rows = FXCollections.observableArrayList(ScheduleRow::observables);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper hasSchedule = new ReadOnlyBooleanWrapper(this, "hasSchedule");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper sum = new ReadOnlyStringWrapper(this, "sum", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canApply;
    private int optionIndex = -1;
    private boolean loading;

    public PaymentScheduleViewModel(EditSession session) {
        this.session = session;
        rows.addListener((javafx.collections.ListChangeListener<ScheduleRow>) c -> {
            if (!loading) {
                dirty.set(true);
                validate();
            }
        });
        canApply = Bindings.createBooleanBinding(() -> available.get() && !rows.isEmpty() && message.get().isEmpty()
                && (dirty.get() || !hasSchedule.get()), available, rows, message, dirty, hasSchedule);
    }

    public ObservableList<ScheduleRow> rows() {
        return rows;
    }

    /** Whether the chosen option is a build option (only server quotes have a schedule). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether the quote in the document has a schedule (else it pays by prepayment). */
    public ReadOnlyBooleanProperty hasScheduleProperty() {
        return hasSchedule.getReadOnlyProperty();
    }

    /** Rows edited since they were last loaded or applied. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "Sum: 95%", the running sum of the shares typed so far. */
    public ReadOnlyStringProperty sumProperty() {
        return sum.getReadOnlyProperty();
    }

    /** Why the rows are not a valid schedule, in the reader's words; empty when they are. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the document has now: the schedule applies, or the prepayment rule of version 1. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** Shows the schedule of option {@code index} (or nothing for -1), dropping unapplied rows. */
    public void show(int index) {
        optionIndex = index;
        reload();
    }

    /** Follows the document unless the user has rows not yet applied (those stay until applied or reloaded). */
    void documentChanged() {
        if (!dirty.get()) {
            reload();
        } else {
            updateStatus();
        }
    }

    /** Drops unapplied rows and shows the document's schedule. */
    public void reload() {
        loading = true;
        try {
            List<ScheduleRow> loaded = new ArrayList<>();
            Optional<ServerQuote> quote = quote();
            available.set(quote.isPresent());
            quote.flatMap(ServerQuote::schedule).ifPresent(schedule -> {
                for (PaymentEntry e : schedule) {
                    loaded.add(new ScheduleRow(NumberText.format(e.pct()), e.at(), Integer.toString(e.afterMonths())));
                }
            });
            if (loaded.isEmpty() && quote.isPresent()) {
                // The version-1 rule as rows, so that applying them unchanged changes nothing.
                BigDecimal prepayment = quote.get().prepaymentPct();
                if (prepayment.signum() > 0) {
                    loaded.add(new ScheduleRow(NumberText.format(prepayment), PaymentEvent.SIGNING, "0"));
                }
                if (prepayment.compareTo(HUNDRED) < 0) {
                    loaded.add(new ScheduleRow(NumberText.format(HUNDRED.subtract(prepayment)),
                            PaymentEvent.ACCEPTANCE, "0"));
                }
            }
            rows.setAll(loaded);
            dirty.set(false);
        } finally {
            loading = false;
        }
        validate();
        updateStatus();
    }

    public void addRow() {
        BigDecimal rest = HUNDRED.subtract(parsedSum().orElse(HUNDRED));
        rows.add(new ScheduleRow(rest.signum() > 0 ? NumberText.format(rest) : "", PaymentEvent.ACCEPTANCE, "0"));
    }

    public void removeRow(ScheduleRow row) {
        rows.remove(row);
    }

    /** Puts the rows into the quote in place of its prepayment; false (with the message) if they are not valid. */
    public boolean apply() {
        if (!canApply.get()) {
            return false;
        }
        Optional<JsonArray> array = toJson();
        if (array.isEmpty()) {
            return false;
        }
        ScenarioEditor.Outcome outcome = session.editor().change(session.document().scenario(), tree -> {
            JsonObject quote = quoteTree(tree);
            quote.remove("prepaymentPct");
            quote.add("paymentSchedule", array.get());
        });
        return applied(outcome);
    }

    /** Removes the schedule: the quote pays its signing shares as a prepayment and the rest at acceptance. */
    public boolean usePrepayment() {
        Optional<ServerQuote> quote = quote();
        if (quote.isEmpty() || quote.get().schedule().isEmpty()) {
            return false;
        }
        BigDecimal signing = quote.get().schedule().get().stream().filter(e -> e.at() == PaymentEvent.SIGNING)
                .map(PaymentEntry::pct).reduce(BigDecimal.ZERO, BigDecimal::add);
        ScenarioEditor.Outcome outcome = session.editor().change(session.document().scenario(), tree -> {
            JsonObject q = quoteTree(tree);
            q.remove("paymentSchedule");
            q.add("prepaymentPct", new JsonPrimitive(signing.min(HUNDRED)));
        });
        return applied(outcome);
    }

    /** Puts an accepted edit into the document and reloads the rows; a refused one explains why and changes nothing. */
    private boolean applied(ScenarioEditor.Outcome outcome) {
        if (!outcome.accepted()) {
            message.set(reason(outcome.errors()));
            return false;
        }
        dirty.set(false);
        session.document().apply(outcome.scenario());
        reload();
        return true;
    }

    private void validate() {
        sum.set(parsedSum().map(s -> session.messages().format("terms.schedule.sum", NumberText.format(s)))
                .orElse(""));
        if (!available.get()) {
            message.set("");
            return;
        }
        String parseError = parseError();
        if (!parseError.isEmpty()) {
            message.set(parseError);
            return;
        }
        if (rows.isEmpty()) {
            message.set("");
            return;
        }
        JsonArray array = toJson().orElseThrow();
        ScenarioEditor.Outcome outcome = session.editor().change(session.document().scenario(), tree -> {
            JsonObject quote = quoteTree(tree);
            quote.remove("prepaymentPct");
            quote.add("paymentSchedule", array);
        });
        message.set(outcome.accepted() ? "" : reason(outcome.errors()));
    }

    private void updateStatus() {
        Optional<ServerQuote> quote = quote();
        if (quote.isEmpty()) {
            status.set(session.messages().get("terms.schedule.serverOnly"));
        } else if (quote.get().schedule().isPresent()) {
            status.set("");
        } else {
            status.set(session.messages().format("terms.schedule.none",
                    NumberText.format(quote.get().prepaymentPct())));
        }
        hasSchedule.set(quote.flatMap(ServerQuote::schedule).isPresent());
    }

    /** The reader's message for the schedule (or the prepayment beside it), in the current language. */
    private String reason(List<Problem> errors) {
        String prefix = "options[" + optionIndex + "].quote.paymentSchedule";
        for (Problem p : errors) {
            if (p.path().startsWith(prefix)) {
                String where = p.path().substring(prefix.length());
                String text = ProblemMessages.text(p, session.messages());
                return where.isEmpty() ? text : where.replaceFirst("^\\.", "") + ": " + text;
            }
        }
        return errors.isEmpty() ? session.messages().get("field.error.invalid")
                : errors.get(0).path() + ": " + ProblemMessages.text(errors.get(0), session.messages());
    }

    private String parseError() {
        for (int i = 0; i < rows.size(); i++) {
            ScheduleRow row = rows.get(i);
            if (NumberText.parse(text(row.pctProperty().get())).isEmpty()) {
                return session.messages().format("terms.schedule.rowInvalid", i + 1,
                        session.messages().get("terms.schedule.notANumber"));
            }
            String months = text(row.afterMonthsProperty().get());
            if (!months.isEmpty()) {
                Optional<BigDecimal> n = NumberText.parse(months);
                if (n.isEmpty()) {
                    return session.messages().format("terms.schedule.rowInvalid", i + 1,
                            session.messages().get("terms.schedule.notANumber"));
                }
                if (n.get().stripTrailingZeros().scale() > 0) {
                    return session.messages().format("terms.schedule.rowInvalid", i + 1,
                            session.messages().get("terms.schedule.notAWholeNumber"));
                }
            }
        }
        return "";
    }

    private Optional<BigDecimal> parsedSum() {
        BigDecimal total = BigDecimal.ZERO;
        for (ScheduleRow row : rows) {
            Optional<BigDecimal> pct = NumberText.parse(text(row.pctProperty().get()));
            if (pct.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(pct.get());
        }
        return Optional.of(total);
    }

    private Optional<JsonArray> toJson() {
        if (!parseError().isEmpty()) {
            return Optional.empty();
        }
        JsonArray array = new JsonArray();
        for (ScheduleRow row : rows) {
            JsonObject entry = new JsonObject();
            entry.add("pct", new JsonPrimitive(NumberText.parse(text(row.pctProperty().get())).orElseThrow()));
            entry.addProperty("at", row.atProperty().get().jsonName());
            String months = text(row.afterMonthsProperty().get());
            if (!months.isEmpty()) {
                entry.add("afterMonths", new JsonPrimitive(NumberText.parse(months).orElseThrow()));
            }
            array.add(entry);
        }
        return Optional.of(array);
    }

    private JsonObject quoteTree(JsonObject tree) {
        return tree.getAsJsonArray("options").get(optionIndex).getAsJsonObject().getAsJsonObject("quote");
    }

    private Optional<ServerQuote> quote() {
        List<Option> options = session.document().scenario().options();
        if (optionIndex < 0 || optionIndex >= options.size()) {
            return Optional.empty();
        }
        return options.get(optionIndex).quote() instanceof ServerQuote q ? Optional.of(q) : Optional.empty();
    }

    private static String text(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** For the view's combo box: the event's name in the current language. */
    public String eventName(PaymentEvent event) {
        return session.messages().get("terms.at." + event.jsonName());
    }
}
