package com.computetco.export;

import static com.computetco.export.RecomputedReport.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.io.ReadResult;
import com.computetco.app.ScenarioLoader;
import com.computetco.io.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report's formulas, recomputed by a fresh POI evaluator, give the engine's figures: every option's total,
 * present value, cost per P-year, component totals, monthly flows, payback, discounted payback, IRR and
 * break-even price, to 1e-9 relative (1e-6 absolute). Also after an assumption is changed in the workbook.
 */
class ReportFormulasTest {
    private final TcoEngine engine = new TcoEngine();

    static Scenario workedExample() throws IOException {
        try (InputStream in = ReportFormulasTest.class.getResourceAsStream(
                "/com/computetco/engine/worked-example.json")) {
            assertNotNull(in);
            ReadResult<Scenario> read = new ScenarioReader().read(in.readAllBytes());
            assertTrue(read.isValid(), () -> read.problems().toString());
            return read.value();
        }
    }

    /** Every demo, version-2 rules included: the workbook models them all with live formulas. */
    static Stream<Path> demoScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-quotes"))) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".scenario.json")).sorted()
                    .toList();
            assertFalse(list.isEmpty());
            return list.stream();
        }
    }

    @Test
    void aVersionTwoDemoStillGivesAWorkbookThatRecalculatesWithoutErrors() throws IOException {
        Path demo = Path.of("sample-quotes", "inference-2026-loan-lease-after-tax.scenario.json");
        ReadResult<Scenario> read = new ScenarioLoader().load(demo);
        assertTrue(read.isValid(), () -> read.problems().toString());
        try (RecomputedReport report = RecomputedReport.recomputed(read.value())) {
            assertNotNull(report);
        }
    }

    @Test
    void theWorkedExampleRecomputesToTheEnginesFigures() throws IOException {
        Scenario scenario = workedExample();
        try (RecomputedReport report = RecomputedReport.recomputed(scenario)) {
            report.assertMatches(engine.evaluate(scenario), 1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("demoScenarios")
    void everyDemoScenarioRecomputesToTheEnginesFigures(Path file) throws IOException {
        ReadResult<Scenario> read = new ScenarioLoader().load(file);
        assertTrue(read.isValid(), () -> read.problems().toString());
        try (RecomputedReport report = RecomputedReport.recomputed(read.value())) {
            report.assertMatches(engine.evaluate(read.value()), 1e-9);
        }
    }

    @Test
    void aChangedElectricityPriceGivesTheEnginesFiguresForTheChangedScenario() throws IOException {
        Scenario scenario = workedExample();
        BigDecimal dearer = new BigDecimal("0.95");
        Scenario changed = scenario.withElectricity(scenario.electricity().withPricePerKwh(dearer));
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            report.named(AssumptionsSheet.ELECTRICITY_PRICE).setCellValue(dearer.doubleValue());
            report.recompute();
            // The IRR start value is the original scenario's root; POI's IRR stops within 1e-7 of the new one.
            report.assertMatches(engine.evaluate(changed), 1e-6);
        }
    }

    @Test
    void aChangedDiscountRateAndRentChangeFollowThroughTheWholeWorkbook() throws IOException {
        Scenario scenario = workedExample();
        Scenario changed = scenario.withDiscountRatePct(new BigDecimal("12"));
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            report.named(AssumptionsSheet.DISCOUNT_RATE).setCellValue(0.12);
            report.recompute();
            report.assertMatches(engine.evaluate(changed), 1e-6);
        }
    }

    @Test
    void aShorterHorizonEnteredInTheWorkbookGivesTheEnginesFiguresForThatHorizon() throws IOException {
        Scenario scenario = workedExample();
        Scenario shorter = scenario.withHorizonMonths(48);
        Evaluation expected = engine.evaluate(shorter);
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            report.named(AssumptionsSheet.HORIZON).setCellValue(48);
            report.recompute();
            for (int i = 0; i < expected.options().size(); i++) {
                var r = expected.options().get(i);
                var sheet = report.cashFlows(i);
                int row = ReportLayout.CF_RESULT_ROW;
                assertClose(r.totalCost(), report.value(sheet, row, ReportLayout.RESULT_TOTAL), r.id() + " total");
                assertClose(r.presentValue(), report.value(sheet, row, ReportLayout.RESULT_PRESENT_VALUE), r.id());
                assertClose(r.costPerPflopsYear(), report.value(sheet, row, ReportLayout.RESULT_COST_PER_PFLOPS_YEAR),
                        r.id());
                RecomputedReport.assertClose(r.paybackMonths(), report.value(sheet, row, ReportLayout.RESULT_PAYBACK),
                        r.id() + " payback", 1e-9);
                RecomputedReport.assertClose(r.breakEvenRentPricePerPflopsYear(),
                        report.value(sheet, row, ReportLayout.RESULT_BREAK_EVEN), r.id() + " break-even", 1e-9);
                for (int m = 0; m < 60; m++) {
                    assertClose(m < 48 ? r.monthly(m) : 0.0, report.value(sheet, ReportLayout.monthRow(m),
                            ReportLayout.COL_TOTAL), r.id() + " month " + m);
                }
            }
        }
    }

    @Test
    void theCachedValuesAreTheValuesTheFormulasCompute() throws IOException {
        Scenario scenario = workedExample();
        try (RecomputedReport cached = RecomputedReport.read(scenario);
                RecomputedReport recomputed = RecomputedReport.recomputed(scenario)) {
            int formulas = 0;
            for (Sheet sheet : cached.workbook) {
                Sheet other = recomputed.workbook.getSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        Object before = RecomputedReport.value(cell);
                        Object after = RecomputedReport.value(other.getRow(cell.getRowIndex())
                                .getCell(cell.getColumnIndex()));
                        String where = sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
                        if (after instanceof Double d) {
                            assertClose(d, before, where);
                        } else {
                            assertEquals(after, before, where);
                        }
                    }
                }
            }
            assertTrue(formulas > 3000, "formulas: " + formulas);
        }
    }

    @Test
    void noFormulaEvaluatesToAnError() throws IOException {
        try (RecomputedReport report = RecomputedReport.recomputed(workedExample());
                XSSFWorkbook workbook = report.workbook) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Object v = RecomputedReport.value(cell);
                        assertFalse(v instanceof String s && s.startsWith("#ERROR"), String.valueOf(v));
                    }
                }
            }
        }
    }
}
