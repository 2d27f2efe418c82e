package com.computetco.ui.risk;

import com.computetco.engine.risk.SimulationResult;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.platform.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/**
 * The risk tab: the Monte Carlo simulation, the sensitivity tornado, the break-even answers and the ranges, each
 * with its own ViewModel; this one only tells them when the tab is shown.
 *
 * <p>The tornado and the break-even answers cost tens of milliseconds, far more than an edit's whole budget of one
 * frame: they are computed only while the tab is shown ({@link #setActive}), in the background, and only for the
 * scenario as it is now (answers for an older state are dropped).
 */
public final class RiskViewModel {
    private final ObservableValue<Messages> messages;
    private final SimulationViewModel simulation;
    private final TornadoViewModel tornado;
    private final BreakEvenViewModel breakEven;
    private final RangesViewModel ranges;
    private final BooleanBinding busy;
    private final ObjectBinding<AxisScale> axisScale;
    private boolean active;

    public RiskViewModel(EditSession session, ObservableValue<Messages> messages,
            ObservableValue<Boolean> chineseUnits, TaskExecutor executor) {
        this.messages = messages;
        simulation = new SimulationViewModel(session, messages, chineseUnits, executor);
        tornado = new TornadoViewModel(session, messages, executor);
        breakEven = new BreakEvenViewModel(session, messages, chineseUnits, executor);
        ranges = new RangesViewModel(session, messages);
        axisScale = Bindings.createObjectBinding(
                () -> AxisScale.of(messages.getValue().locale(), chineseUnits.getValue()), messages, chineseUnits);
        busy = Bindings.createBooleanBinding(() -> simulation.runningProperty().get()
                        || tornado.busyProperty().get() || breakEven.busyProperty().get(),
                simulation.runningProperty(), tornado.busyProperty(), breakEven.busyProperty());
    }

    /**
     * Whether the risk tab is shown. Showing it brings the tornado and the break-even answers up to date (in the
     * background) and, the first time, runs a default simulation so that it shows an answer at once.
     */
    public void setActive(boolean shown) {
        active = shown;
        tornado.setActive(shown);
        breakEven.setActive(shown);
        simulation.setActive(shown);
    }

    public boolean isActive() {
        return active;
    }

    /** The charts' amount scale: 万 for a Chinese reader with the 万/亿 setting on, as in the results tab. */
    public ObservableValue<AxisScale> axisScaleProperty() {
        return axisScale;
    }

    public AxisScale axisScale() {
        return axisScale.get();
    }

    /** True while any of the tab's background work (simulation, tornado, break-even) runs. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public SimulationViewModel simulation() {
        return simulation;
    }

    public TornadoViewModel tornado() {
        return tornado;
    }

    public BreakEvenViewModel breakEven() {
        return breakEven;
    }

    public RangesViewModel ranges() {
        return ranges;
    }

    /** The last simulation if it is of the scenario as it is now, else null (for the Excel report's Risk sheet). */
    public SimulationResult currentSimulation() {
        return simulation.currentSimulation();
    }

    public Messages messages() {
        return messages.getValue();
    }
}
