package com.computetco.ui.risk;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.domain.Triangular;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.risk.BreakEvenAnalysis;
import com.computetco.engine.risk.BreakEvenResult;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.MonteCarlo;
import com.computetco.engine.risk.OptionStatistics;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.engine.risk.Tornado;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.i18n.RiskTexts;
import com.computetco.ui.common.EditSession;
import com.computetco.ui.common.FieldKind;
import com.computetco.ui.common.FieldViewModel;
import com.computetco.ui.common.ScenarioEditor;
import com.computetco.ui.common.TaskExecutor;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The risk tab: the Monte Carlo ranges, a simulation run in the background with progress and cancel, its results
 * per option, the sensitivity tornado of a chosen option and the break-even sentences.
 *
 * <p>The tornado and the break-even answers cost tens of milliseconds, far more than an edit's whole budget of one
 * frame: they are computed only while the tab is shown ({@link #setActive}), in the background, and only for the
 * scenario as it is now (answers for an older state are dropped). Opening another file clears the simulation, and
 * runs a new one at once if the tab is shown.
 */
public final class RiskViewModel {
    public static final int DEFAULT_ITERATIONS = 20_000;
    private static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

    private final EditSession session;
    private final ObservableValue<Messages> messages;
    private final ObservableValue<Boolean> chineseUnits;
    private final ObjectBinding<AxisScale> axisScale;
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
    private final StringProperty tornadoOption = new SimpleStringProperty();
    private final ObservableList<String> tornadoChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TornadoResult> tornado = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> breakEvenSentences = FXCollections.observableArrayList();
    private final List<FieldViewModel> scenarioRanges = new ArrayList<>();
    private final ObservableList<OptionRanges> optionRanges = FXCollections.observableArrayList();
    // One read-only view of each list, made once: views listen weakly, and a wrapper made per call would be
    // collected together with their listeners (issue 10: the Risk tab kept the previous file's figures).
    private final ObservableList<RiskRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> readOnlyTornadoChoices =
            FXCollections.unmodifiableObservableList(tornadoChoices);
    private final ObservableList<String> readOnlyBreakEvenSentences =
            FXCollections.unmodifiableObservableList(breakEvenSentences);
    private final ObservableList<OptionRanges> readOnlyOptionRanges =
            FXCollections.unmodifiableObservableList(optionRanges);
    private final BooleanBinding canRun;
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper();
    /** Non-empty while the electricity range leaves out the price the results use (issue 10 §5). */
    private final ReadOnlyStringWrapper rangeWarning = new ReadOnlyStringWrapper("");
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private Scenario simulated;
    private boolean active;
    /** The scenario the tornado and break-even answers are for (or being computed for), null when none. */
    private Scenario analysed;
    private String analysedOption;
    private List<BreakEvenResult> breakEvenResults = List.of();
    /** Bumped by every New or Open: a simulation started before it belongs to another document. */
    private int generation;
    private List<String> shape = List.of();

    public RiskViewModel(EditSession session, ObservableValue<Messages> messages,
            ObservableValue<Boolean> chineseUnits, TaskExecutor executor) {
        this.session = session;
        this.messages = messages;
        this.chineseUnits = chineseUnits;
        this.executor = executor;
        axisScale = Bindings.createObjectBinding(() -> AxisScale.of(messages().locale(), chineseUnits.getValue()),
                messages, chineseUnits);
        for (String path : List.of("uncertainty.electricityPricePerKwh.min", "uncertainty.electricityPricePerKwh.likely",
                "uncertainty.electricityPricePerKwh.max", "uncertainty.rentAnnualPriceChangePct.min",
                "uncertainty.rentAnnualPriceChangePct.max")) {
            scenarioRanges.add(new FieldViewModel(session, path, FieldKind.DECIMAL));
        }
        canRun = Bindings.createBooleanBinding(() -> !running.get() && iterations.get() >= 1
                && iterations.get() <= MonteCarlo.maxIterations(session.document().scenario().options().size()),
                running, iterations, session.document().scenarioProperty());
        session.document().scenarioProperty().addListener(o -> scenarioChanged());
        session.loadsProperty().addListener(o -> documentReplaced());
        messages.addListener(o -> refreshTexts());
        messages.addListener(o -> updateRangeWarning());
        chineseUnits.addListener(o -> refreshTexts());
        tornadoOption.addListener(o -> analyseIfShown());
        scenarioChanged();
    }

    /**
     * Whether the risk tab is shown. Showing it brings the tornado and the break-even answers up to date (in the
     * background) and, the first time, runs a default simulation so that it shows an answer at once.
     */
    public void setActive(boolean shown) {
        active = shown;
        if (shown) {
            analyseIfShown();
            if (result.get() == null && !running.get() && canRun.get()) {
                run();
            }
        }
    }

    public boolean isActive() {
        return active;
    }

    /** True while the tornado and break-even answers are being computed. */
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

    private void updateRangeWarning() {
        Scenario s = session.document().scenario();
        Triangular t = s == null ? null : electricityRange(s);
        if (t == null || !missesPrice(s, t)) {
            rangeWarning.set("");
            return;
        }
        rangeWarning.set(messages().format("risk.rangeMissesValue", t.min().toPlainString(),
                t.max().toPlainString(), s.electricity().pricePerKwh().toPlainString()));
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
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

    public StringProperty tornadoOptionProperty() {
        return tornadoOption;
    }

    /** The ids a tornado can be drawn for: every option but the baseline. */
    public ObservableList<String> tornadoChoices() {
        return readOnlyTornadoChoices;
    }

    public String optionLabel(String id) {
        return session.document().scenario().option(id).map(Option::label).orElse(id);
    }

    public ReadOnlyObjectProperty<TornadoResult> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    public ObservableList<String> breakEvenSentences() {
        return readOnlyBreakEvenSentences;
    }

    public List<FieldViewModel> scenarioRanges() {
        return List.copyOf(scenarioRanges);
    }

    public ObservableList<OptionRanges> optionRanges() {
        return readOnlyOptionRanges;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public Messages messages() {
        return messages.getValue();
    }

    /** Starts a simulation of the current scenario in the background. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Scenario scenario = session.document().scenario();
        int runGeneration = generation;
        // Labels in the window's language; the outdated check compares the document's own scenario.
        Scenario named = DisplayNames.forLocale(scenario, messages().locale());
        int count = iterations.get();
        long seedValue = seed.get();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        running.set(true);
        progress.set(0);
        status.set(messages().format("risk.ui.running", count));
        AtomicLong lastReport = new AtomicLong();
        executor.inBackground(() -> {
            try {
                SimulationResult outcome = MonteCarlo.run(ScenarioModel.of(named), count, seedValue, 0,
                        (done, total) -> {
                            long now = System.nanoTime();
                            if (now - lastReport.get() >= PROGRESS_INTERVAL_NANOS || done == total) {
                                lastReport.set(now);
                                double share = (double) done / total;
                                executor.onUiThread(() -> progress.set(share));
                            }
                        }, cancelled::get);
                executor.onUiThread(() -> finished(runGeneration, scenario, outcome));
            } catch (CancellationException e) {
                executor.onUiThread(() -> cancelled(runGeneration));
            } catch (RuntimeException e) {
                executor.onUiThread(() -> failed(e));
            }
        });
    }

    /** Asks the running simulation to stop; it does within one block of iterations (well under 100 ms). */
    public void cancel() {
        cancelFlag.set(true);
    }

    private void finished(int runGeneration, Scenario scenario, SimulationResult outcome) {
        running.set(false);
        if (runGeneration != generation) {
            // Started on the previous document: its figures say nothing about this one.
            progress.set(0);
            status.set("");
            if (active && canRun.get()) {
                run();
            }
            return;
        }
        progress.set(1);
        simulated = scenario;
        result.set(outcome);
        resultOutdated.set(!scenario.equals(session.document().scenario()));
        status.set(messages().format("risk.ui.done", outcome.iterations(), outcome.seed()));
        refreshTexts();
    }

    private void cancelled(int runGeneration) {
        running.set(false);
        progress.set(0);
        status.set(runGeneration == generation ? messages().get("risk.ui.cancelled") : "");
        if (runGeneration != generation && active && canRun.get()) {
            run();
        }
    }

    private void failed(RuntimeException e) {
        running.set(false);
        progress.set(0);
        status.set(messages().format("risk.ui.failed", String.valueOf(e.getMessage())));
    }

    private void scenarioChanged() {
        Scenario s = session.document().scenario();
        resultOutdated.set(simulated != null && !simulated.equals(s));
        List<String> ids = s.options().stream().filter(o -> !o.id().equals(s.baselineOptionId()))
                .map(Option::id).toList();
        if (!ids.equals(tornadoChoices)) {
            tornadoChoices.setAll(ids);
        }
        if (tornadoOption.get() == null || !ids.contains(tornadoOption.get())) {
            tornadoOption.set(ids.isEmpty() ? null : ids.get(0));
        }
        rebuildOptionRanges(s);
        updateRangeWarning();
        analyseIfShown();
    }

    /** New or Open: the simulation of the previous document goes; a shown tab simulates the new one at once. */
    private void documentReplaced() {
        generation++;
        simulated = null;
        result.set(null);
        resultOutdated.set(false);
        progress.set(0);
        status.set("");
        // The previous file's answers must not stay on screen while the new ones are computed.
        analysed = null;
        tornado.set(null);
        breakEvenResults = List.of();
        if (running.get()) {
            cancelFlag.set(true);
        } else if (active && canRun.get()) {
            run();
        }
        refreshTexts();
    }

    /** Brings the tornado and the break-even answers up to the current scenario, if the tab is shown. */
    private void analyseIfShown() {
        if (!active) {
            return;
        }
        Scenario s = session.document().scenario();
        // Labels in the window's language; the outdated check compares the document's own scenario.
        Scenario named = DisplayNames.forLocale(s, messages().locale());
        String id = tornadoOption.get();
        if (s == analysed && java.util.Objects.equals(id, analysedOption)) {
            return;
        }
        analysed = s;
        analysedOption = id;
        analysing.set(true);
        executor.execute(() -> new Analysis(
                        id == null || s.option(id).isEmpty() ? null : Tornado.compute(named, id, Measure.TOTAL_COST),
                        BreakEvenAnalysis.all(named)),
                done -> {
                    // Answers for an older state are dropped: a newer computation is already on its way.
                    if (s == session.document().scenario() && java.util.Objects.equals(id, tornadoOption.get())) {
                        analysing.set(false);
                        tornado.set(done.tornado());
                        breakEvenResults = done.breakEven();
                        showBreakEven();
                    }
                },
                error -> {
                    analysing.set(false);
                    analysed = null;
                    status.set(messages().format("risk.ui.failed", String.valueOf(error.getMessage())));
                });
    }

    /** What the background computation hands back. */
    private record Analysis(TornadoResult tornado, List<BreakEvenResult> breakEven) {
    }

    private void showBreakEven() {
        RiskTexts texts = texts();
        List<String> sentences = new ArrayList<>();
        for (BreakEvenResult r : breakEvenResults) {
            sentences.add(texts.breakEvenSentence(r));
        }
        if (!sentences.equals(breakEvenSentences)) {
            breakEvenSentences.setAll(sentences);
        }
    }

    /** 万 or millions for the charts and texts: the same rule as the results tab and the report. */
    public AxisScale axisScale() {
        return axisScale.get();
    }

    public ObjectBinding<AxisScale> axisScaleProperty() {
        return axisScale;
    }

    private RiskTexts texts() {
        Messages m = messages();
        return new RiskTexts(m, axisScale().format(m.locale()));
    }

    private void refreshTexts() {
        SimulationResult r = result.get();
        if (r == null) {
            rows.clear();
            summary.set("");
            showBreakEven();
            return;
        }
        Messages m = messages();
        RiskTexts texts = texts();
        AmountFormat format = axisScale().format(m.locale());
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
        showBreakEven();
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
