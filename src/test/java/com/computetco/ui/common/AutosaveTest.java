package com.computetco.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.io.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery file follows unsaved work: written after a change, gone once the work is saved. */
class AutosaveTest {
    @TempDir
    Path dir;
    private final List<Runnable> scheduled = new ArrayList<>();
    private Autosave autosave;
    private ScenarioDocument document;
    private Scenario original;

    @BeforeEach
    void setUp() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            original = new ScenarioLoader().load(in.readAllBytes()).value();
        }
        document = new ScenarioDocument(original, dir.resolve("mine.scenario.json"));
        autosave = new Autosave(dir.resolve("recovery"), (task, delay, unit) -> scheduled.add(task));
        autosave.watch(document);
    }

    private void runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }

    private Path recoveryFile() {
        return dir.resolve("recovery").resolve("autosave.scenario.json");
    }

    @Test
    void aChangeIsWrittenToTheRecoveryFileNotToTheUsersFile() {
        Scenario edited = original.withDemandPflops(new java.math.BigDecimal("80"));
        document.apply(edited);
        assertFalse(Files.exists(recoveryFile()), "written after the delay, not at once");
        runScheduled();
        var found = autosave.find(new ScenarioLoader()).orElseThrow();
        assertEquals(edited, found.scenario());
        assertEquals(dir.resolve("mine.scenario.json").toAbsolutePath(), found.originalFile());
        assertFalse(Files.exists(dir.resolve("mine.scenario.json")), "the user's own file is never written");
    }

    @Test
    void quickEditsAreWrittenOnceWithTheLatestState() {
        document.apply(original.withDemandPflops(new java.math.BigDecimal("80")));
        Scenario last = original.withDemandPflops(new java.math.BigDecimal("90"));
        document.apply(last);
        runScheduled();
        assertEquals(last, autosave.find(new ScenarioLoader()).orElseThrow().scenario());
    }

    @Test
    void savingRemovesTheRecoveryFile() {
        document.apply(original.withDemandPflops(new java.math.BigDecimal("80")));
        runScheduled();
        assertTrue(Files.exists(recoveryFile()));
        document.markSaved(dir.resolve("mine.scenario.json"));
        runScheduled();
        assertFalse(Files.exists(recoveryFile()));
    }

    @Test
    void undoingBackToTheSavedStateRemovesIt() {
        document.apply(original.withDemandPflops(new java.math.BigDecimal("80")));
        runScheduled();
        document.undo();
        runScheduled();
        assertTrue(autosave.find(new ScenarioLoader()).isEmpty());
    }

    @Test
    void anUnreadableRecoveryFileIsIgnored() throws IOException {
        Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(recoveryFile(), "{ broken");
        assertTrue(autosave.find(new ScenarioLoader()).isEmpty());
    }
}
