package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.domain.Tax;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Methodology version 2 in the workbook: VAT-inclusive and hourly prices, payment schedules, financing, escalation
 * and the after-tax view are live formulas that, recomputed by a fresh POI evaluator, give the engine's figures to
 * 1e-9 on the worked example v2; and a tax assumption changed in the workbook changes it as the engine would.
 */
class ReportAfterTaxTest {
    private static final TcoEngine engine = new TcoEngine();
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    /** One recomputation of the worked example v2, shared by the tests that only read it (each takes seconds). */
    private static RecomputedReport recomputed;

    @BeforeAll
    static void recomputeTheWorkedExampleV2() {
        recomputed = RecomputedReport.recomputed(Scenarios.workedExampleV2());
    }

    @AfterAll
    static void close() throws IOException {
        recomputed.close();
    }

    @Test
    void theWorkedExampleV2RecomputesToTheEnginesPreTaxAndAfterTaxFigures() {
        Evaluation expected = engine.evaluate(Scenarios.workedExampleV2());
        recomputed.assertMatches(expected, 1e-9);
        recomputed.assertAfterTaxMatches(expected, 1e-9);
    }

    @Test
    void theTaxInputsAreDefinedNamesOnTheAssumptionsSheet() throws IOException {
        RecomputedReport report = recomputed;
        assertEquals(0.25, report.named(AssumptionsSheet.INCOME_TAX_RATE).getNumericCellValue(), 1e-12);
        assertTrue(report.named(AssumptionsSheet.VAT_RECOVERABLE).getBooleanCellValue());
        assertEquals(1, report.named(AssumptionsSheet.VAT_LAG).getNumericCellValue(), 0);
        assertEquals(0.13, report.named(AssumptionsSheet.ELECTRICITY_VAT).getNumericCellValue(), 1e-12);
        assertEquals(0.06, report.named(AssumptionsSheet.COLOCATION_VAT).getNumericCellValue(), 1e-12);
        assertEquals(3, report.named(AssumptionsSheet.DEPRECIATION_YEARS).getNumericCellValue(), 0);
        assertEquals(5_000_000, report.named(AssumptionsSheet.EXPENSING_LIMIT).getNumericCellValue(), 0);
        assertEquals(0.03, report.named(AssumptionsSheet.ELECTRICITY_CHANGE).getNumericCellValue(), 1e-12);
        assertEquals(0.05, report.named(AssumptionsSheet.STAFF_CHANGE).getNumericCellValue(), 1e-12);
    }

    @Test
    void aChangedIncomeTaxRateChangesTheWorkbookLikeTheEngine() throws IOException {
        Scenario scenario = Scenarios.workedExampleV2();
        Tax tax = scenario.taxBlock().orElseThrow();
        Scenario changed = scenario.withTax(tax.withIncomeTaxRatePct(new BigDecimal("15")));
        Evaluation expected = engine.evaluate(changed);
        assertNotEquals(engine.evaluate(scenario).options().get(0).afterTax().orElseThrow().totalCost(),
                expected.options().get(0).afterTax().orElseThrow().totalCost());
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            report.named(AssumptionsSheet.INCOME_TAX_RATE).setCellValue(0.15);
            report.recompute();
            report.assertAfterTaxMatches(expected, 1e-6);
        }
    }

    @Test
    void unrecoverableVatAndALongerTaxLifeFollowThroughTheWorkbook() throws IOException {
        Scenario scenario = Scenarios.workedExampleV2();
        Tax tax = scenario.taxBlock().orElseThrow();
        // Without immediate expensing, so that the tax life matters for every build option.
        Tax changedTax = new Tax(tax.incomeTaxRatePct(), false, tax.vatRecoveryLagMonths(),
                tax.electricityVatRatePct(), tax.colocationVatRatePct(), 5, BigDecimal.ZERO);
        Evaluation expected = engine.evaluate(scenario.withTax(changedTax));
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            report.named(AssumptionsSheet.VAT_RECOVERABLE).setCellValue(false);
            report.named(AssumptionsSheet.DEPRECIATION_YEARS).setCellValue(5);
            report.named(AssumptionsSheet.EXPENSING_LIMIT).setCellValue(0);
            report.recompute();
            report.assertAfterTaxMatches(expected, 1e-6);
            report.assertMatches(expected, 1e-6);
        }
    }

    @Test
    void theSummaryRanksAfterTaxByDefaultAndGivesThePreTaxFiguresBelow() throws IOException {
        Scenario scenario = Scenarios.workedExampleV2();
        Evaluation evaluation = engine.evaluate(scenario);
        Evaluation afterTax = evaluation.afterTaxView().orElseThrow();
        RecomputedReport report = recomputed;
        report.assertSummaryMatches(afterTax, 1e-9);
        var summary = report.workbook.getSheet(report.messages.get("report.sheet.summary"));
        int n = evaluation.options().size();
        int first = SummarySheet.RANK_FIRST_ROW + n + 2;
        for (int i = 0; i < n; i++) {
            var r = evaluation.options().get(i);
            assertEquals(r.label(), report.value(summary, first + i, SummarySheet.COL_OPTION));
            RecomputedReport.assertClose(r.totalCost(), report.value(summary, first + i, SummarySheet.COL_TOTAL),
                    "pre-tax total of " + r.id());
            RecomputedReport.assertClose(r.presentValue(), report.value(summary, first + i,
                    SummarySheet.COL_PRESENT_VALUE), "pre-tax PV of " + r.id());
        }
        String verdict = (String) report.value(summary, SummarySheet.VERDICT_ROW, 0);
        assertTrue(verdict.contains(afterTax.cheapest().label() + " is the cheapest"), verdict);
    }

    @Test
    void thePreTaxViewRanksByThePreTaxFiguresAndGivesTheAfterTaxOnesBelow() throws IOException {
        Scenario scenario = Scenarios.workedExampleV2();
        Evaluation evaluation = engine.evaluate(scenario);
        byte[] bytes = new ReportWriter(RecomputedReport.FIXED).render(scenario, evaluation, null,
                ENGLISH, ReportView.PRE_TAX, fraction -> { });
        try (RecomputedReport report = RecomputedReport.of(bytes, ENGLISH)) {
            report.recompute();
            report.assertSummaryMatches(evaluation, 1e-9);
            var summary = report.workbook.getSheet(report.messages.get("report.sheet.summary"));
            int first = SummarySheet.RANK_FIRST_ROW + evaluation.options().size() + 2;
            var at = evaluation.options().get(0).afterTax().orElseThrow();
            RecomputedReport.assertClose(at.totalCost(), report.value(summary, first, SummarySheet.COL_TOTAL),
                    "after-tax total below the pre-tax ranking");
        }
    }

    @Test
    void theAfterTaxViewOfAScenarioWithoutATaxBlockIsRefused() throws IOException {
        Scenario scenario = Scenarios.workedExample();
        assertEquals(ReportView.PRE_TAX, ReportView.defaultFor(scenario));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ReportWriter(
                RecomputedReport.FIXED).render(scenario, engine.evaluate(scenario), null,
                        ENGLISH, ReportView.AFTER_TAX, fraction -> { }));
    }

    @Test
    void theAnnualBudgetSummarySumsEachPlanYearLikeTheEngine() throws IOException {
        Scenario scenario = Scenarios.workedExampleV2();
        Evaluation evaluation = engine.evaluate(scenario);
        int h = scenario.horizonMonths();
        RecomputedReport report = recomputed;
        var annual = report.workbook.getSheet(report.messages.get("report.sheet.annual"));
        assertNotNull(annual);
        for (int i = 0; i < evaluation.options().size(); i++) {
            var r = evaluation.options().get(i);
            var at = r.afterTax().orElseThrow();
            int column = AnnualSheet.COL_FIRST_OPTION + i;
            double financing = 0;
            double afterTaxTotal = 0;
            for (int y = 1; y <= AnnualSheet.years(h); y++) {
                double preTax = 0;
                double afterTax = 0;
                double capex = 0;
                for (int m = 12 * (y - 1); m < Math.min(12 * y, h); m++) {
                    preTax += r.monthly(m);
                    afterTax += at.monthly(m);
                    capex += r.componentMonthly(com.computetco.engine.CostComponent.HARDWARE, m)
                            + r.componentMonthly(com.computetco.engine.CostComponent.PREPAYMENT_RISK, m)
                            + r.componentMonthly(com.computetco.engine.CostComponent.RESIDUAL_VALUE, m);
                }
                String where = r.id() + " year " + y;
                int year = y;
                java.util.function.Function<AnnualSheet.Line, Double> line = l -> (Double) report.value(annual,
                        AnnualSheet.budgetRow(h, true, year, l), column);
                RecomputedReport.assertClose(preTax, line.apply(AnnualSheet.Line.PRE_TAX), where);
                RecomputedReport.assertClose(afterTax, line.apply(AnnualSheet.Line.AFTER_TAX), where);
                RecomputedReport.assertClose(capex, line.apply(AnnualSheet.Line.CAPEX), where);
                RecomputedReport.assertClose(preTax, line.apply(AnnualSheet.Line.CAPEX)
                        + line.apply(AnnualSheet.Line.OPEX) + line.apply(AnnualSheet.Line.FINANCING),
                        where + ": capex + opex + financing");
                RecomputedReport.assertClose(afterTax, preTax + line.apply(AnnualSheet.Line.VAT)
                        + line.apply(AnnualSheet.Line.INCOME_TAX), where + ": pre-tax + VAT + income tax");
                financing += line.apply(AnnualSheet.Line.FINANCING);
                afterTaxTotal += line.apply(AnnualSheet.Line.AFTER_TAX);
            }
            RecomputedReport.assertClose(at.totalCost(), afterTaxTotal, r.id() + " after-tax total");
            RecomputedReport.assertClose(r.componentTotal(com.computetco.engine.CostComponent.FINANCING), financing,
                    r.id() + " financing");
        }
    }

    @Test
    void theCachedValuesAreTheValuesTheFormulasCompute() throws IOException {
        int formulas = RecomputedReport.assertCachedValuesAreRecomputed(Scenarios.workedExampleV2(), recomputed);
        assertTrue(formulas > 5000, "formulas: " + formulas);
    }
}
