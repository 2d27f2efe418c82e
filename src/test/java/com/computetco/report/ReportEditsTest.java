package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Edits a reviewer makes in the workbook, recomputed by POI: the verdict sentence and the ranks follow (the rows
 * stay in export order), the horizon cell refuses what the sheets cannot compute, a quote's currency cell drives its
 * conversion, and a build never in service within the horizon does not rank first.
 */
class ReportEditsTest {
    private static Scenario scenario;
    private final TcoEngine engine = new TcoEngine();

    @BeforeAll
    static void load() throws IOException {
        scenario = Scenarios.workedExample();
    }

    /** The worked example with the first option's (NVIDIA build's) server price changed. */
    private static Scenario withServerPrice(Scenario s, long price) {
        List<Option> options = new ArrayList<>(s.options());
        ServerQuote q = (ServerQuote) options.get(0).quote();
        options.set(0, options.get(0).withQuote(q.withUnitPrice(new Money(BigDecimal.valueOf(price), "CNY"))));
        return s.withOptions(options);
    }

    @Test
    void aPriceEditThatMakesRentingCheapestChangesTheVerdictAndTheRanksNotTheRowOrder() throws IOException {
        Evaluation before = engine.evaluate(scenario);
        Scenario dearer = withServerPrice(scenario, 4_500_000);
        Evaluation after = engine.evaluate(dearer);
        assertNotEquals(before.cheapest().id(), after.cheapest().id(), "the edit must change the cheapest option");
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            XSSFSheet summary = report.workbook.getSheet("Summary");
            String verdictBefore = (String) report.value(summary, SummarySheet.VERDICT_ROW, 0);
            assertTrue(verdictBefore.contains(before.cheapest().label()), verdictBefore);
            report.workbook.getSheet("Quotes").getRow(QuotesSheet.FIRST_ROW)
                    .getCell(QuotesSheet.Column.PRICE.index()).setCellValue(4_500_000);
            report.recompute();
            String verdictAfter = (String) report.value(summary, SummarySheet.VERDICT_ROW, 0);
            assertTrue(verdictAfter.contains(after.cheapest().label()), verdictAfter);
            assertTrue(verdictAfter.startsWith("Renting"), verdictAfter);
            // Every rank and the whole sentence as the engine's figures for the edited scenario give them.
            report.assertMatches(after, 1e-6);
        }
    }

    @Test
    void aBuildNeverInServiceWithinTheHorizonRanksLastNotFirst() throws IOException {
        // No bridge and a lead time past the horizon: the build costs only its prepayment, far below renting.
        List<Option> options = new ArrayList<>(scenario.options());
        ServerQuote q = (ServerQuote) options.get(0).quote();
        options.set(0, options.get(0).withQuote(q.withLeadTimeMonths(new Triangular(new BigDecimal("70"),
                new BigDecimal("80"), new BigDecimal("90")))));
        Scenario late = scenario.withOptions(options).withBridgeWithRental(false);
        Evaluation evaluation = engine.evaluate(late);
        double lowest = evaluation.options().stream().mapToDouble(o -> o.totalCost()).min().orElseThrow();
        String lateLabel = evaluation.option("nvidia-h100").orElseThrow().label();
        assertEquals(lowest, evaluation.option("nvidia-h100").orElseThrow().totalCost(),
                "by total alone the late build would rank first");
        assertTrue(!evaluation.cheapest().id().equals("nvidia-h100"), "the engine ranks it last too");
        try (RecomputedReport report = RecomputedReport.recomputed(late)) {
            XSSFSheet summary = report.workbook.getSheet("Summary");
            assertEquals((double) late.options().size(), report.value(summary, SummarySheet.RANK_FIRST_ROW,
                    SummarySheet.COL_RANK), "never in service: last");
            assertEquals(60.0, report.value(summary, SummarySheet.RANK_FIRST_ROW, SummarySheet.COL_CAPACITY_GAP));
            String verdict = (String) report.value(summary, SummarySheet.VERDICT_ROW, 0);
            assertTrue(!verdict.contains(lateLabel + " is the cheapest"), verdict);
            report.assertMatches(evaluation, 1e-9);
        }
    }

    @Test
    void theHorizonCellAcceptsOnlyWholeMonthsUpToTheRowsExportedAndSaysSo() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            XSSFSheet assumptions = report.workbook.getSheet("Assumptions");
            int row = report.named(AssumptionsSheet.HORIZON).getRowIndex();
            DataValidation rule = assumptions.getDataValidations().stream().filter(v -> covers(v, row,
                    AssumptionsSheet.COL_VALUE)).findFirst().orElseThrow();
            DataValidationConstraint c = rule.getValidationConstraint();
            assertEquals(DataValidationConstraint.ValidationType.INTEGER, c.getValidationType());
            assertEquals("1", c.getFormula1());
            assertEquals("60", c.getFormula2());
            assertEquals(DataValidation.ErrorStyle.STOP, rule.getErrorStyle());
            assertTrue(rule.getErrorBoxText().contains("1 to 60"), rule.getErrorBoxText());
            // A value pasted past the check is flagged beside it.
            report.named(AssumptionsSheet.HORIZON).setCellValue(72);
            String note = (String) report.evaluate(assumptions, row, AssumptionsSheet.COL_NOTE);
            assertTrue(note.startsWith("Not valid"), note);
        }
    }

    @Test
    void aQuotesCurrencyCellDrivesItsConversion() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            XSSFSheet quotes = report.workbook.getSheet("Quotes");
            var row = quotes.getRow(QuotesSheet.FIRST_ROW);
            int base = QuotesSheet.Column.INSTALL_BASE.index();
            assertEquals("USD", row.getCell(QuotesSheet.Column.INSTALL_CURRENCY.index()).getStringCellValue());
            assertEquals(7000 * 7.15, (Double) report.evaluate(quotes, QuotesSheet.FIRST_ROW, base), 1e-9);
            row.getCell(QuotesSheet.Column.INSTALL_CURRENCY.index()).setCellValue("CNY");
            assertEquals(7000, (Double) report.evaluate(quotes, QuotesSheet.FIRST_ROW, base), 1e-9,
                    "the rate follows the currency cell");
            assertTrue(quotes.getDataValidations().stream().anyMatch(v -> covers(v, QuotesSheet.FIRST_ROW,
                    QuotesSheet.Column.INSTALL_CURRENCY.index())
                    && List.of(v.getValidationConstraint().getExplicitListValues()).contains("USD")),
                    "the currency cell offers the currencies with a rate");
        }
    }

    static boolean covers(DataValidation rule, int row, int column) {
        for (var range : rule.getRegions().getCellRangeAddresses()) {
            if (range.isInRange(row, column)) {
                return true;
            }
        }
        return false;
    }
}
