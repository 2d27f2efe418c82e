package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioDocument;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.platform.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk tab follows the 万/亿 setting like the results tab and the report, not the language alone. */
class RiskScaleTest {
    private final SimpleObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
    private final SimpleBooleanProperty chineseUnits = new SimpleBooleanProperty(false);
    private RiskViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        Scenario scenario;
        try (InputStream in = getClass().getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            scenario = Scenarios.loader().load(in.readAllBytes()).value();
        }
        EditSession session = new EditSession(new ScenarioDocument(scenario, null),
                new ScenarioEditor(Scenarios.loader()), messages.get());
        session.messagesProperty().bind(messages);
        vm = new RiskViewModel(session, messages, chineseUnits, TaskExecutor.direct());
    }

    @Test
    void chineseWithoutTheSettingShowsMillionsAndPlainFigures() {
        assertEquals(AxisScale.MILLION, vm.axisScale());
        vm.simulation().iterationsProperty().set(500);
        vm.simulation().run();
        assertFalse(vm.simulation().rows().isEmpty());
        assertFalse(vm.simulation().rows().get(0).mean().contains("万"), vm.simulation().rows().get(0).mean());
    }

    @Test
    void theSettingTurnsOnWanAndTellsTheChartsToRedraw() {
        AtomicInteger redraws = new AtomicInteger();
        vm.axisScale();
        vm.axisScaleProperty().addListener(o -> redraws.incrementAndGet());
        chineseUnits.set(true);
        assertEquals(1, redraws.get());
        assertEquals(AxisScale.WAN, vm.axisScale());
        vm.simulation().iterationsProperty().set(500);
        vm.simulation().run();
        assertTrue(vm.simulation().rows().get(0).mean().contains("万"), vm.simulation().rows().get(0).mean());
    }

    @Test
    void englishNeverShowsWan() {
        chineseUnits.set(true);
        messages.set(Messages.forLocale(Locale.ENGLISH));
        assertEquals(AxisScale.MILLION, vm.axisScale());
    }
}
