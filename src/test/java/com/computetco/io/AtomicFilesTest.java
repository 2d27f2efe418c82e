package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
