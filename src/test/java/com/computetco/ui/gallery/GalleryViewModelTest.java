package com.computetco.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.app.ScenarioLoader;
import com.computetco.testing.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The demo gallery without a toolkit: the bundled demos, their texts in both languages, and opening one. */
class GalleryViewModelTest {
    private final BundledSamples samples = new BundledSamples();
    private final ScenarioLoader loader = Scenarios.loader();
    private final SimpleObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    private final List<Scenario> opened = new ArrayList<>();
    private final List<String> openedFiles = new ArrayList<>();
    private boolean accept = true;
    private final GalleryViewModel vm = new GalleryViewModel(samples, loader, messages, (scenario, file) -> {
        opened.add(scenario);
        openedFiles.add(file);
        return accept;
    });

    @Test
    void listsTheSevenBundledDemosWithTitlesAndDescriptionsInBothLanguages() {
        assertEquals(7, vm.demos().size());
        assertEquals(samples.scenarioFileNames(), vm.demos().stream().map(GalleryViewModel.Demo::fileName).toList());
        List<String> english = vm.demos().stream().map(GalleryViewModel.Demo::title).toList();
        for (GalleryViewModel.Demo demo : vm.demos()) {
            String key = "gallery." + GalleryViewModel.baseName(demo.fileName());
            assertTrue(messages.get().has(key + ".title"), key);
            assertEquals(messages.get().get(key + ".title"), demo.title());
            assertEquals(messages.get().get(key + ".description"), demo.description());
            assertFalse(demo.description().contains("\n"));
        }
        messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(7, vm.demos().size());
        for (int i = 0; i < 4; i++) {
            GalleryViewModel.Demo demo = vm.demos().get(i);
            String key = "gallery." + GalleryViewModel.baseName(demo.fileName());
            assertEquals(messages.get().get(key + ".title"), demo.title());
            assertNotEquals(english.get(i), demo.title(), "translated: " + key);
            assertTrue(demo.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), demo.title());
        }
    }

    @Test
    void openPassesTheReadScenarioAndItsFileName() {
        String file = vm.demos().get(2).fileName();
        Scenario expected = loader.load(samples.read(file)).value();
        assertTrue(vm.open(file));
        assertEquals(List.of(expected), opened);
        assertEquals(List.of(file), openedFiles);
    }

    @Test
    void openAnswersFalseWhenTheWindowDeclinesOrTheFileIsNotBundled() {
        accept = false;
        assertFalse(vm.open(BundledSamples.MAIN_DEMO));
        assertEquals(1, opened.size());
        assertFalse(vm.open("no-such.scenario.json"));
        assertFalse(vm.open("../escape.scenario.json"));
        assertEquals(1, opened.size());
    }
}
