package com.computetco.report;

import static com.computetco.report.RecomputedReport.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.TcoEngine;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioWriter;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * What a budget owner and a reviewer read beyond the ranking: the annual view (one row per plan year and component,
 * recomputed from the cash-flow sheets), each quote's provenance with an expired quote flagged against the report
 * date, and the assumptions register.
 */
class ReportBudgetAndProvenanceTest {
    private final TcoEngine engine = new TcoEngine();

    /** The worked example with a reference number, a contact and an expired validity on its first quote. */
    static Scenario withProvenance() {
        String json = new String(Scenarios.workedExampleBytes(), StandardCharsets.UTF_8);
        String marked = json.replaceFirst("\"kind\": \"server\",", "\"kind\": \"server\", \"reference\": \"Q-2026-0117\","
                + " \"contact\": \"Li Wei, sales\", \"validUntil\": \"2026-03-30\",");
        return Scenarios.read(marked.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theQuoteFormatKeepsAReferenceNumberAndAContact() throws IOException {
        Scenario scenario = withProvenance();
        var quote = scenario.options().get(0).quote();
        assertEquals("Q-2026-0117", quote.reference().orElseThrow());
        assertEquals("Li Wei, sales", quote.contact().orElseThrow());
        String saved = ScenarioWriter.toJson(scenario);
        assertTrue(saved.contains("\"reference\": \"Q-2026-0117\""), saved);
        assertTrue(saved.contains("\"contact\": \"Li Wei, sales\""), saved);
        ReadResult<Scenario> again = Scenarios.reader().read(saved.getBytes(StandardCharsets.UTF_8));
        assertTrue(again.isValid(), () -> again.problems().toString());
        assertTrue(again.problems().stream().noneMatch(p -> p.toString().contains("unknown")),
                () -> again.problems().toString());
        assertEquals(scenario, again.value());
    }

    @Test
    void theQuotesSheetShowsEachQuotesProvenanceAndFlagsAnExpiredOne() throws IOException {
        Scenario scenario = withProvenance();
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            XSSFSheet quotes = report.workbook.getSheet("Quotes");
            int r = QuotesSheet.FIRST_ROW;
            int expired = QuotesSheet.Column.EXPIRED.index();
            assertEquals("Q-2026-0117", report.value(quotes, r, QuotesSheet.Column.REFERENCE.index()));
            assertEquals("Li Wei, sales", report.value(quotes, r, QuotesSheet.Column.CONTACT.index()));
            assertEquals("Expired", report.evaluate(quotes, r, expired), "valid until 2026-03-30, report of 2026-03-31");
            assertEquals("", report.evaluate(quotes, r + 1, expired));
            // A reviewer checking the quotes on an earlier day sees the flag go.
            report.named(AssumptionsSheet.REPORT_DATE).setCellValue(LocalDate.of(2026, 3, 1));
            assertEquals("", report.evaluate(quotes, r, expired));
        }
    }

    @Test
    void theAnnualViewSumsEachPlanYearAndComponentToTheEnginesFigures() throws IOException {
        Scenario scenario = Scenarios.workedExample();
        Evaluation evaluation = engine.evaluate(scenario);
        try (RecomputedReport report = RecomputedReport.recomputed(scenario)) {
            XSSFSheet annual = report.workbook.getSheet("Annual");
            int years = AnnualSheet.years(scenario.horizonMonths());
            assertEquals(5, years);
            for (int i = 0; i < evaluation.options().size(); i++) {
                OptionResult o = evaluation.options().get(i);
                int column = AnnualSheet.COL_FIRST_OPTION + i;
                for (int y = 1; y <= years; y++) {
                    double yearTotal = 0;
                    for (CostComponent c : CostComponent.values()) {
                        double expected = 0;
                        for (int m = 12 * (y - 1); m < 12 * y; m++) {
                            expected += o.componentMonthly(c, m);
                        }
                        yearTotal += expected;
                        assertClose(expected, report.value(annual, AnnualSheet.row(y, c), column),
                                o.id() + " year " + y + " " + c);
                    }
                    assertClose(yearTotal, report.value(annual, AnnualSheet.totalRow(y), column), o.id() + " " + y);
                }
                assertClose(o.totalCost(), report.value(annual, AnnualSheet.grandTotalRow(scenario.horizonMonths()),
                        column), o.id() + " over the horizon");
            }
        }
    }

    @Test
    void theAssumptionsRegisterNamesTheSourceOfEveryInput() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(Scenarios.workedExample())) {
            XSSFSheet assumptions = report.workbook.getSheet("Assumptions");
            for (String name : new String[] {AssumptionsSheet.ELECTRICITY_PRICE, AssumptionsSheet.HORIZON,
                AssumptionsSheet.DISCOUNT_RATE, "Rate_USD"}) {
                int row = report.named(name).getRowIndex();
                assertEquals("Scenario file", report.value(assumptions, row, AssumptionsSheet.COL_SOURCE), name);
            }
            int derived = report.named(AssumptionsSheet.MONTHLY_RATE).getRowIndex();
            assertEquals("Methodology", report.value(assumptions, derived, AssumptionsSheet.COL_SOURCE));
            // Inputs show their significant digits and no doubled unit.
            var price = report.named(AssumptionsSheet.ELECTRICITY_PRICE);
            assertEquals("#,##0.00", price.getCellStyle().getDataFormatString());
            String unit = (String) report.value(assumptions, price.getRowIndex(), AssumptionsSheet.COL_UNIT);
            assertTrue(unit.contains("CNY"), unit);
        }
    }
}
