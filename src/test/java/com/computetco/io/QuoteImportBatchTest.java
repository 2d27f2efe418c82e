package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Quote;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: a full disk during an import leaves all or nothing, or says exactly what was written. */
class QuoteImportBatchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    @TempDir
    Path dir;
    private final List<QuoteImportBatch.Item> items = new ArrayList<>();

    @BeforeEach
    void thirtyQuotes() {
        Quote quote = new BundledSamplesQuote().get();
        for (int row = 4; row < 34; row++) {
            items.add(new QuoteImportBatch.Item(row, quote));
        }
    }

    /** A sample quote from the bundled files. */
    private static final class BundledSamplesQuote {
        Quote get() {
            try (var in = QuoteImportBatchTest.class.getResourceAsStream(
                    "/com/computetco/engine/worked-example.json")) {
                var scenario = com.computetco.testing.Scenarios.loader().load(in.readAllBytes()).value();
                return scenario.options().stream().map(o -> o.quote()).findFirst().orElseThrow();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private QuoteImportBatch.FileOps failing(int writeFailsAt, int moveFailsAt) {
        int[] writes = {0};
        int[] moves = {0};
        return new QuoteImportBatch.FileOps() {
            @Override
            public void write(Path file, byte[] content) throws IOException {
                if (++writes[0] == writeFailsAt) {
                    throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
                }
                Files.write(file, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (++moves[0] == moveFailsAt) {
                    throw new java.nio.file.FileSystemException(to.toString(), null, "No space left on device");
                }
                Files.move(from, to);
            }
        };
    }

    @Test
    void aFullDiskWhileWritingLeavesNothing() throws IOException {
        Path quotes = Files.createDirectory(dir.resolve("quotes"));
        IOException e = assertThrows(IOException.class, () -> QuoteImportBatch.write(items, dir.resolve("v.xlsx"),
                quotes, TODAY, Scenarios.quoteReader(), failing(11, 0)));
        assertTrue(e.getMessage().startsWith("nothing was written") && e.getMessage().contains("No space left"),
                e.getMessage());
        assertEquals(List.of(), files(quotes), "no quote and no staging folder left");
    }

    @Test
    void aFailureWhileMovingIntoPlaceNamesWhatWasWrittenAndWhatWasNot() throws IOException {
        Path quotes = Files.createDirectory(dir.resolve("quotes"));
        QuoteImportBatch.Incomplete e = assertThrows(QuoteImportBatch.Incomplete.class, () -> QuoteImportBatch
                .write(items, dir.resolve("v.xlsx"), quotes, TODAY, Scenarios.quoteReader(), failing(0, 11)));
        assertEquals(10, e.written().size());
        assertEquals(20, e.notWritten().size());
        assertEquals(14, e.notWritten().get(0).row());
        assertEquals(10, files(quotes).size(), "the written ones, and no staging folder");
    }

    @Test
    void theBatchWritesEveryRowWithItsProvenance() throws IOException {
        Path quotes = dir.resolve("new-folder");
        var results = QuoteImportBatch.write(items, dir.resolve("v.xlsx"), quotes, TODAY, Scenarios.quoteReader());
        assertEquals(30, results.size());
        assertEquals(30, files(quotes).size());
        var provenance = QuoteProvenance.read(results.get(0).file()).orElseThrow();
        assertEquals(new QuoteProvenance(dir.resolve("v.xlsx").toAbsolutePath().toString(), 4, TODAY), provenance);
        assertTrue(Scenarios.quoteReader().read(results.get(0).file()).isValid());
    }
}
