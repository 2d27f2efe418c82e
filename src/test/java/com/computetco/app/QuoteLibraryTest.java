package com.computetco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.QuoteLibrary.Contents;
import com.computetco.app.QuoteLibrary.Loaded;
import com.computetco.app.QuoteLibrary.Origin;
import com.computetco.domain.Quote;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteReader;
import com.computetco.io.QuoteWriter;
import com.computetco.template.TemplateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote library's files without a window: reading, importing, saving. */
class QuoteLibraryTest {
    private static final Clock MID_2024 = Clock.fixed(Instant.parse("2024-07-01T12:00:00Z"), ZoneOffset.UTC);
    private final BundledSamples samples = new BundledSamples();
    @TempDir
    Path home;
    private Path folder;
    private QuoteLibrary library;

    @BeforeEach
    void setUp() {
        folder = home.resolve("quotes");
        library = new QuoteLibrary(new QuoteReader(MID_2024), samples, folder, MID_2024);
    }

    private Quote sample() {
        return new QuoteReader(MID_2024).read(samples.read(samples.quoteFileNames().get(0))).value();
    }

    @Test
    void aFirstReadListsTheSamplesAndCreatesTheFolder() {
        Contents contents = library.read("bundled");
        assertTrue(Files.isDirectory(folder));
        assertEquals(samples.quoteFileNames().size(), contents.quotes().size());
        assertTrue(contents.quotes().stream().allMatch(l -> l.origin() == Origin.BUNDLED && l.path() == null));
        assertTrue(contents.failures().isEmpty(), contents.failures().toString());
    }

    @Test
    void theFolderIsReadByNameWithScenariosLeftOutAndBadFilesReported() throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("b.quote.json"), QuoteWriter.toBytes(sample()));
        Files.write(folder.resolve("a.json"), QuoteWriter.toBytes(sample()));
        Files.writeString(folder.resolve("plan.scenario.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("broken.quote.json"), "{", StandardCharsets.UTF_8);
        Contents contents = library.read("bundled");
        List<String> user = contents.quotes().stream().filter(l -> l.origin() == Origin.USER)
                .map(Loaded::fileName).toList();
        assertEquals(List.of("a.json", "b.quote.json"), user);
        assertEquals(1, contents.failures().size());
        assertEquals("broken.quote.json", contents.failures().get(0).fileName());
        assertFalse(contents.failures().get(0).problems().isEmpty());
    }

    @Test
    void savingNamesTheFileAfterTheSupplierAndKeepsOneFilePerQuote() throws IOException {
        Quote quote = sample();
        Path first = library.save(quote);
        assertTrue(first.getFileName().toString().endsWith(".quote.json"), first.toString());
        assertEquals(first, library.save(quote));
        assertEquals(quote, new QuoteReader(MID_2024).read(first).value());
        try (Stream<Path> files = Files.list(folder)) {
            // Saving the same quote again replaces its file (the writer keeps the old one as .bak), no second quote.
            assertEquals(List.of(first), files.filter(FileKinds::isQuoteJson).toList());
        }
    }

    @Test
    void aDifferentQuoteUnderATakenNameGetsANumber() throws IOException {
        Quote quote = sample();
        Path first = library.save(quote);
        Files.writeString(first, "someone else's", StandardCharsets.UTF_8);
        Path second = library.save(quote);
        String stem = first.getFileName().toString().replace(".quote.json", "");
        assertEquals(stem + "-2.quote.json", second.getFileName().toString());
    }

    @Test
    void aFilledTemplateIsSavedRowByRowIntoTheFolder() throws IOException {
        Path filled = Files.write(home.resolve("vendor-reply.xlsx"), TemplateFiles.filledWithSamples());
        Contents contents = library.importFiles(List.of(filled), Messages.forLocale(Locale.ENGLISH));
        assertEquals(2, contents.quotes().size(), contents.toString());
        assertTrue(contents.quotes().stream().allMatch(l -> l.origin() == Origin.USER
                && l.path().getParent().equals(folder)));
        assertEquals(2, library.read("bundled").quotes().stream().filter(l -> l.origin() == Origin.USER).count());
    }

    @Test
    void anImportedFileThatIsNoQuoteIsAFailureNamedByTheFile() throws IOException {
        Path good = Files.write(home.resolve("good.json"), QuoteWriter.toBytes(sample()));
        Path bad = Files.writeString(home.resolve("bad.json"), "[]", StandardCharsets.UTF_8);
        Contents contents = library.importFiles(List.of(good, bad), Messages.forLocale(Locale.ENGLISH));
        assertEquals(1, contents.quotes().size());
        assertEquals(Origin.IMPORTED, contents.quotes().get(0).origin());
        assertEquals(good, contents.quotes().get(0).path());
        assertEquals("bad.json", contents.failures().get(0).fileName());
    }
}
