package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.FakeDialogService;
import com.computetco.testing.Scenarios;
import com.computetco.ui.platform.DialogService.UnsavedChoice;
import com.computetco.ui.platform.QueuedTaskExecutor;
import com.computetco.ui.state.RecentFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save runs through the task executor, off the FX thread: the command returns before the file is written, and a
 * second save or a close asked for meanwhile waits for it instead of racing it.
 */
class SaveInBackgroundTest {
    @TempDir
    Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private MainViewModel vm;
    private Scenario workedExample;

    @BeforeEach
    void setUp() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            workedExample = Scenarios.loader().load(in.readAllBytes()).value();
        }
        vm = new MainViewModel(Scenarios.loader(), new TcoEngine(), dialogs, executor,
                new RecentFiles(dir.resolve("recent.txt")), Locale.ENGLISH, workedExample, null);
    }

    private void editDemand(String value) {
        var field = vm.assumptions().field("demandPflops");
        field.textProperty().set(value);
        assertTrue(field.commit());
    }

    @Test
    void theFileIsWrittenOnlyWhenTheQueuedWorkRuns() {
        editDemand("72.5");
        Path file = dir.resolve("saved.scenario.json");
        dialogs.filesToSave.add(file);
        vm.save();
        assertTrue(vm.savingProperty().get());
        assertFalse(Files.exists(file), "save returned before writing: the FX thread is not held up");
        assertTrue(vm.document().isDirty());
        assertEquals(1, executor.size());
        executor.runAll();
        assertTrue(Files.exists(file));
        assertFalse(vm.savingProperty().get());
        assertFalse(vm.document().isDirty());
        assertEquals(file, vm.document().file());
        assertEquals(List.of("Saved to saved.scenario.json"), dialogs.notices);
    }

    @Test
    void aSecondSaveWhileTheFirstIsWrittenStartsNoSecondWrite() throws IOException {
        Path file = dir.resolve("once.scenario.json");
        Path other = dir.resolve("other.scenario.json");
        dialogs.filesToSave.add(file);
        dialogs.filesToSave.add(other);
        editDemand("80");
        vm.save();
        vm.save();
        vm.saveAs();
        assertEquals(1, executor.size(), "one write in flight");
        assertEquals(List.of(other), List.copyOf(dialogs.filesToSave), "Save As was not offered meanwhile");
        executor.runAll();
        assertEquals(80, Scenarios.loader().load(Files.readAllBytes(file)).value().demandPflops().intValue());
    }

    @Test
    void anEditMadeWhileSavingStaysAnUnsavedChange() {
        Path file = dir.resolve("edited.scenario.json");
        dialogs.filesToSave.add(file);
        editDemand("80");
        vm.save();
        editDemand("90");
        executor.runAll();
        assertEquals(file, vm.document().file());
        assertTrue(vm.document().isDirty(), "the file holds 80, the window shows 90");
    }

    @Test
    void aCloseAskedForDuringASaveWaitsForItAndThenNeedsNoQuestion() {
        Path file = dir.resolve("close.scenario.json");
        dialogs.filesToSave.add(file);
        editDemand("80");
        vm.save();
        List<String> closed = new ArrayList<>();
        vm.confirmDiscardChanges(() -> closed.add("closed"));
        assertTrue(closed.isEmpty(), "not closed while the save is written");
        assertEquals(0, dialogs.unsavedAsked);
        executor.runAll();
        assertEquals(List.of("closed"), closed);
        assertEquals(0, dialogs.unsavedAsked, "the save made the document clean: nothing to ask");
        assertTrue(Files.exists(file));
    }

    @Test
    void saveChosenInTheUnsavedQuestionProceedsOnlyAfterASuccessfulSave() throws IOException {
        editDemand("80");
        dialogs.unsavedAnswer = UnsavedChoice.SAVE;
        Path folder = Files.createDirectory(dir.resolve("taken"));
        dialogs.filesToSave.add(folder);
        List<String> proceeded = new ArrayList<>();
        vm.confirmDiscardChanges(() -> proceeded.add("new"));
        executor.runAll();
        assertTrue(proceeded.isEmpty(), "a failed save keeps the window on the unsaved work");
        assertEquals(1, dialogs.errorsShown.size());
        assertTrue(Files.isDirectory(folder), "a failed save never destroys what was there");

        Path file = dir.resolve("good.scenario.json");
        dialogs.filesToSave.add(file);
        vm.confirmDiscardChanges(() -> proceeded.add("new"));
        assertTrue(proceeded.isEmpty());
        executor.runAll();
        assertEquals(List.of("new"), proceeded);
    }
}
