package com.computetco.ui.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.QuoteLibrary;
import com.computetco.domain.Electricity;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.domain.Staff;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteReader;
import com.computetco.testing.FakeDialogService;
import com.computetco.ui.platform.DialogService.FileKind;
import com.computetco.ui.platform.QueuedTaskExecutor;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.quotes.QuoteEntry.Origin;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteLibraryViewModelTest {
    private static final Clock MID_2024 = Clock.fixed(Instant.parse("2024-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final String US_CLOUD = "us-cloud-h100-25k-usd.quote.json";
    private static final String SPARSE = "lessor-sparse-basis.quote.json";
    private static final String DEALER_H100 = "dealer-hgx-h100.quote.json";
    private static final String ATLAS = "huawei-atlas-800t-a2.quote.json";
    private static final String BROKEN_QUOTE = """
            {"kind": "server", "vendor": "Broken Ltd", "model": "X1", "peakPflopsPerServer": -1}
            """;

    @TempDir
    Path home;

    private Path folder;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(scenarioIn("CNY", "USD", "7.15"));
    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(ENGLISH);
    private final List<Quote> added = new ArrayList<>();

    @BeforeEach
    void setUp() {
        folder = home.resolve(".compute-tco").resolve("quotes");
    }

    /** The library reads and reports: it never saves, asks about changes, recovers or offers to open a file. */
    @AfterEach
    void askedNothingElse() {
        dialogs.assertNothingUnexpected();
    }

    private QuoteLibraryViewModel library(Clock clock) {
        return new QuoteLibraryViewModel(new QuoteLibrary(new QuoteReader(clock), new BundledSamples(), folder, clock),
                dialogs, TaskExecutor.direct(), scenario, messages, added::add, clock);
    }

    private QuoteLibraryViewModel loaded() {
        QuoteLibraryViewModel vm = library(MID_2024);
        vm.loadLibrary();
        return vm;
    }

    private static QuoteEntry entry(QuoteLibraryViewModel vm, String fileName) {
        return vm.entries().stream().filter(e -> e.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + fileName));
    }

    private static Scenario scenarioIn(String currency, String rateCurrency, String rate) {
        Map<String, BigDecimal> rates = rateCurrency == null ? Map.of() : Map.of(rateCurrency, new BigDecimal(rate));
        return new Scenario(Scenario.SCHEMA_VERSION, "test", currency, rates, 60, new BigDecimal("8"),
                new BigDecimal("64"), new Electricity(new BigDecimal("0.75"), Electricity.DEFAULT_PUE,
                        Electricity.DEFAULT_LOAD_FACTOR_PCT, BigDecimal.ZERO),
                Staff.none(), BigDecimal.ZERO, true, "rent", List.of(), null);
    }

    private Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writeSample(Path dir, String targetName, String sampleName) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(targetName), new BundledSamples().read(sampleName));
    }

    @Test
    void theLibraryLoadsTheTwentyFourBundledQuotes() {
        QuoteLibraryViewModel vm = loaded();

        assertEquals(24, vm.entries().size());
        assertTrue(vm.entries().stream().allMatch(e -> e.origin() == Origin.BUNDLED));
        assertEquals(24, vm.visibleEntries().size());
        assertEquals("24 quotes", vm.statusProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertFalse(vm.hasLoadProblemsProperty().get());
        assertTrue(dialogs.problemsShown.isEmpty());
    }

    @Test
    void loadingCreatesTheMissingUserFolder() {
        loaded();

        assertTrue(Files.isDirectory(folder));
    }

    @ParameterizedTest
    @ValueSource(strings = {"800T", "  800t  ", "huawei 800t", "800T a2"})
    void theFilterNarrowsToTheAtlasQuotes(String filter) {
        QuoteLibraryViewModel vm = loaded();

        vm.filterText().set(filter);

        // The 2024 quote (history) and the 2026 one; the supernode is an Atlas 900, the tender server no Atlas.
        assertEquals(2, vm.visibleEntries().size());
        assertTrue(vm.visibleEntries().stream().allMatch(e -> e.model().equals("Atlas 800T A2")));
        assertEquals("2 of 24 quotes match", vm.statusProperty().get());
    }

    @Test
    void theFilterMatchesFileNamesAndSourcesAndClearsAgain() {
        QuoteLibraryViewModel vm = loaded();

        vm.filterText().set("lessor-min-100");
        assertEquals(List.of("lessor-min-100-servers.quote.json"),
                vm.visibleEntries().stream().map(QuoteEntry::fileName).toList());
        vm.filterText().set("财联社");
        assertTrue(vm.visibleEntries().size() > 1);
        vm.filterText().set("no such quote");
        assertTrue(vm.visibleEntries().isEmpty());
        assertEquals("No quote matches the filter.", vm.placeholderProperty().get());
        vm.filterText().set("");
        assertEquals(24, vm.visibleEntries().size());
        assertEquals("24 quotes", vm.statusProperty().get());
    }

    @Test
    void aUsdRentalIsShownInTheCnyBaseCurrency() {
        QuoteEntry cloud = entry(loaded(), US_CLOUD);

        assertTrue(cloud.converted());
        assertEquals("178,750 CNY / P-year", cloud.basePriceText());
        assertEquals(178_750.0, cloud.basePriceValue(), 1e-9);
        assertEquals("25,000 USD", cloud.originalPriceText());
        assertEquals("US cloud provider (H100)", cloud.supplier());
        assertEquals("H100 SXM5", cloud.model());
        assertEquals("Rental", cloud.kindText());
        assertEquals("—", cloud.pflopsText());
        assertEquals("—", cloud.kwText());
        assertTrue(cloud.priceTooltip().contains("7.15"), cloud.priceTooltip());
    }

    @Test
    void aSparseRentalQuoteCostsTwiceAsMuchPerDensePflopsYear() {
        QuoteEntry sparse = entry(loaded(), SPARSE);

        assertEquals("180,000 CNY / P-year", sparse.basePriceText());
        assertEquals(180_000.0, sparse.basePriceValue(), 1e-9);
        assertEquals("90,000 CNY (sparse)", sparse.originalPriceText());
        assertTrue(sparse.priceTooltip().contains("sparse"), sparse.priceTooltip());
    }

    @Test
    void aServerQuoteShowsItsUnitPriceComputePowerAndLeadTime() {
        QuoteEntry h100 = entry(loaded(), DEALER_H100);

        assertEquals("Grey-market dealer", h100.supplier());
        assertEquals("HGX H100 8-GPU", h100.model());
        assertEquals("Server", h100.kindText());
        assertEquals("2,700,000 CNY / server", h100.basePriceText());
        assertEquals("2,700,000 CNY", h100.originalPriceText());
        assertEquals("7.9 dense", h100.pflopsText());
        assertEquals("10.2", h100.kwText());
        assertEquals("2 / 4 / 9", h100.leadTimeText());
        assertEquals(4.0, h100.leadTimeLikely());
    }

    @Test
    void withoutAnExchangeRateOnlyTheQuotedPriceIsShown() {
        scenario.set(scenarioIn("CNY", null, null));
        QuoteEntry cloud = entry(loaded(), US_CLOUD);

        assertFalse(cloud.converted());
        assertNull(cloud.basePriceValue());
        assertEquals("— no rate", cloud.basePriceText());
        assertEquals("25,000 USD", cloud.originalPriceText());
        assertTrue(cloud.priceTooltip().contains("no exchange rate for USD"), cloud.priceTooltip());
    }

    @Test
    void aNewScenarioRecomputesThePrices() {
        QuoteLibraryViewModel vm = loaded();
        assertEquals("Price (CNY)", vm.basePriceHeaderProperty().get());

        scenario.set(scenarioIn("USD", "CNY", "0.14"));

        assertEquals("25,000 USD / P-year", entry(vm, US_CLOUD).basePriceText());
        assertEquals("378,000 USD / server", entry(vm, DEALER_H100).basePriceText());
        assertEquals("Price (USD)", vm.basePriceHeaderProperty().get());

        scenario.set(null);
        assertFalse(entry(vm, US_CLOUD).converted());
        assertEquals("Price", vm.basePriceHeaderProperty().get());
    }

    @Test
    void aQuotePastItsValidUntilDayIsExpired() {
        QuoteLibraryViewModel vm = loaded();

        QuoteEntry atlas = entry(vm, ATLAS);
        assertFalse(atlas.expired());
        assertEquals("2024-08-17", atlas.validUntilText());
        assertEquals("", atlas.expiredTooltip());
        QuoteEntry h800 = entry(vm, "dealer-hgx-h800.quote.json");
        assertTrue(h800.expired());
        assertEquals("⚠ 2023-11-21", h800.validUntilText());
        assertEquals("This quote expired on 2023-11-21.", h800.expiredTooltip());
    }

    @Test
    void expiryIsJudgedAgainstTheInjectedClock() {
        QuoteLibraryViewModel vm = library(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        vm.loadLibrary();

        assertTrue(entry(vm, ATLAS).expired());
        assertFalse(entry(vm, "h200-8gpu.quote.json").expired());
    }

    @Test
    void importingAnInvalidFileShowsAllItsProblemsInOneDialogAndAddsNothing() throws IOException {
        QuoteLibraryViewModel vm = loaded();
        Path bad = write(home, "bad.quote.json", BROKEN_QUOTE);
        int problems = new QuoteReader(MID_2024).read(bad).problems().size();

        vm.importFiles(List.of(bad));

        assertEquals(24, vm.entries().size());
        assertEquals(1, dialogs.problemsShown.size());
        FakeDialogService.ProblemsShown shown = dialogs.problemsShown.get(0);
        assertEquals("Import quotes", shown.title());
        assertTrue(shown.header().startsWith("1 file could not be imported."), shown.header());
        assertTrue(problems >= 2, "the fixture should have several problems");
        assertEquals(problems, shown.problems().size());
        assertTrue(shown.problems().stream().allMatch(line -> line.startsWith("bad.quote.json: ")),
                shown.problems().toString());
        assertTrue(dialogs.notices.isEmpty());
    }

    @Test
    void importingValidAndInvalidFilesAddsTheValidOnesAndReportsTheRestTogether() throws IOException {
        QuoteLibraryViewModel vm = loaded();
        Path good = writeSample(home, "mine.quote.json", US_CLOUD);
        Path bad = write(home, "bad.quote.json", BROKEN_QUOTE);
        Path notJson = write(home, "also-bad.quote.json", "{ not json");

        vm.importFiles(List.of(bad, good, notJson));

        assertEquals(25, vm.entries().size());
        assertEquals(1, dialogs.problemsShown.size());
        FakeDialogService.ProblemsShown shown = dialogs.problemsShown.get(0);
        assertTrue(shown.header().startsWith("2 files could not be imported; 1 quote was imported."),
                shown.header());
        assertTrue(shown.problems().stream().anyMatch(l -> l.startsWith("also-bad.quote.json: $: malformed JSON")),
                shown.problems().toString());
    }

    @Test
    void importingAValidFileAddsAnImportedEntryAndSelectsIt() throws IOException {
        QuoteLibraryViewModel vm = loaded();
        Path good = writeSample(home, "offer-2025.quote.json", ATLAS);

        vm.importFiles(List.of(good));

        assertEquals(25, vm.entries().size());
        QuoteEntry imported = entry(vm, "offer-2025.quote.json");
        assertEquals(Origin.IMPORTED, imported.origin());
        assertEquals(good, imported.path());
        assertSame(imported, vm.selectedProperty().get());
        assertEquals(List.of("1 quote imported"), dialogs.notices);
        assertTrue(dialogs.problemsShown.isEmpty());
        assertEquals("25 quotes", vm.statusProperty().get());
    }

    @Test
    void importingTheSameFileTwiceKeepsOneEntry() throws IOException {
        QuoteLibraryViewModel vm = loaded();
        Path good = writeSample(home, "offer.quote.json", ATLAS);

        vm.importFiles(List.of(good));
        vm.importFiles(List.of(good));

        assertEquals(25, vm.entries().size());
    }

    @Test
    void importWithChooserImportsTheChosenQuoteFiles() throws IOException {
        QuoteLibraryViewModel vm = loaded();
        dialogs.filesToOpen.add(writeSample(home, "chosen.quote.json", SPARSE));

        vm.importWithChooser();

        assertEquals(List.of(FileKind.QUOTE), dialogs.choosersOpened);
        assertEquals(Origin.IMPORTED, entry(vm, "chosen.quote.json").origin());
    }

    @Test
    void cancellingTheChooserImportsNothing() {
        QuoteLibraryViewModel vm = loaded();

        vm.importWithChooser();

        assertEquals(24, vm.entries().size());
        assertTrue(dialogs.notices.isEmpty());
    }

    @Test
    void reloadingKeepsImportedQuotes() throws IOException {
        QuoteLibraryViewModel vm = loaded();
        vm.importFiles(List.of(writeSample(home, "offer.quote.json", ATLAS)));

        vm.loadLibrary();

        assertEquals(25, vm.entries().size());
        assertEquals(Origin.IMPORTED, entry(vm, "offer.quote.json").origin());
    }

    @Test
    void addingToTheComparisonNeedsASelection() {
        QuoteLibraryViewModel vm = loaded();

        assertFalse(vm.canAddProperty().get());
        vm.addSelectedToComparison();
        assertTrue(added.isEmpty());

        QuoteEntry atlas = entry(vm, ATLAS);
        vm.selectedProperty().set(atlas);
        assertTrue(vm.canAddProperty().get());
        vm.addSelectedToComparison();

        assertEquals(List.of(atlas.quote()), added);
        vm.selectedProperty().set(null);
        assertFalse(vm.canAddProperty().get());
    }

    @Test
    void quotesInTheUserFolderArePickedUpAndUnreadableOnesReported() throws IOException {
        writeSample(folder, "my-lessor.quote.json", US_CLOUD);
        writeSample(folder, "plain-name.json", DEALER_H100);
        write(folder, "broken.quote.json", BROKEN_QUOTE);
        write(folder, "notes.txt", "not a quote");
        writeSample(folder, "demo.scenario.json", BundledSamples.MAIN_DEMO);

        QuoteLibraryViewModel vm = loaded();

        assertEquals(26, vm.entries().size());
        assertEquals(Origin.USER, entry(vm, "my-lessor.quote.json").origin());
        assertEquals(folder.resolve("my-lessor.quote.json"), entry(vm, "my-lessor.quote.json").path());
        assertEquals(Origin.USER, entry(vm, "plain-name.json").origin());
        assertEquals("26 quotes, 1 file could not be read", vm.statusProperty().get());
        assertTrue(vm.hasLoadProblemsProperty().get());
        assertTrue(vm.loadProblems().stream().allMatch(l -> l.startsWith("broken.quote.json: ")),
                vm.loadProblems().toString());
        assertTrue(dialogs.problemsShown.isEmpty(), "loading stays quiet; the details are on request");

        vm.showLoadProblems();
        assertEquals(1, dialogs.problemsShown.size());
        assertEquals(List.copyOf(vm.loadProblems()), dialogs.problems(0));
    }

    @Test
    void aFileDroppedIntoTheFolderAppearsOnReload() throws IOException {
        QuoteLibraryViewModel vm = loaded();
        writeSample(folder, "later.quote.json", SPARSE);

        vm.loadLibrary();

        assertEquals(25, vm.entries().size());
        assertEquals(Origin.USER, entry(vm, "later.quote.json").origin());
    }

    @Test
    void chineseMessagesChangeTheTexts() {
        QuoteLibraryViewModel vm = loaded();

        messages.set(CHINESE);

        assertEquals("服务器", entry(vm, DEALER_H100).kindText());
        assertEquals("租赁", entry(vm, US_CLOUD).kindText());
        assertEquals("7.9 稠密", entry(vm, DEALER_H100).pflopsText());
        assertEquals("24 个报价", vm.statusProperty().get());
        assertEquals("价格（CNY）", vm.basePriceHeaderProperty().get());
        assertTrue(entry(vm, DEALER_H100).basePriceText().startsWith("270.00万 CNY"),
                entry(vm, DEALER_H100).basePriceText());
    }

    @Test
    void changingTheLanguageKeepsTheSelection() {
        QuoteLibraryViewModel vm = loaded();
        vm.selectedProperty().set(entry(vm, ATLAS));

        messages.set(CHINESE);

        assertSame(entry(vm, ATLAS), vm.selectedProperty().get());
        assertEquals("服务器", vm.selectedProperty().get().kindText());
    }

    @Test
    void theFilterAlsoMatchesTheLocalizedKind() {
        QuoteLibraryViewModel vm = loaded();

        vm.filterText().set("rental");

        assertEquals(12, vm.visibleEntries().size());
    }

    @Test
    void dropsAreAcceptedWhenAJsonFileIsAmongThem() {
        QuoteLibraryViewModel vm = library(MID_2024);

        assertTrue(vm.acceptsFiles(List.of(Path.of("a.txt"), Path.of("b.QUOTE.JSON"))));
        assertFalse(vm.acceptsFiles(List.of(Path.of("a.txt"))));
        assertFalse(vm.acceptsFiles(List.of()));
    }

    @Test
    void anOutdatedLoadDoesNotOverwriteANewerOne() {
        QueuedTaskExecutor deferred = new QueuedTaskExecutor();
        QuoteLibraryViewModel vm = new QuoteLibraryViewModel(
                new QuoteLibrary(new QuoteReader(MID_2024), new BundledSamples(), folder, MID_2024), dialogs, deferred,
                scenario, messages, added::add, MID_2024);

        vm.loadLibrary();
        assertTrue(vm.loadingProperty().get());
        assertEquals("Loading quotes…", vm.statusProperty().get());
        vm.loadLibrary();
        deferred.run(1);
        assertFalse(vm.loadingProperty().get());
        assertEquals(24, vm.entries().size());
        deferred.run(0);
        assertEquals(24, vm.entries().size());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void aFilledVendorTemplateImportsOneQuotePerRow() throws java.io.IOException {
        QuoteLibraryViewModel vm = loaded();
        int before = vm.entries().size();
        Path filled = java.nio.file.Files.write(home.resolve("vendor-reply.xlsx"),
                com.computetco.template.TemplateFiles.filledWithSamples());
        vm.importFiles(List.of(filled));
        assertEquals(before + 2, vm.entries().size());
        assertTrue(vm.entries().stream().anyMatch(e -> e.fileName().endsWith("-row4.quote.json")),
                vm.entries().toString());
    }

    @Test
    void importedTemplateRowsAreSavedToTheLibraryAndReimportingUpdatesThem() throws java.io.IOException {
        QuoteLibraryViewModel vm = loaded();
        int before = vm.entries().size();
        Path filled = java.nio.file.Files.write(home.resolve("vendor-reply.xlsx"),
                com.computetco.template.TemplateFiles.filledWithSamples());
        vm.importFiles(List.of(filled));
        List<String> saved;
        try (var files = java.nio.file.Files.list(folder)) {
            saved = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(2, saved.size(), saved.toString());

        // Again: the same two entries and files, updated in place.
        vm.importFiles(List.of(filled));
        assertEquals(before + 2, vm.entries().size(), vm.entries().toString());
        try (var files = java.nio.file.Files.list(folder)) {
            assertEquals(saved, files.map(p -> p.getFileName().toString()).sorted().toList());
        }

        // After a restart they are in the library, read from the folder.
        QuoteLibraryViewModel restarted = loaded();
        assertEquals(before + 2, restarted.entries().size());
        assertTrue(restarted.entries().stream().anyMatch(e -> e.fileName().equals(saved.get(0))
                && e.origin() == QuoteEntry.Origin.USER), restarted.entries().toString());
    }

    @Test
    void aTemplateRowWithAMistakeIsNamedByItsCell() throws java.io.IOException {
        QuoteLibraryViewModel vm = loaded();
        byte[] filled = com.computetco.template.TemplateFiles.edit(com.computetco.template.TemplateFiles.filledWithSamples(),
                sheet -> {
                    // the vendor typed words where the price goes: find the price column by its header
                    for (int r = 0; r < com.computetco.template.TemplateFiles.FIRST_ROW - 1; r++) {
                        for (var cell : sheet.getRow(r)) {
                            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell
                                    .getStringCellValue().toLowerCase(java.util.Locale.ROOT).startsWith("price")) {
                                sheet.getRow(com.computetco.template.TemplateFiles.FIRST_ROW - 1)
                                        .getCell(cell.getColumnIndex()).setCellValue("abc");
                                return;
                            }
                        }
                    }
                    throw new AssertionError("no price column");
                });
        Path file = java.nio.file.Files.write(home.resolve("vendor-mistake.xlsx"), filled);
        vm.importFiles(List.of(file));
        assertEquals(1, dialogs.problemsShown.size());
        assertTrue(dialogs.problems(0).stream().anyMatch(line -> line.contains("Quote!")),
                dialogs.problems(0).toString());
    }
}
