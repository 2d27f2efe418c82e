package com.computetco.ui.risk;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Scenario;
import com.computetco.engine.risk.BreakEvenAnalysis;
import com.computetco.engine.risk.BreakEvenResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.text.RiskTexts;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.platform.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The break-even sentences: for every option but the baseline, the value of each input at which it costs the
 * same as the baseline. Computed in the background while the risk tab is shown, for the scenario as it is now.
 */
public final class BreakEvenViewModel {
    private final EditSession session;
    private final ObservableValue<Messages> messages;
    private final ObservableValue<Boolean> chineseUnits;
    private final ObservableList<String> sentences = FXCollections.observableArrayList();
    // Made once: views listen weakly, and a wrapper made per call would be collected with their listeners.
    private final ObservableList<String> readOnlySentences = FXCollections.unmodifiableObservableList(sentences);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ShownAnswer<Question, List<BreakEvenResult>> answer;
    private List<BreakEvenResult> results = List.of();

    /** What the answers depend on: the scenario and the language its option labels are in. */
    private record Question(Scenario scenario, Locale locale) {
    }

    public BreakEvenViewModel(EditSession session, ObservableValue<Messages> messages,
            ObservableValue<Boolean> chineseUnits, TaskExecutor executor) {
        this.session = session;
        this.messages = messages;
        this.chineseUnits = chineseUnits;
        answer = new ShownAnswer<>(executor, this::question,
                q -> BreakEvenAnalysis.all(DisplayNames.forLocale(q.scenario(), q.locale())), this::show,
                this::failed);
        session.document().scenarioProperty().addListener(o -> answer.refresh());
        session.loadsProperty().addListener(o -> documentReplaced());
        messages.addListener(o -> {
            showSentences();
            answer.refresh();
        });
        chineseUnits.addListener(o -> showSentences());
    }

    private Question question() {
        return new Question(session.document().scenario(), messages.getValue().locale());
    }

    /** Whether the risk tab is shown: showing it brings the answers up to date. */
    public void setActive(boolean shown) {
        answer.setActive(shown);
    }

    /** True while the answers are being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return answer.busyProperty();
    }

    public ObservableList<String> sentences() {
        return readOnlySentences;
    }

    /** Why the last computation failed; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private void show(List<BreakEvenResult> answers) {
        failure.set("");
        results = answers;
        showSentences();
    }

    private void failed(Throwable error) {
        failure.set(messages.getValue().format("risk.ui.failed", String.valueOf(error.getMessage())));
    }

    private void showSentences() {
        Messages m = messages.getValue();
        RiskTexts texts = new RiskTexts(m, new AmountFormat(m.locale(),
                AxisScale.of(m.locale(), chineseUnits.getValue()).inWan()));
        List<String> next = new ArrayList<>();
        for (BreakEvenResult r : results) {
            next.add(texts.breakEvenSentence(r));
        }
        if (!next.equals(sentences)) {
            sentences.setAll(next);
        }
    }

    /** New or Open: the previous file's answers must not stay on screen while the new ones are computed. */
    private void documentReplaced() {
        results = List.of();
        failure.set("");
        showSentences();
        answer.reset();
    }
}
