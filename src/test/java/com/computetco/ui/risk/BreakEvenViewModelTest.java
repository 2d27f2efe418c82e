package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import com.computetco.ui.platform.QueuedTaskExecutor;
import com.computetco.ui.platform.TaskExecutor;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The break-even sentences with no toolkit: computed only while shown, in the background, for the current scenario. */
class BreakEvenViewModelTest {
    private final RiskFixture fixture = new RiskFixture();

    @Test
    void thereIsOneSentencePerOptionButTheBaseline() {
        BreakEvenViewModel vm = new BreakEvenViewModel(fixture.session, fixture.messages, fixture.chineseUnits,
                TaskExecutor.direct());
        vm.setActive(true);
        assertEquals(2, vm.sentences().size());
        assertTrue(vm.sentences().get(1).startsWith("Huawei Atlas 800T A2"), vm.sentences().get(1));
    }

    @Test
    void nothingIsComputedWhileHiddenAndTheAnswerComesFromTheBackground() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        BreakEvenViewModel vm = new BreakEvenViewModel(fixture.session, fixture.messages, fixture.chineseUnits,
                executor);
        fixture.edit("demandPflops", "80");
        assertTrue(executor.isEmpty());
        vm.setActive(true);
        assertTrue(vm.busyProperty().get());
        assertTrue(vm.sentences().isEmpty());
        executor.runAll();
        assertFalse(vm.busyProperty().get());
        assertEquals(2, vm.sentences().size());
    }

    @Test
    void anAnswerForAnOlderStateIsDropped() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        BreakEvenViewModel vm = new BreakEvenViewModel(fixture.session, fixture.messages, fixture.chineseUnits,
                executor);
        vm.setActive(true);
        fixture.edit("electricity.pricePerKwh", "1.1");
        assertEquals(2, executor.size());
        executor.run(1);
        List<String> current = List.copyOf(vm.sentences());
        executor.run(0);
        assertEquals(current, vm.sentences(), "the answer for the first state came late and was dropped");
    }

    @Test
    void openingAnotherFileReplacesThePreviousFilesSentences() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        BreakEvenViewModel vm = new BreakEvenViewModel(fixture.session, fixture.messages, fixture.chineseUnits,
                executor);
        vm.setActive(true);
        executor.runAll();
        assertTrue(vm.sentences().stream().anyMatch(t -> t.contains("HGX H100")), vm.sentences().toString());
        fixture.openOther();
        assertTrue(vm.sentences().isEmpty(), "the previous file's answers are gone at once");
        executor.runAll();
        assertFalse(vm.sentences().isEmpty());
        assertTrue(vm.sentences().stream().noneMatch(t -> t.contains("HGX H100")), vm.sentences().toString());
    }

    @Test
    void sentencesFollowTheLanguage() {
        BreakEvenViewModel vm = new BreakEvenViewModel(fixture.session, fixture.messages, fixture.chineseUnits,
                TaskExecutor.direct());
        vm.setActive(true);
        List<String> english = List.copyOf(vm.sentences());
        fixture.messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertNotEquals(english, vm.sentences());
        assertTrue(vm.sentences().get(0).matches(".*[\\u4e00-\\u9fff].*"), vm.sentences().get(0));
    }
}
