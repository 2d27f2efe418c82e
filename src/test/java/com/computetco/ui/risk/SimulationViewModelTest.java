package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.ui.platform.QueuedTaskExecutor;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Monte Carlo part of the risk tab with no toolkit: runs, progress, cancel, staleness, another file. */
class SimulationViewModelTest {
    private final RiskFixture fixture = new RiskFixture();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private SimulationViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new SimulationViewModel(fixture.session, fixture.messages, fixture.chineseUnits, executor);
        vm.iterationsProperty().set(2000);
    }

    @Test
    void aRunGivesOneRowPerOptionAndSaysWhichWinsMostOften() {
        vm.run();
        assertTrue(vm.runningProperty().get());
        assertEquals("Simulating 2,000 futures…", vm.statusProperty().get());
        executor.runAll();
        assertFalse(vm.runningProperty().get());
        assertEquals(3, vm.rows().size());
        assertNotNull(vm.resultProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertTrue(vm.summaryProperty().get().contains("is the cheapest option in"), vm.summaryProperty().get());
        assertEquals(1.0, vm.rows().stream().mapToDouble(RiskRow::probabilityCheapest).sum(), 1e-9);
        assertEquals(1, vm.rows().stream().filter(RiskRow::mostOftenCheapest).count());
    }

    @Test
    void progressRisesToOneDuringTheRun() {
        java.util.List<Double> seen = new java.util.ArrayList<>();
        vm.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));
        vm.iterationsProperty().set(50_000);
        vm.run();
        executor.runAll();
        assertFalse(seen.isEmpty());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "never backwards: " + seen);
        }
        assertEquals(1.0, seen.get(seen.size() - 1));
    }

    @Test
    void theRunCannotStartTwice() {
        vm.run();
        assertFalse(vm.canRunProperty().get());
        vm.run();
        assertEquals(1, executor.size());
    }

    @Test
    void tooManyIterationsCannotRun() {
        vm.iterationsProperty().set(0);
        assertFalse(vm.canRunProperty().get());
        vm.iterationsProperty().set(100_000_000);
        assertFalse(vm.canRunProperty().get());
        vm.run();
        assertTrue(executor.isEmpty());
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
        assertEquals(0.0, vm.progressProperty().get());
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void anEditAfterARunMarksItsFiguresOutdatedAndLeavesThemOutOfTheReport() {
        vm.run();
        executor.runAll();
        assertFalse(vm.resultOutdatedProperty().get());
        assertSame(vm.resultProperty().get(), vm.currentSimulation());
        fixture.edit("uncertainty.electricityPricePerKwh.min", "0.3");
        assertTrue(vm.resultOutdatedProperty().get());
        assertNull(vm.currentSimulation(), "an outdated simulation is not the report's Risk sheet");
    }

    @Test
    void showingTheTabTheFirstTimeRunsADefaultSimulationOnce() {
        vm.setActive(true);
        assertTrue(vm.runningProperty().get());
        executor.runAll();
        vm.setActive(false);
        vm.setActive(true);
        assertTrue(executor.isEmpty(), "results exist: showing the tab again runs nothing");
    }

    @Test
    void openingAnotherFileClearsTheSimulationAndRunsAgainWhenShown() {
        vm.run();
        executor.runAll();
        assertFalse(vm.rows().isEmpty());
        Scenario other = fixture.openOther();
        assertTrue(vm.rows().isEmpty(), "the previous file's figures are gone");
        assertNull(vm.resultProperty().get());
        assertEquals("", vm.summaryProperty().get());
        vm.setActive(true);
        assertTrue(vm.runningProperty().get(), "a shown tab simulates the new file");
        executor.runAll();
        assertEquals(other.options().size(), vm.rows().size());
    }

    @Test
    void aSimulationOfThePreviousFileIsDiscarded() {
        vm.run();
        fixture.session.load(fixture.scenario().withHorizonMonths(36), null);
        executor.runAll();
        assertNull(vm.resultProperty().get(), "the run started before Open is not shown as the new file's");
        assertFalse(vm.runningProperty().get());
        assertEquals("", vm.statusProperty().get(), "no one pressed Cancel");
    }

    @Test
    void aShownTabReplacesARunOfThePreviousFileWithOneOfTheNewFile() {
        vm.setActive(true);
        Scenario other = fixture.openOther();
        executor.run(0); // the first run, cancelled by Open, ends and hands over to a run of the new file
        assertTrue(vm.runningProperty().get());
        executor.runAll();
        assertEquals(other.options().size(), vm.rows().size());
    }

    @Test
    void sentencesFollowTheLanguage() {
        vm.run();
        executor.runAll();
        fixture.messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(vm.summaryProperty().get().matches(".*[\\u4e00-\\u9fff].*"), vm.summaryProperty().get());
    }

    @Test
    void withoutARunThereAreNoRows() {
        assertTrue(vm.rows().isEmpty());
        assertNull(vm.resultProperty().get());
        assertEquals("", vm.summaryProperty().get());
    }
}
