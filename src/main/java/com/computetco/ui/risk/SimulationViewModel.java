package com.computetco.ui.risk;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Scenario;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.risk.MonteCarlo;
import com.computetco.engine.risk.OptionStatistics;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.text.RiskTexts;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.platform.BackgroundTask;
import com.computetco.ui.platform.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Monte Carlo simulation: a run in the background with progress and cancel, and its results per option.
 * Opening another file clears the results, and runs a new simulation at once if the tab is shown.
 */
public final class SimulationViewModel {
    public static final int DEFAULT_ITERATIONS = 20_000;

    private final EditSession session;
    private final ObservableValue<Messages> messages;
    private final ObservableValue<Boolean> chineseUnits;
    private final TaskExecutor executor;
    private final IntegerProperty iterations = new SimpleIntegerProperty(DEFAULT_ITERATIONS);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper resultOutdated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList();
    // Made once: views listen weakly, and a wrapper made per call would be collected with their listeners
    // (issue 10: the Risk tab kept the previous file's figures).
    private final ObservableList<RiskRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanBinding canRun;
    private BackgroundTask<SimulationResult> run;
    private boolean active;
    /** The scenario the shown results are of. */
    private Scenario simulated;
    /** Set when another document replaced the one the run in flight simulates: its cancel is no user's. */
    private boolean replacedWhileRunning;

    public SimulationViewModel(EditSession session, ObservableValue<Messages> messages,
            ObservableValue<Boolean> chineseUnits, TaskExecutor executor) {
        this.session = session;
        this.messages = messages;
        this.chineseUnits = chineseUnits;
        this.executor = executor;
        canRun = Bindings.createBooleanBinding(() -> !running.get() && iterations.get() >= 1
                && iterations.get() <= MonteCarlo.maxIterations(session.document().scenario().options().size()),
                running, iterations, session.document().scenarioProperty());
        session.document().scenarioProperty().addListener(o -> resultOutdated.set(simulated != null
                && !simulated.equals(session.document().scenario())));
        session.loadsProperty().addListener(o -> documentReplaced());
        messages.addListener(o -> refreshTexts());
        chineseUnits.addListener(o -> refreshTexts());
    }

    /** Whether the risk tab is shown; the first time, a default simulation runs so that it shows an answer. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && result.get() == null && canRun.get()) {
            run();
        }
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The last simulation if it is of the scenario as it is now, else null (for the Excel report's Risk sheet). */
    public SimulationResult currentSimulation() {
        return resultOutdated.get() ? null : result.get();
    }

    /** True when the scenario changed after the last run: its figures are for an earlier version. */
    public ReadOnlyBooleanProperty resultOutdatedProperty() {
        return resultOutdated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<RiskRow> rows() {
        return readOnlyRows;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** Starts a simulation of the current scenario in the background. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Scenario scenario = session.document().scenario();
        // Labels in the window's language; the outdated check compares the document's own scenario.
        Scenario named = DisplayNames.forLocale(scenario, messages().locale());
        int count = iterations.get();
        long seedValue = seed.get();
        running.set(true);
        progress.set(0);
        status.set(messages().format("risk.ui.running", count));
        BackgroundTask<SimulationResult> task = BackgroundTask.wrap(work -> MonteCarlo.run(ScenarioModel.of(named),
                count, seedValue, 0, work::updateProgress, work::isCancelled));
        run = task;
        task.onProgress(p -> progress.set(p.fraction()))
                .onSuccess(outcome -> {
                    ended();
                    finished(scenario, outcome);
                }).onCancelled(() -> {
                    ended();
                    cancelled();
                }).onFailure(e -> {
                    ended();
                    failed(e);
                }).executeWith(executor);
    }

    private void ended() {
        running.set(false);
        run = null;
    }

    /** Asks the running simulation to stop; it does within one block of iterations (well under 100 ms). */
    public void cancel() {
        if (run != null) {
            run.cancel();
        }
    }

    private Messages messages() {
        return messages.getValue();
    }

    private void finished(Scenario scenario, SimulationResult outcome) {
        progress.set(1);
        simulated = scenario;
        result.set(outcome);
        resultOutdated.set(!scenario.equals(session.document().scenario()));
        status.set(messages().format("risk.ui.done", outcome.iterations(), outcome.seed()));
        refreshTexts();
    }

    private void cancelled() {
        progress.set(0);
        if (replacedWhileRunning) {
            // Started on the previous document: its figures say nothing about this one; a shown tab runs anew.
            replacedWhileRunning = false;
            status.set("");
            if (active && canRun.get()) {
                run();
            }
            return;
        }
        status.set(messages().get("risk.ui.cancelled"));
    }

    private void failed(Throwable e) {
        progress.set(0);
        status.set(messages().format("risk.ui.failed", String.valueOf(e.getMessage())));
    }

    /** New or Open: the simulation of the previous document goes; a shown tab simulates the new one at once. */
    private void documentReplaced() {
        simulated = null;
        result.set(null);
        resultOutdated.set(false);
        progress.set(0);
        status.set("");
        if (run != null) {
            replacedWhileRunning = true;
            run.cancel();
        } else if (active && canRun.get()) {
            run();
        }
        refreshTexts();
    }

    private void refreshTexts() {
        SimulationResult r = result.get();
        if (r == null) {
            rows.clear();
            summary.set("");
            return;
        }
        Messages m = messages();
        AmountFormat format = new AmountFormat(m.locale(), AxisScale.of(m.locale(), chineseUnits.getValue()).inWan());
        RiskTexts texts = new RiskTexts(m, format);
        OptionStatistics best = r.mostOftenCheapest();
        List<RiskRow> list = new ArrayList<>();
        for (OptionStatistics o : r.options()) {
            boolean hasPayback = o.payback() != null;
            list.add(new RiskRow(o.id(), o.baseline() ? m.format("risk.label.baseline", o.label()) : o.label(),
                    format.amount(o.mean()), format.amount(o.p10()), format.amount(o.p50()), format.amount(o.p90()),
                    texts.percent(o.probabilityCheapest()),
                    hasPayback ? format.months(o.payback().p10()) : "—",
                    hasPayback ? format.months(o.payback().p50()) : "—",
                    hasPayback ? format.months(o.payback().p90()) : "—",
                    hasPayback ? texts.percent(o.payback().neverShare()) : "—",
                    o.p10(), o.p50(), o.p90(), o.mean(), o.probabilityCheapest(), o == best));
        }
        rows.setAll(list);
        summary.set(m.format("risk.simulate.cheapest", best.label(), texts.percent(best.probabilityCheapest())));
    }
}
