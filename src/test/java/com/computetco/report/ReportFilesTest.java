package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the report to a file, from the API and from the command line: all or nothing, clear messages. */
class ReportFilesTest {
    @TempDir
    Path dir;
    private Path scenarioFile;

    private final Terminal cli = new Terminal();

    @BeforeEach
    void copyWorkedExample() throws IOException {
        scenarioFile = dir.resolve("worked-example.json");
        Scenarios.write(scenarioFile, Scenarios.workedExampleBytes());
    }

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void anUnwritablePathGivesAClearMessageAndLeavesNoFile() throws IOException {
        Scenario scenario = Scenarios.workedExample();
        Path target = dir.resolve("missing-folder").resolve("report.xlsx");
        IOException e = assertThrows(IOException.class, () -> new ReportWriter(Clock.systemDefaultZone()).write(scenario,
                new TcoEngine().evaluate(scenario), Messages.forLocale(Locale.ENGLISH), target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void aDirectoryInTheWayIsLeftAloneAndNoTemporaryFileRemains() throws IOException {
        Scenario scenario = Scenarios.workedExample();
        Path target = Files.createDirectory(dir.resolve("report.xlsx"));
        long before = filesIn(dir);
        assertThrows(IOException.class, () -> new ReportWriter(Clock.systemDefaultZone()).write(scenario, new TcoEngine().evaluate(scenario),
                Messages.forLocale(Locale.ENGLISH), target));
        assertTrue(Files.isDirectory(target));
        assertEquals(before, filesIn(dir));
    }

    @Test
    void theReportCommandWritesAWorkbookThatOpens() throws IOException {
        Path target = dir.resolve("r.xlsx");
        assertEquals(0, cli.run("report", scenarioFile.toString(), "-o", target.toString(), "--lang", "en"), cli.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals("Summary", workbook.getSheetName(0));
        }
        assertEquals("", cli.err());
    }

    @Test
    void theReportCommandSpeaksChineseWithLangZh() throws IOException {
        Path target = dir.resolve("r.xlsx");
        assertEquals(0, cli.run("report", scenarioFile.toString(), "--output", target.toString(), "--lang", "zh"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals("摘要", workbook.getSheetName(0));
        }
    }

    @Test
    void theReportCommandRefusesAnUnwritablePathInOneLineWithExitTwo() throws IOException {
        Path target = dir.resolve("no-such-folder").resolve("r.xlsx");
        assertEquals(2, cli.run("report", scenarioFile.toString(), "-o", target.toString()));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("compute-tco report: Cannot save "), cli.err());
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void theReportCommandRefusesAnInvalidScenarioWithExitTwo() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"currency\": \"CNY\"}");
        Path target = dir.resolve("r.xlsx");
        assertEquals(2, cli.run("report", bad.toString(), "-o", target.toString()));
        assertTrue(cli.err().contains("bad.json"), cli.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void theReportCommandNeedsAnOutput() {
        assertEquals(64, cli.run("report", scenarioFile.toString()));
        assertTrue(cli.err().contains("-o OUT.xlsx"), cli.err());
        assertEquals(64, cli.run("report", "-o", "x.xlsx"));
        assertEquals(64, cli.run("report", scenarioFile.toString(), "-o", "x.xlsx", "--lang", "fr"));
    }

    @Test
    void theReportCommandSimulatesFirstWithSimulate() throws IOException {
        Path target = dir.resolve("r.xlsx");
        assertEquals(0, cli.run("report", scenarioFile.toString(), "-o", target.toString(), "--lang", "en",
                "--simulate", "1000", "--seed", "3"), cli.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            var risk = workbook.getSheet("Risk");
            assertTrue(risk != null, "Risk sheet");
            assertEquals(1000, risk.getRow(RiskSheet.ITERATIONS_ROW).getCell(1).getNumericCellValue());
            assertEquals(3, risk.getRow(RiskSheet.SEED_ROW).getCell(1).getNumericCellValue());
            assertEquals(2, risk.getDrawingPatriarch().getCharts().size(), "a tornado chart per non-baseline option");
        }
        assertEquals("", cli.err());
    }

    @Test
    void theReportCommandWithoutSimulateHasNoRiskSheet() throws IOException {
        Path target = dir.resolve("r.xlsx");
        assertEquals(0, cli.run("report", scenarioFile.toString(), "-o", target.toString(), "--lang", "en"), cli.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals(null, workbook.getSheet("Risk"));
        }
    }

    @Test
    void theReportCommandRefusesABadSimulateOrSeed() {
        Path target = dir.resolve("r.xlsx");
        assertEquals(64, cli.run("report", scenarioFile.toString(), "-o", target.toString(), "--simulate", "0"));
        assertTrue(cli.err().contains("--simulate must lie in 1.."), cli.err());
        assertEquals(64, cli.run("report", scenarioFile.toString(), "-o", target.toString(), "--simulate", "x"));
        assertTrue(cli.err().contains("--simulate must be a whole number"), cli.err());
        assertEquals(64, cli.run("report", scenarioFile.toString(), "-o", target.toString(), "--simulate", "10",
                "--seed", "y"));
        assertEquals(64, cli.run("report", scenarioFile.toString(), "-o", target.toString(), "--seed", "3"));
        assertTrue(cli.err().contains("--seed needs --simulate"), cli.err());
        assertFalse(Files.exists(target));
    }
}
