package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.Tornado;
import com.computetco.i18n.Messages;
import com.computetco.app.ScenarioLoader;
import com.computetco.ui.common.EditSession;
import com.computetco.ui.common.FieldViewModel;
import com.computetco.ui.common.ScenarioDocument;
import com.computetco.ui.common.ScenarioEditor;
import com.computetco.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk tab's ViewModel with no toolkit: runs, cancel, staleness, tornado, break-even, ranges. */
class RiskViewModelTest {
    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    private final QueuedExecutor executor = new QueuedExecutor();
    private EditSession session;
    private RiskViewModel vm;

    /** Holds background work until the test lets it run; UI updates run at once. */
    static final class QueuedExecutor implements TaskExecutor {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            TaskExecutor.direct().execute(work, onSuccess, onFailure);
        }

        @Override
        public void inBackground(Runnable work) {
            queued.add(work);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        Scenario scenario;
        try (InputStream in = getClass().getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            scenario = new ScenarioLoader().load(in.readAllBytes()).value();
        }
        session = new EditSession(new ScenarioDocument(scenario, null), new ScenarioEditor(new ScenarioLoader()),
                messages.get());
        session.messagesProperty().bind(messages);
        vm = new RiskViewModel(session, messages, new SimpleBooleanProperty(false), executor);
        vm.iterationsProperty().set(2000);
    }

    @Test
    void aRunGivesOneRowPerOptionAndSaysWhichWinsMostOften() {
        vm.run();
        assertTrue(vm.runningProperty().get());
        executor.runAll();
        assertFalse(vm.runningProperty().get());
        assertEquals(3, vm.rows().size());
        assertNotNull(vm.resultProperty().get());
        assertTrue(vm.summaryProperty().get().contains("is the cheapest option in"), vm.summaryProperty().get());
        assertEquals(1.0, vm.rows().stream().mapToDouble(RiskRow::probabilityCheapest).sum(), 1e-9);
    }

    @Test
    void theRunCannotStartTwice() {
        vm.run();
        assertFalse(vm.canRunProperty().get());
        vm.run();
        assertEquals(1, executor.queued.size());
    }

    @Test
    void cancelStopsTheRunAndKeepsThePreviousResults() {
        vm.run();
        executor.runAll();
        var previous = vm.resultProperty().get();
        vm.run();
        vm.cancel();
        executor.runAll();
        assertFalse(vm.runningProperty().get());
        assertSame(previous, vm.resultProperty().get());
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
    }

    /** Issue 10 §5: electricity at 1.2 with a range of 0.35–0.8 is flagged, and centring fixes it. */
    @Test
    void aRangeThatMissesTheElectricityPriceIsFlaggedAndCanBeCentred() {
        assertEquals("", vm.rangeWarningProperty().get(), "the worked example's range contains its price");
        assertFalse(vm.centreElectricityRange(), "nothing to centre");
        Scenario s = session.document().scenario();
        session.document().apply(s.withElectricity(s.electricity().withPricePerKwh(new java.math.BigDecimal("1.2"))));
        assertEquals("The electricity range 0.35 to 0.8 does not contain the price 1.2 the results use: every draw"
                + " lies on one side of them.", vm.rangeWarningProperty().get());
        messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(vm.rangeWarningProperty().get().startsWith("电价区间 0.35 至 0.8"), vm.rangeWarningProperty().get());
        assertTrue(vm.centreElectricityRange());
        var range = session.document().scenario().uncertainty().electricityPricePerKwh();
        assertEquals(0, new java.math.BigDecimal("1.1").compareTo(range.min()), range.toString());
        assertEquals(0, new java.math.BigDecimal("1.2").compareTo(range.likely()), range.toString());
        assertEquals(0, new java.math.BigDecimal("1.55").compareTo(range.max()), range.toString());
        assertEquals("", vm.rangeWarningProperty().get());
    }

    @Test
    void anEditAfterARunMarksItsFiguresOutdated() {
        vm.run();
        executor.runAll();
        assertFalse(vm.resultOutdatedProperty().get());
        FieldViewModel min = vm.scenarioRanges().get(0);
        min.textProperty().set("0.3");
        assertTrue(min.commit());
        assertTrue(vm.resultOutdatedProperty().get());
        assertEquals("0.3", session.tree().getAsJsonObject("uncertainty").getAsJsonObject("electricityPricePerKwh")
                .get("min").getAsString());
    }

    @Test
    void theTornadoIsTheEnginesForTheChosenOption() {
        vm.setActive(true);
        assertEquals("nvidia-h100", vm.tornadoOptionProperty().get());
        vm.tornadoOptionProperty().set("ascend-910b");
        assertEquals(Tornado.compute(session.document().scenario(), "ascend-910b", Measure.TOTAL_COST),
                vm.tornadoProperty().get());
        assertFalse(vm.tornadoChoices().contains("rent-h800"), "no tornado of the baseline against itself");
    }

    @Test
    void breakEvenSentencesCoverEveryOptionButTheBaseline() {
        vm.setActive(true);
        assertEquals(2, vm.breakEvenSentences().size());
        assertTrue(vm.breakEvenSentences().get(1).startsWith("Huawei Atlas 800T A2"), vm.breakEvenSentences().get(1));
    }

    @Test
    void tornadoAndBreakEvenWaitUntilTheTabIsShownThenFollowEdits() {
        assertNull(vm.tornadoProperty().get(), "nothing computed while the tab is hidden");
        assertTrue(vm.breakEvenSentences().isEmpty());
        vm.setActive(true);
        assertNotNull(vm.tornadoProperty().get());
        FieldViewModel min = vm.scenarioRanges().get(0);
        min.textProperty().set("0.3");
        assertTrue(min.commit());
        assertEquals(Tornado.compute(session.document().scenario(), "nvidia-h100", Measure.TOTAL_COST),
                vm.tornadoProperty().get(), "the shown tab follows the edit");
        vm.setActive(false);
        var shown = vm.tornadoProperty().get();
        FieldViewModel demand = new FieldViewModel(session, "demandPflops", com.computetco.ui.common.FieldKind.DECIMAL);
        demand.textProperty().set("200");
        assertTrue(demand.commit());
        assertSame(shown, vm.tornadoProperty().get(), "no work for a hidden tab");
        vm.setActive(true);
        assertEquals(Tornado.compute(session.document().scenario(), "nvidia-h100", Measure.TOTAL_COST),
                vm.tornadoProperty().get(), "brought up to date when shown again");
    }

    @Test
    void answersForAnOlderStateAreDropped() {
        QueuedCalls calls = new QueuedCalls();
        RiskViewModel slow = new RiskViewModel(session, messages, new SimpleBooleanProperty(false), calls);
        slow.setActive(true);
        Scenario first = session.document().scenario();
        FieldViewModel min = slow.scenarioRanges().get(0);
        min.textProperty().set("0.3");
        assertTrue(min.commit());
        assertEquals(2, calls.pending.size(), "one computation per state");
        calls.pending.get(1).run();
        var current = slow.tornadoProperty().get();
        calls.pending.get(0).run();
        assertSame(current, slow.tornadoProperty().get(), "the answer for " + first.name() + " came late and was dropped");
    }

    @Test
    void openingAnotherFileClearsTheSimulationAndRunsAgainWhenShown() throws IOException {
        vm.run();
        executor.runAll();
        assertFalse(vm.rows().isEmpty());
        Scenario other;
        try (InputStream in = java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("sample-quotes/lessor-quote-traps.scenario.json"))) {
            other = new ScenarioLoader().load(in.readAllBytes()).value();
        }
        session.load(other, null);
        assertTrue(vm.rows().isEmpty(), "the previous file's figures are gone");
        assertNull(vm.resultProperty().get());
        assertEquals("", vm.summaryProperty().get());
        vm.setActive(true);
        assertTrue(vm.runningProperty().get(), "a shown tab simulates the new file");
        executor.runAll();
        assertEquals(other.options().size(), vm.rows().size());
        assertTrue(vm.breakEvenSentences().stream().noneMatch(t -> t.contains("HGX H100")), vm.breakEvenSentences()
                .toString());
    }

    @Test
    void aSimulationOfThePreviousFileIsDiscarded() throws IOException {
        vm.run();
        session.load(session.document().scenario().withHorizonMonths(36), null);
        executor.runAll();
        assertNull(vm.resultProperty().get(), "the run started before Open is not shown as the new file's");
        assertFalse(vm.runningProperty().get());
    }

    /** Holds each computation handed to execute until the test runs it, in any order. */
    static final class QueuedCalls implements TaskExecutor {
        final java.util.List<Runnable> pending = new java.util.ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> TaskExecutor.direct().execute(work, onSuccess, onFailure));
        }

        @Override
        public void inBackground(Runnable work) {
        }
    }

    @Test
    void optionRangesListLeadTimesForBuildOptionsOnly() {
        assertEquals(3, vm.optionRanges().size());
        assertEquals(5, vm.optionRanges().get(0).fields().size());
        assertEquals(2, vm.optionRanges().get(2).fields().size());
    }

    @Test
    void sentencesFollowTheLanguage() {
        vm.run();
        executor.runAll();
        messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(vm.summaryProperty().get().contains("的情形中成本最低")
                || vm.summaryProperty().get().matches(".*[\\u4e00-\\u9fff].*"), vm.summaryProperty().get());
    }

    @Test
    void withoutARunThereAreNoRows() {
        assertTrue(vm.rows().isEmpty());
        assertNull(vm.resultProperty().get());
        assertEquals("", vm.summaryProperty().get());
    }
}
