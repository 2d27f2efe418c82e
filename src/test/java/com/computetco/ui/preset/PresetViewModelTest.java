package com.computetco.ui.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.io.preset.Presets;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Sessions;
import com.computetco.ui.document.EditSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenario → Apply preset… with no toolkit: one undoable edit, texts in the window's language. */
class PresetViewModelTest {
    private EditSession session;
    private PresetViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        String json;
        json = new String(Scenarios.workedExampleBytes(), StandardCharsets.UTF_8).replace("\"pue\": 1.3", "\"pue\": 1.4");
        Scenario scenario = Scenarios.loader().load(json.getBytes(StandardCharsets.UTF_8)).value();
        session = Sessions.editing(scenario, Locale.ENGLISH);
        vm = new PresetViewModel(session);
    }

    @Test
    void applyingAPresetIsOneEditThatUndoTakesBack() {
        Scenario before = session.document().scenario();
        String sentence = vm.apply(Presets.byId("pue-cap-hub").orElseThrow());
        assertEquals(0, new BigDecimal("1.25").compareTo(session.document().scenario().electricity().pue()));
        assertTrue(sentence.contains("1 field"), sentence);
        assertTrue(session.document().isDirty());
        session.undo();
        assertSame(before, session.document().scenario());
    }

    @Test
    void aPresetThatChangesNothingLeavesTheDocumentAlone() {
        vm.apply(Presets.byId("pue-cap-hub").orElseThrow());
        Scenario capped = session.document().scenario();
        String sentence = vm.apply(Presets.byId("pue-cap-hub").orElseThrow());
        assertSame(capped, session.document().scenario());
        assertTrue(sentence.contains("changes nothing"), sentence);
    }

    @Test
    void theDialogTextsSayWhatChangesWhyAndTheSourceInTheWindowsLanguage() {
        var preset = Presets.byId("domestic-power-subsidy").orElseThrow();
        assertTrue(vm.details(preset).contains(preset.source()));
        assertTrue(vm.details(preset).contains("electricitySubsidyPct"));
        session.messagesProperty().set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(vm.title(preset).startsWith("国产芯片电费补贴"), vm.title(preset));
        assertTrue(vm.details(preset).contains("来源"), vm.details(preset));
    }
}
