package com.computetco.report;

import static com.computetco.report.RecomputedReport.assertClose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.io.ReadResult;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report's formulas, recomputed by a fresh POI evaluator, give the engine's figures: every option's total,
 * present value, cost per P-year, component totals, monthly flows, payback, discounted payback, IRR and
 * break-even price, to 1e-9 relative (1e-6 absolute). Also after an assumption is changed in the workbook.
 */
class ReportFormulasTest {
    private static final TcoEngine engine = new TcoEngine();
    /** One recomputation of the worked example, shared by the tests that only read it (each takes seconds). */
    private static RecomputedReport recomputed;

    @BeforeAll
    static void recomputeTheWorkedExample() {
        recomputed = RecomputedReport.recomputed(Scenarios.workedExample());
    }

    @AfterAll
    static void close() throws IOException {
        recomputed.close();
    }

    /** Every demo, version-2 rules included: the workbook models them all with live formulas. */
    static Stream<Path> demoScenarios() {
        List<Path> list = Scenarios.sampleScenarioFiles();
        assertFalse(list.isEmpty());
        return list.stream();
    }

    /** Recomputes a demo and compares every pre-tax figure, and every after-tax one where it has a tax block. */
    private static void assertRecomputesToTheEngine(Path file) throws IOException {
        ReadResult<Scenario> read = Scenarios.loader().load(file);
        assertTrue(read.isValid(), () -> read.problems().toString());
        Evaluation expected = engine.evaluate(read.value());
        try (RecomputedReport report = RecomputedReport.recomputed(read.value())) {
            report.assertMatches(expected, 1e-9);
            if (read.value().taxBlock().isPresent()) {
                report.assertAfterTaxMatches(expected, 1e-9);
            }
        }
    }

    @Test
    void theWorkedExampleRecomputesToTheEnginesFigures() {
        recomputed.assertMatches(engine.evaluate(Scenarios.workedExample()), 1e-9);
    }

    /** Seconds a demo: the slow tier runs them (mvn verify); the fast tier has the worked examples. */
    @Tag("slow")
    @ParameterizedTest
    @MethodSource("demoScenarios")
    void everyDemoScenarioRecomputesToTheEnginesFigures(Path file) throws IOException {
        assertRecomputesToTheEngine(file);
    }

    @Test
    void aChangedElectricityPriceGivesTheEnginesFiguresForTheChangedScenario() throws IOException {
        Scenario scenario = Scenarios.workedExample();
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
        Scenario scenario = Scenarios.workedExample();
        Scenario changed = scenario.withDiscountRatePct(new BigDecimal("12"));
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            report.named(AssumptionsSheet.DISCOUNT_RATE).setCellValue(0.12);
            report.recompute();
            report.assertMatches(engine.evaluate(changed), 1e-6);
        }
    }

    @Test
    void aShorterHorizonEnteredInTheWorkbookGivesTheEnginesFiguresForThatHorizon() throws IOException {
        Scenario scenario = Scenarios.workedExample();
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
        assertTrue(RecomputedReport.assertCachedValuesAreRecomputed(Scenarios.workedExample(), recomputed) > 3000);
    }

    @Test
    void noFormulaEvaluatesToAnError() {
        for (Sheet sheet : recomputed.workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    Object v = RecomputedReport.value(cell);
                    assertFalse(v instanceof String s && s.startsWith("#ERROR"), String.valueOf(v));
                }
            }
        }
    }
}
