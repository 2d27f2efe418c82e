package com.computetco.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportWriter;
import com.computetco.testing.FakeDialogService;
import com.computetco.testing.Scenarios;
import com.computetco.ui.document.ScenarioDocument;
import com.computetco.ui.platform.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to Excel from the window, with no toolkit: the name it suggests, the file, success and failure. */
class ExportViewModelTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ExportViewModel vm;
    private com.computetco.engine.risk.SimulationResult simulation;
    private Scenario scenario;

    @BeforeEach
    void setUp() throws IOException {
        scenario = Scenarios.workedExample();
        vm = new ExportViewModel(new ScenarioDocument(scenario, null),
                new SimpleObjectProperty<>(new TcoEngine().evaluate(scenario)),
                new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH)), dialogs, TaskExecutor.direct(),
                new ReportWriter(DAY), DAY, () -> simulation);
    }

    @Test
    void suggestsTheScenarioNameTcoAndTheDate() {
        assertEquals("64 PFLOPS training cluster, 5 years-TCO-2026-11-27.xlsx", vm.suggestedFileName());
    }

    @Test
    void writesTheWorkbookAndOffersToOpenIt() throws IOException {
        Path target = dir.resolve("report.xlsx");
        dialogs.filesToSave.add(target);
        vm.exportExcel();
        assertEquals(java.util.List.of(target), dialogs.offeredToOpen);
        assertFalse(vm.exportingProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertTrue(workbook.getNumberOfSheets() >= 5);
        }
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile() {
        Path target = dir.resolve("missing-folder").resolve("report.xlsx");
        vm.exportTo(target);
        assertEquals(1, dialogs.errorsShown.size());
        assertTrue(dialogs.error(0).contains("report.xlsx"), dialogs.error(0));
        assertFalse(Files.exists(target));
        assertTrue(vm.canExportProperty().get());
    }

    @Test
    void exportNeverReplacesTheOpenScenarioOrAFileThatIsNotAReport() throws IOException {
        Path open = dir.resolve("open.scenario.json");
        Files.writeString(open, "{}");
        vm = new ExportViewModel(new ScenarioDocument(scenario, open),
                new SimpleObjectProperty<>(new TcoEngine().evaluate(scenario)),
                new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH)), dialogs, TaskExecutor.direct(),
                new ReportWriter(DAY), DAY, () -> simulation);
        vm.exportTo(open);
        assertEquals("{}", Files.readString(open));
        assertTrue(dialogs.error(0).contains("input"), dialogs.error(0));

        Path notes = dir.resolve("notes.xlsx");
        Files.writeString(notes, "my notes");
        vm.exportTo(notes);
        assertEquals("my notes", Files.readString(notes));
        assertTrue(dialogs.error(1).contains("not a Compute TCO report"), dialogs.error(1));

        // A report is replaced, and the old one kept as NAME.bak.
        Path report = dir.resolve("report.xlsx");
        vm.exportTo(report);
        byte[] first = Files.readAllBytes(report);
        vm.exportTo(report);
        assertEquals(2, dialogs.errorsShown.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, Files.readAllBytes(dir.resolve("report.xlsx.bak")));
    }

    @Test
    void aCurrentSimulationAddsTheRiskSheet() throws IOException {
        simulation = com.computetco.engine.risk.MonteCarlo.run(com.computetco.engine.ScenarioModel.of(scenario), 500,
                1, 1, null, null);
        Path target = dir.resolve("with-risk.xlsx");
        vm.exportTo(target);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertTrue(workbook.getSheet("Risk") != null, "Risk sheet");
        }
    }

    @Test
    void cancellingTheChooserWritesNothing() {
        vm.exportExcel();
        assertTrue(dialogs.offeredToOpen.isEmpty());
        assertTrue(dialogs.errorsShown.isEmpty());
    }
}
