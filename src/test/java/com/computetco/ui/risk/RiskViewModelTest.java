package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.ui.platform.QueuedTaskExecutor;
import org.junit.jupiter.api.Test;

/** The risk tab's composing ViewModel: showing the tab starts its parts' background work, and busy covers it all. */
class RiskViewModelTest {
    private final RiskFixture fixture = new RiskFixture();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final RiskViewModel vm = new RiskViewModel(fixture.session, fixture.messages, fixture.chineseUnits,
            executor);

    @Test
    void aHiddenTabDoesNoWork() {
        fixture.edit("demandPflops", "80");
        assertTrue(executor.isEmpty());
        assertFalse(vm.busyProperty().get());
        assertFalse(vm.isActive());
    }

    @Test
    void showingTheTabStartsTheTornadoTheBreakEvenAnswersAndASimulationInTheBackground() {
        vm.simulation().iterationsProperty().set(1000);
        vm.setActive(true);
        assertTrue(vm.isActive());
        assertEquals(3, executor.size());
        assertTrue(vm.busyProperty().get());
        executor.runAll();
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.tornado().tornadoProperty().get() != null);
        assertEquals(2, vm.breakEven().sentences().size());
        assertEquals(3, vm.simulation().rows().size());
        assertSame(vm.simulation().resultProperty().get(), vm.currentSimulation());
    }

    @Test
    void theReportGetsNoSimulationBeforeARun() {
        assertNull(vm.currentSimulation());
    }
}
