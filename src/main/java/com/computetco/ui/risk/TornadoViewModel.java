package com.computetco.ui.risk;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.Tornado;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.Messages;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.platform.TaskExecutor;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sensitivity tornado of one chosen option against the baseline: computed in the background while the risk
 * tab is shown, for the scenario as it is now.
 */
public final class TornadoViewModel {
    private final EditSession session;
    private final ObservableValue<Messages> messages;
    private final StringProperty option = new SimpleStringProperty();
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    // Made once: views listen weakly, and a wrapper made per call would be collected with their listeners.
    private final ObservableList<String> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyObjectWrapper<TornadoResult> tornado = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ShownAnswer<Question, TornadoResult> answer;

    /** What a tornado answers; equal questions have equal tornadoes. */
    private record Question(Scenario scenario, String optionId, Locale locale) {
    }

    public TornadoViewModel(EditSession session, ObservableValue<Messages> messages, TaskExecutor executor) {
        this.session = session;
        this.messages = messages;
        answer = new ShownAnswer<>(executor, this::question, TornadoViewModel::compute, this::show, this::failed);
        session.document().scenarioProperty().addListener(o -> scenarioChanged());
        session.loadsProperty().addListener(o -> documentReplaced());
        messages.addListener(o -> answer.refresh());
        option.addListener(o -> answer.refresh());
        scenarioChanged();
    }

    private Question question() {
        return new Question(session.document().scenario(), option.get(), messages.getValue().locale());
    }

    /** In the background: labels in the window's language. */
    private static TornadoResult compute(Question q) {
        if (q.optionId() == null || q.scenario().option(q.optionId()).isEmpty()) {
            return null;
        }
        return Tornado.compute(DisplayNames.forLocale(q.scenario(), q.locale()), q.optionId(), Measure.TOTAL_COST);
    }

    private void show(TornadoResult result) {
        failure.set("");
        tornado.set(result);
    }

    private void failed(Throwable error) {
        failure.set(messages.getValue().format("risk.ui.failed", String.valueOf(error.getMessage())));
    }

    /** Whether the risk tab is shown: showing it brings the tornado up to date. */
    public void setActive(boolean shown) {
        answer.setActive(shown);
    }

    /** True while the tornado is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return answer.busyProperty();
    }

    public StringProperty optionProperty() {
        return option;
    }

    /** The ids a tornado can be drawn for: every option but the baseline. */
    public ObservableList<String> choices() {
        return readOnlyChoices;
    }

    public String optionLabel(String id) {
        return session.document().scenario().option(id).map(Option::label).orElse(id);
    }

    public ReadOnlyObjectProperty<TornadoResult> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    /** Why the last computation failed; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private void scenarioChanged() {
        Scenario s = session.document().scenario();
        List<String> ids = s.options().stream().filter(o -> !o.id().equals(s.baselineOptionId()))
                .map(Option::id).toList();
        if (!ids.equals(choices)) {
            choices.setAll(ids);
        }
        if (option.get() == null || !ids.contains(option.get())) {
            option.set(ids.isEmpty() ? null : ids.get(0));
        }
        answer.refresh();
    }

    /** New or Open: the previous file's tornado must not stay on screen while the new one is computed. */
    private void documentReplaced() {
        tornado.set(null);
        failure.set("");
        answer.reset();
    }
}
