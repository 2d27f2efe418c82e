package com.computetco.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import com.computetco.ui.document.ScenarioDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery file follows unsaved work: written after a change, gone once the work is saved; and each window
 * owns its own, offered back only when its window is gone (a real second process: {@link AutosaveTwoProcessesTest}).
 */
class AutosaveTest {
    @TempDir
    Path dir;
    private final List<Runnable> scheduled = new ArrayList<>();
    private Autosave autosave;
    private ScenarioDocument document;
    private Scenario original;

    @BeforeEach
    void setUp() throws IOException {
        original = Scenarios.workedExample();
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
        return dir.resolve("recovery").resolve(autosave.owner() + ".scenario.json");
    }

    /** A window started after this one crashed. */
    private Autosave afterACrash() {
        autosave.abandon();
        return new Autosave(dir.resolve("recovery"), (task, delay, unit) -> { });
    }

    @Test
    void aChangeIsWrittenToTheRecoveryFileNotToTheUsersFile() {
        Scenario edited = original.withDemandPflops(new BigDecimal("80"));
        document.apply(edited);
        assertFalse(Files.exists(recoveryFile()), "written after the delay, not at once");
        runScheduled();
        var found = afterACrash().find(Scenarios.loader()).orElseThrow();
        assertEquals(edited, found.scenario());
        assertEquals(dir.resolve("mine.scenario.json").toAbsolutePath(), found.originalFile());
        assertFalse(Files.exists(dir.resolve("mine.scenario.json")), "the user's own file is never written");
    }

    @Test
    void quickEditsAreWrittenOnceWithTheLatestState() {
        document.apply(original.withDemandPflops(new BigDecimal("80")));
        Scenario last = original.withDemandPflops(new BigDecimal("90"));
        document.apply(last);
        runScheduled();
        assertEquals(last, afterACrash().find(Scenarios.loader()).orElseThrow().scenario());
    }

    @Test
    void savingRemovesTheRecoveryFile() {
        document.apply(original.withDemandPflops(new BigDecimal("80")));
        runScheduled();
        assertTrue(Files.exists(recoveryFile()));
        document.markSaved(dir.resolve("mine.scenario.json"));
        runScheduled();
        assertFalse(Files.exists(recoveryFile()));
    }

    @Test
    void undoingBackToTheSavedStateRemovesIt() {
        document.apply(original.withDemandPflops(new BigDecimal("80")));
        runScheduled();
        document.undo();
        runScheduled();
        assertTrue(afterACrash().find(Scenarios.loader()).isEmpty());
    }

    @Test
    void anUnreadableRecoveryFileIsIgnoredAndKept() throws IOException {
        Files.createDirectories(dir.resolve("recovery"));
        Path broken = dir.resolve("recovery").resolve("w1-2.scenario.json");
        Files.writeString(broken, "{ broken");
        assertTrue(autosave.find(Scenarios.loader()).isEmpty());
        assertTrue(Files.exists(broken));
    }

    @Test
    void aWindowsOwnLiveWorkIsNeverOfferedToItself() {
        document.apply(original.withDemandPflops(new BigDecimal("80")));
        runScheduled();
        assertTrue(autosave.findAll(Scenarios.loader()).isEmpty());
    }

    @Test
    void theSingleFileOfEarlierVersionsIsStillOffered() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("recovery"));
        Files.write(folder.resolve("autosave.scenario.json"),
                com.computetco.io.ScenarioWriter.toBytes(original.withDemandPflops(new BigDecimal("70"))));
        var found = autosave.findAll(Scenarios.loader());
        assertEquals(1, found.size());
        assertEquals(new BigDecimal("70"), found.get(0).scenario().demandPflops());
        autosave.discard(found.get(0));
        assertFalse(Files.exists(folder.resolve("autosave.scenario.json")));
    }

    @Test
    void restoringAdoptsTheWorkAsThisWindowsOwnAtOnce() throws IOException {
        document.apply(original.withDemandPflops(new BigDecimal("80")));
        runScheduled();
        Path crashedFile = recoveryFile();
        Autosave next = afterACrash();
        var found = next.findAll(Scenarios.loader());
        next.adopt(found.get(0));
        assertFalse(Files.exists(crashedFile));
        assertTrue(Files.exists(dir.resolve("recovery").resolve(next.owner() + ".scenario.json")));
        // A clean exit of the new window then removes its files, lock included, and nothing else is left.
        next.close();
        try (var left = Files.list(dir.resolve("recovery"))) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".tmp")).toList());
        }
    }
}
