package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.DisplayNames;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.Tornado;
import com.computetco.i18n.Messages;
import com.computetco.ui.platform.QueuedTaskExecutor;
import com.computetco.ui.platform.TaskExecutor;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tornado with no toolkit: computed only while shown, in the background, for the current scenario only. */
class TornadoViewModelTest {
    private final RiskFixture fixture = new RiskFixture();

    private Object engines(String option) {
        return Tornado.compute(fixture.scenario(), option, Measure.TOTAL_COST);
    }

    @Test
    void theTornadoIsTheEnginesForTheChosenOption() {
        TornadoViewModel vm = new TornadoViewModel(fixture.session, fixture.messages, TaskExecutor.direct());
        vm.setActive(true);
        assertEquals("nvidia-h100", vm.optionProperty().get());
        vm.optionProperty().set("ascend-910b");
        assertEquals(engines("ascend-910b"), vm.tornadoProperty().get());
        assertEquals(List.of("nvidia-h100", "ascend-910b"), vm.choices(), "no tornado of the baseline");
        assertEquals("Huawei Atlas 800T A2", vm.optionLabel("ascend-910b").substring(0, 20));
    }

    @Test
    void nothingIsComputedWhileTheTabIsHiddenAndAShownTabFollowsEdits() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TornadoViewModel vm = new TornadoViewModel(fixture.session, fixture.messages, executor);
        fixture.edit("demandPflops", "80");
        assertTrue(executor.isEmpty(), "no work for a hidden tab");
        assertNull(vm.tornadoProperty().get());
        vm.setActive(true);
        assertTrue(vm.busyProperty().get());
        assertNull(vm.tornadoProperty().get(), "computed in the background, not on the calling thread");
        executor.runAll();
        assertFalse(vm.busyProperty().get());
        assertEquals(engines("nvidia-h100"), vm.tornadoProperty().get());
        fixture.edit("uncertainty.electricityPricePerKwh.min", "0.3");
        executor.runAll();
        assertEquals(engines("nvidia-h100"), vm.tornadoProperty().get(), "the shown tab follows the edit");
        vm.setActive(false);
        var shown = vm.tornadoProperty().get();
        fixture.edit("demandPflops", "200");
        assertTrue(executor.isEmpty());
        assertSame(shown, vm.tornadoProperty().get());
        vm.setActive(true);
        executor.runAll();
        assertEquals(engines("nvidia-h100"), vm.tornadoProperty().get(), "brought up to date when shown again");
    }

    @Test
    void showingTheTabAgainWithoutAnEditComputesNothing() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TornadoViewModel vm = new TornadoViewModel(fixture.session, fixture.messages, executor);
        vm.setActive(true);
        executor.runAll();
        vm.setActive(false);
        vm.setActive(true);
        assertTrue(executor.isEmpty());
    }

    @Test
    void anAnswerForAnOlderStateIsDropped() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TornadoViewModel vm = new TornadoViewModel(fixture.session, fixture.messages, executor);
        vm.setActive(true);
        fixture.edit("uncertainty.electricityPricePerKwh.min", "0.3");
        assertEquals(2, executor.size(), "one computation per state");
        executor.run(1);
        var current = vm.tornadoProperty().get();
        assertEquals(engines("nvidia-h100"), current);
        executor.run(0);
        assertSame(current, vm.tornadoProperty().get(), "the answer for the first state came late and was dropped");
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void openingAnotherFileClearsTheTornadoAndComputesTheNewFilesWhenShown() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TornadoViewModel vm = new TornadoViewModel(fixture.session, fixture.messages, executor);
        vm.setActive(true);
        executor.runAll();
        assertNotNull(vm.tornadoProperty().get());
        var other = fixture.openOther();
        assertNull(vm.tornadoProperty().get(), "the previous file's tornado is gone at once");
        executor.runAll();
        String first = other.options().stream().filter(o -> !o.id().equals(other.baselineOptionId())).findFirst()
                .orElseThrow().id();
        assertEquals(first, vm.optionProperty().get());
        assertEquals(Tornado.compute(other, first, Measure.TOTAL_COST), vm.tornadoProperty().get());
    }

    @Test
    void aLanguageSwitchRecomputesWithTheOptionNamesInTheNewLanguage() {
        TornadoViewModel vm = new TornadoViewModel(fixture.session, fixture.messages, TaskExecutor.direct());
        vm.setActive(true);
        fixture.messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Tornado.compute(DisplayNames.forLocale(fixture.scenario(), Locale.SIMPLIFIED_CHINESE),
                "nvidia-h100", Measure.TOTAL_COST), vm.tornadoProperty().get());
    }
}
