package com.computetco.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.testing.Scenarios;
import com.computetco.ui.gallery.GalleryViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presentation mode's state without a toolkit: entries, stepping with wrap-around, and unreadable files. */
class PresentationViewModelTest {
    @TempDir
    Path dir;
    private final BundledSamples samples = new BundledSamples();
    private final ScenarioLoader loader = Scenarios.loader();
    private final TcoEngine engine = new TcoEngine();
    private Scenario current;
    private Evaluation currentEvaluation;
    private Path recent;
    private Path missing;
    private PresentationViewModel vm;
    /** Entries: the current scenario, the five bundled demos, the recent file, the missing recent file. */
    private static final int RECENT = 8;
    private static final int MISSING = 9;

    @BeforeEach
    void setUp() throws IOException {
        current = loader.load(samples.read("rent-collapse-minus-20.scenario.json")).value();
        currentEvaluation = engine.evaluate(current);
        recent = dir.resolve("mine.scenario.json");
        Files.write(recent, samples.read("lessor-quote-traps.scenario.json"));
        missing = dir.resolve("gone.scenario.json");
        vm = new PresentationViewModel(current, currentEvaluation, loader, engine, samples,
                List.of(recent, missing), Messages.forLocale(Locale.ENGLISH), PresentationViewModelTest::englishTitle);
    }

    /** The gallery's titles, as the composition root passes them in. */
    private static String englishTitle(String file) {
        return GalleryViewModel.demo(Messages.forLocale(Locale.ENGLISH), file).title();
    }

    @Test
    void entriesAreTheCurrentScenarioThenTheDemosThenTheRecentFiles() {
        int demos = samples.scenarioFileNames().size();
        assertEquals(7, demos);
        assertEquals(1 + demos + 2, vm.entries().size());
        assertEquals(0, vm.indexProperty().get());
        assertTrue(vm.currentName().startsWith("Current scenario"), vm.currentName());
        assertSame(currentEvaluation, vm.evaluationProperty().get());
        Messages english = Messages.forLocale(Locale.ENGLISH);
        for (int i = 0; i < demos; i++) {
            String file = samples.scenarioFileNames().get(i);
            assertEquals(GalleryViewModel.demo(english, file).title(), vm.entries().get(1 + i).name());
            assertEquals(loader.load(samples.read(file)).value(), vm.entries().get(1 + i).scenario());
        }
        assertEquals(loader.load(recent).value(), vm.entries().get(RECENT).scenario());
        assertFalse(vm.entries().get(MISSING).openable());
    }

    @Test
    void nextAndPreviousWrapAroundAndSkipFilesThatCannotBeOpened() {
        vm.previous();
        assertEquals(RECENT, vm.indexProperty().get(), "wraps to the last openable entry, skipping the missing file");
        vm.next();
        assertEquals(0, vm.indexProperty().get(), "wraps to the first");
        for (int i = 1; i <= RECENT; i++) {
            vm.next();
            assertEquals(i % (RECENT + 1), vm.indexProperty().get());
        }
    }

    @Test
    void theEvaluationFollowsTheIndex() {
        Evaluation first = vm.evaluationProperty().get();
        vm.next();
        Evaluation second = vm.evaluationProperty().get();
        assertNotNull(second);
        assertNotSame(first, second);
        assertSameResults(engine.evaluate(vm.entries().get(1).scenario()), second);
        assertNotEquals(first, second);
        assertEquals(vm.entries().get(1).name(), vm.currentName());
        vm.indexProperty().set(RECENT);
        assertSameResults(engine.evaluate(loader.load(recent).value()), vm.evaluationProperty().get());
    }

    private static void assertSameResults(Evaluation expected, Evaluation actual) {
        assertNotNull(actual);
        assertEquals(expected.scenarioName(), actual.scenarioName());
        assertEquals(expected.options().stream().map(o -> o.id() + "=" + o.totalCost()).toList(),
                actual.options().stream().map(o -> o.id() + "=" + o.totalCost()).toList());
    }

    /** The results view reads the scenario for the break-even rent as quoted: it must be the one evaluated. */
    @Test
    void theScenarioIsTheOneEvaluatedAndIsSetBeforeItsEvaluation() {
        assertSame(current, vm.scenarioProperty().get());
        List<String> seen = new java.util.ArrayList<>();
        vm.evaluationProperty().addListener((o, was, now) -> seen.add(now == null ? null
                : now.options().size() + "=" + vm.scenarioProperty().get().options().size()));
        vm.next();
        assertSame(vm.entries().get(1).scenario(), vm.scenarioProperty().get());
        assertEquals(1, seen.size());
        String[] sizes = seen.get(0).split("=");
        assertEquals(sizes[0], sizes[1], "the evaluation arrives with its own scenario already set");
        vm.indexProperty().set(MISSING);
        assertNull(vm.scenarioProperty().get(), "no scenario for a file that cannot be opened");
    }

    @Test
    void aMissingRecentFileIsShownAsNotOpenableAndDoesNotThrow() {
        PresentationViewModel.Entry gone = vm.entries().get(MISSING);
        assertEquals("gone.scenario.json — cannot be opened", gone.name());
        assertDoesNotThrow(() -> vm.indexProperty().set(MISSING));
        assertFalse(vm.currentOpenableProperty().get());
        assertNull(vm.evaluationProperty().get());
        assertEquals(gone.name(), vm.currentName());
        vm.next();
        assertEquals(0, vm.indexProperty().get());
        assertTrue(vm.currentOpenableProperty().get());
    }

    @Test
    void aBrokenFileIsNotOpenableEither() throws IOException {
        Path broken = dir.resolve("broken.scenario.json");
        Files.writeString(broken, "{ not json");
        PresentationViewModel other = assertDoesNotThrow(() -> new PresentationViewModel(current, null, loader,
                engine, samples, List.of(broken), Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                file -> GalleryViewModel.demo(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), file).title()));
        assertFalse(other.entries().get(RECENT).openable());
        assertTrue(other.entries().get(RECENT).name().contains("无法打开"));
        // The Chinese presentation names the scenario and its options by their Chinese names.
        assertSameResults(engine.evaluate(com.computetco.domain.DisplayNames.forLocale(current, Locale.SIMPLIFIED_CHINESE)),
                other.evaluationProperty().get());
    }
}
