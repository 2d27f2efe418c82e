package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.Tornado;
import com.computetco.i18n.Messages;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioDocument;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.fields.FieldViewModel;
import com.computetco.ui.platform.QueuedTaskExecutor;
import com.computetco.ui.platform.TaskExecutor;
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
