package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    private static final byte[] OLD = "old content\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new content\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEWER = "newer content\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void newFileIsCreated() throws IOException {
        Path target = dir.resolve("scenario.json");
        AtomicFiles.write(target, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void existingContentIsReplacedAndNothingElseIsKept() throws IOException {
        Path target = Files.write(dir.resolve("scenario.json"), OLD);
        AtomicFiles.write(target, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void failureAtTheFinalRenameLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.write(dir.resolve("scenario.json"), OLD);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW, (from, to) -> {
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains("scenario.json") && e.getMessage().contains("disk full"), e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void targetThatIsADirectoryIsLeftIntact() throws IOException {
        Path target = Files.createDirectory(dir.resolve("scenario.json"));
        Path inside = Files.write(target.resolve("keep.txt"), OLD);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW));
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(inside));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void emptyDirectoryOfTheSameNameIsNotReplaced() throws IOException {
        Path target = Files.createDirectory(dir.resolve("scenario.json"));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW));
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void missingDirectoryIsAClearError() {
        Path target = dir.resolve("no-such-dir").resolve("scenario.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW));
        assertTrue(e.getMessage().startsWith("Cannot save " + target), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    // --- the backup ---

    @Test
    void backupKeepsTheVersionBeingReplaced() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        AtomicFiles.write(target, NEW, true);
        Path backup = dir.resolve("plan.scenario.json.bak");
        assertEquals(backup, AtomicFiles.backupOf(target));
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertArrayEquals(OLD, Files.readAllBytes(backup));
        assertEquals(List.of(target, backup), filesIn(dir));
    }

    @Test
    void eachSaveMovesTheBackupOnByOneVersion() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        AtomicFiles.write(target, NEW, true);
        AtomicFiles.write(target, NEWER, true);
        assertArrayEquals(NEWER, Files.readAllBytes(target));
        assertArrayEquals(NEW, Files.readAllBytes(AtomicFiles.backupOf(target)));
        assertEquals(2, filesIn(dir).size());
    }

    @Test
    void firstSaveOfANewFileHasNothingToBackUp() throws IOException {
        Path target = dir.resolve("plan.scenario.json");
        AtomicFiles.write(target, NEW, true);
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void savingWithoutBackupLeavesAnOlderBackupAlone() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        Path backup = Files.write(AtomicFiles.backupOf(target), NEWER);
        AtomicFiles.write(target, NEW, false);
        assertArrayEquals(NEWER, Files.readAllBytes(backup));
    }

    @Test
    void failureAtTheFinalRenameLeavesTheOldFileAndACompleteBackupOfIt() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW, true, (from, to) -> {
            throw new IOException("disk full");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertArrayEquals(OLD, Files.readAllBytes(AtomicFiles.backupOf(target)));
        assertEquals(List.of(target, AtomicFiles.backupOf(target)), filesIn(dir));
    }

    @Test
    void backupThatCannotBeMadeFailsTheSaveBeforeTheFileIsTouched() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        Files.createDirectory(AtomicFiles.backupOf(target));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW, true));
        assertTrue(e.getMessage().contains("plan.scenario.json.bak"), e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target, AtomicFiles.backupOf(target)), filesIn(dir));
    }

    @Test
    void backupIsADifferentFileFromTheNewTarget() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        AtomicFiles.write(target, NEW, true);
        Files.write(target, NEWER); // another program editing the file in place
        assertArrayEquals(OLD, Files.readAllBytes(AtomicFiles.backupOf(target)));
    }

    @Test
    void temporaryFilesOfKilledSavesAreRemovedByTheNextSaveAndNothingElse() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        Files.write(dir.resolve(".plan.scenario.json.1a2b3c.tmp"), NEW);
        Files.write(dir.resolve(".plan.scenario.json.bak.7fffffffffffffff.tmp"), NEW);
        Path otherFiles = Files.write(dir.resolve(".other.json.1a2b3c.tmp"), NEW);
        Path userFile = Files.write(dir.resolve(".plan.scenario.json.notes.tmp"), NEW);
        AtomicFiles.write(target, NEWER, true);
        assertEquals(List.of(otherFiles, userFile, target, AtomicFiles.backupOf(target)), filesIn(dir));
    }

    /** The state a save killed between its backup and its final rename leaves: both names on one file. */
    @Test
    void backupAlreadyLinkedToTheTargetIsKeptAndNoTemporaryFileIsLeft() throws IOException {
        Path target = Files.write(dir.resolve("plan.scenario.json"), OLD);
        Files.createLink(AtomicFiles.backupOf(target), target);
        AtomicFiles.write(target, NEW, true);
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertArrayEquals(OLD, Files.readAllBytes(AtomicFiles.backupOf(target)));
        assertEquals(List.of(target, AtomicFiles.backupOf(target)), filesIn(dir));
    }

    @Test
    void scenarioAndQuoteSavesKeepTheVersionTheyReplace() throws IOException {
        ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);
        com.computetco.domain.Scenario example = reader.read(Scenarios.workedExampleBytes()).value();
        Path scenario = Files.write(dir.resolve("plan.scenario.json"), OLD);
        ScenarioWriter.write(example, scenario);
        assertArrayEquals(OLD, Files.readAllBytes(AtomicFiles.backupOf(scenario)));

        Path quote = Files.write(dir.resolve("dealer.quote.json"), OLD);
        QuoteWriter.write(example.options().get(0).quote(), quote);
        assertArrayEquals(OLD, Files.readAllBytes(AtomicFiles.backupOf(quote)));
    }
}
