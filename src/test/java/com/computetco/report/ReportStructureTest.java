package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reviewer expects besides the figures: charts, names, print setup, properties, formatting, language. */
class ReportStructureTest {
    private static Scenario scenario;

    @BeforeAll
    static void load() throws IOException {
        scenario = Scenarios.workedExample();
    }

    @Test
    void theBreakdownSheetHasALineChartOfCumulativeCostAndAStackedBarChartWithAResaleMarker() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            XSSFSheet breakdown = report.workbook.getSheet("Breakdown");
            List<XSSFChart> charts = breakdown.getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());
            List<XDDFChartData> line = charts.get(0).getChartSeries();
            assertTrue(line.get(0) instanceof XDDFLineChartData);
            assertEquals(scenario.options().size(), line.get(0).getSeriesCount());
            assertTrue(line.get(0).getSeries(0).getValuesData().getDataRangeReference().startsWith("'CF "));
            XDDFBarChartData bars = (XDDFBarChartData) charts.get(1).getChartSeries().get(0);
            assertEquals(BarGrouping.STACKED, bars.getBarGrouping());
            // Every component but the (negative) residual value, zero at export or not: an edit can make it count.
            assertEquals(CostComponent.count() - 1, bars.getSeriesCount());
            for (int s = 0; s < bars.getSeriesCount(); s++) {
                assertTrue(!bars.getSeries(s).getValuesData().getDataRangeReference().isEmpty());
            }
            XDDFLineChartData net = (XDDFLineChartData) charts.get(1).getChartSeries().get(1);
            assertEquals(1, net.getSeriesCount(), "the net total after resale, as a marker");
            assertTrue(net.getSeries(0).getValuesData().getDataRangeReference().endsWith(
                    "$" + (BreakdownSheet.totalRow() + 1)));
            assertTrue(charts.get(1).getCTChart().getPlotArea().getBarChartArray(0).toString().contains("overlap"));
            String axis = charts.get(1).getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getFormatCode();
            assertEquals("#,##0", axis, "no cents on the axis");
        }
    }

    @Test
    void everyComponentHasItsOwnColourInTheBreakdownChart() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            XSSFChart chart = report.workbook.getSheet("Breakdown").getDrawingPatriarch().getCharts().get(1);
            var barChart = chart.getCTChart().getPlotArea().getBarChartArray(0);
            java.util.Set<String> colours = new java.util.HashSet<>();
            for (var series : barChart.getSerArray()) {
                colours.add(java.util.HexFormat.of().formatHex(series.getSpPr().getSolidFill().getSrgbClr().getVal()));
            }
            assertEquals(barChart.sizeOfSerArray(), colours.size(), colours.toString());
        }
    }

    @Test
    void everyAssumptionHasItsDefinedName() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            for (String name : List.of("ElectricityPricePerKwh", "DemandPflops", "HorizonMonths", "DiscountRatePct",
                    "Pue", "LoadFactorPct", "SubsidyPct", "Engineers", "MonthlyCostPerEngineer",
                    "ColocationPerKwMonth", "BridgeWithRental", "Rate_USD", "Rate_CNY", "MonthlyDiscountRate")) {
                assertNotNull(report.named(name), name);
            }
            assertEquals(0.45, report.named("ElectricityPricePerKwh").getNumericCellValue());
            assertEquals(0.08, report.named("DiscountRatePct").getNumericCellValue());
            assertEquals("0.00%", report.named("DiscountRatePct").getCellStyle().getDataFormatString());
            assertEquals(7.15, report.named("Rate_USD").getNumericCellValue());
            assertTrue(report.named("BridgeWithRental").getBooleanCellValue());
        }
    }

    @Test
    void everySheetPrintsLandscapeA4AtEightyFivePercentOrMoreWithTheScenarioNameAndPageNumbers() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            assertEquals(7 + scenario.options().size(), report.workbook.getNumberOfSheets());
            for (Sheet sheet : report.workbook) {
                PrintSetup print = sheet.getPrintSetup();
                String name = sheet.getSheetName();
                assertTrue(print.getLandscape(), name);
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
                if (sheet.getFitToPage()) {
                    assertEquals(1, print.getFitWidth(), name);
                    assertEquals(0, print.getFitHeight(), name);
                } else {
                    assertTrue(print.getScale() >= SheetWriter.MIN_SCALE_PCT, name);
                }
                assertEquals(scenario.name(), sheet.getHeader().getLeft(), name);
                assertTrue(sheet.getFooter().getCenter().contains("&P"), name);
                assertTrue(sheet.getFooter().getCenter().contains("&N"), name);
                assertEquals("2026-03-31", sheet.getFooter().getLeft(), name + ": the export date, ISO");
            }
            assertTrue(report.workbook.getSheet("Summary").getFitToPage(), "page 1 prints one page wide");
            XSSFSheet flows = report.cashFlows(1);
            assertFalse(flows.getFitToPage(), "25 columns do not fit one page wide at 85 %");
            assertNotNull(flows.getRepeatingColumns(), "the month column repeats on every page");
            assertNotNull(flows.getRepeatingRows(), "the headers repeat on every page");
            assertNotNull(report.workbook.getPrintArea(report.workbook.getSheetIndex(flows)),
                    "a print area: no blank page after the last row");
        }
    }

    @Test
    void theSummaryPrintsOnOnePageWideAtEightyFivePercent() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario, Messages.forLocale(Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet summary = report.workbook.getSheetAt(0);
            SheetWriter writer = new SheetWriter(summary);
            assertTrue(writer.fitsOnePageWide(SummarySheet.LAST_COL), "width "
                    + writer.widthInPoints(SummarySheet.LAST_COL));
            assertTrue(summary.isColumnHidden(SummarySheet.COL_RANK_KEY), "the ranking's helper columns are hidden");
        }
    }

    @Test
    void theDocumentHasTitleSubjectAndAuthorAndRecalculatesOnOpening() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            var core = report.workbook.getProperties().getCoreProperties();
            assertTrue(core.getTitle().contains(scenario.name()), core.getTitle());
            assertTrue(core.getSubject().contains("AI compute"), core.getSubject());
            assertEquals("Compute TCO", core.getCreator());
            assertTrue(report.workbook.getForceFormulaRecalculation());
        }
    }

    @Test
    void tablesHaveFrozenHeadersAutofiltersAndCurrencyFormats() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            XSSFSheet flows = report.cashFlows(0);
            PaneInformation pane = flows.getPaneInformation();
            assertNotNull(pane);
            assertEquals(ReportLayout.CF_FIRST_MONTH_ROW, pane.getHorizontalSplitPosition());
            assertTrue(flows.getCTWorksheet().isSetAutoFilter());
            assertTrue(report.workbook.getSheet("Quotes").getCTWorksheet().isSetAutoFilter());
            assertTrue(report.workbook.getSheet("Summary").getCTWorksheet().isSetAutoFilter());
            String format = report.workbook.getSheet("Summary").getRow(SummarySheet.RANK_FIRST_ROW)
                    .getCell(SummarySheet.COL_TOTAL).getCellStyle().getDataFormatString();
            assertEquals("#,##0", format, "no cents on amounts of thousands");
            String header = report.workbook.getSheet("Summary").getRow(SummarySheet.RANK_HEADER_ROW)
                    .getCell(SummarySheet.COL_TOTAL).getStringCellValue();
            assertTrue(header.endsWith("(CNY)"), header);
            assertTrue(flows.getRow(0).getCell(0).getStringCellValue().endsWith("in CNY"));
            String irr = flows.getRow(ReportLayout.CF_RESULT_ROW).getCell(ReportLayout.RESULT_IRR).getCellStyle()
                    .getDataFormatString();
            assertEquals("0.00%", irr);
            assertTrue(flows.getColumnWidth(ReportLayout.COL_TOTAL) >= 12 * 256);
        }
    }

    @Test
    void quotesShowPricesInTheirOwnCurrencyAndByFormulaInTheBase() throws IOException {
        try (RecomputedReport report = RecomputedReport.recomputed(scenario)) {
            XSSFSheet quotes = report.workbook.getSheet("Quotes");
            var row = quotes.getRow(QuotesSheet.FIRST_ROW);
            assertEquals("USD", row.getCell(QuotesSheet.Column.INSTALL_CURRENCY.index()).getStringCellValue());
            var base = row.getCell(QuotesSheet.Column.INSTALL_BASE.index());
            assertTrue(base.getCellFormula().contains("\"Rate_\"&"), base.getCellFormula());
            assertEquals(7000 * 7.15, base.getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void aChineseReportHasChineseLabels() throws IOException {
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        try (RecomputedReport report = RecomputedReport.read(scenario, chinese)) {
            List<String> names = new ArrayList<>();
            report.workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("摘要", "成本构成", "年度预算", "假设条件", "报价", "现金流 1", "现金流 2", "现金流 3", "计算方法", "数据来源"),
                    names);
            XSSFSheet flows = report.cashFlows(0);
            assertEquals("硬件", flows.getRow(ReportLayout.CF_HEADER_ROW).getCell(ReportLayout.COL_FIRST_COMPONENT)
                    .getStringCellValue());
            assertEquals("总成本", flows.getRow(ReportLayout.CF_RESULT_LABEL_ROW).getCell(ReportLayout.RESULT_TOTAL)
                    .getStringCellValue());
            String verdict = report.workbook.getSheet("摘要").getRow(7).getCell(0).getStringCellValue();
            assertTrue(verdict.contains("成本最低"), verdict);
            assertTrue(report.workbook.getSheet("计算方法").getRow(0).getCell(0).getStringCellValue().contains("计算方法"));
            report.recompute();
            report.assertMatches(new TcoEngine().evaluate(scenario), 1e-9);
        }
    }

    @Test
    void aChineseReportFollowsTheWanSettingAndAnEnglishOneIgnoresIt() throws IOException {
        var evaluation = new TcoEngine().evaluate(scenario);
        ReportWriter wan = new ReportWriter(RecomputedReport.FIXED).withChineseUnits(true);
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        try (RecomputedReport report = RecomputedReport.of(wan.render(scenario, evaluation, chinese), chinese)) {
            String format = report.workbook.getSheetAt(0).getRow(SummarySheet.RANK_FIRST_ROW)
                    .getCell(SummarySheet.COL_TOTAL).getCellStyle().getDataFormatString();
            assertEquals(ReportStyles.WAN_FORMAT, format);
            assertEquals("4388.2万", new org.apache.poi.ss.usermodel.DataFormatter().formatRawCellContents(
                    43_881_785, 0, format));
        }
        Messages english = Messages.forLocale(Locale.ENGLISH);
        try (RecomputedReport report = RecomputedReport.of(wan.render(scenario, evaluation, english), english)) {
            assertEquals("#,##0", report.workbook.getSheetAt(0).getRow(SummarySheet.RANK_FIRST_ROW)
                    .getCell(SummarySheet.COL_TOTAL).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void progressRisesFromZeroToOne() {
        List<Double> seen = new ArrayList<>();
        new ReportWriter(RecomputedReport.FIXED).render(scenario, new TcoEngine().evaluate(scenario),
                Messages.forLocale(Locale.ENGLISH), seen::add);
        assertEquals(0.0, seen.get(0));
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), seen.toString());
        }
    }

    @Test
    void anEvaluationOfAnotherScenarioIsRefused() {
        Scenario fewer = scenario.withOptions(scenario.options().subList(1, 3));
        var evaluation = new TcoEngine().evaluate(fewer);
        assertThrows(IllegalArgumentException.class, () -> new ReportWriter(Clock.systemDefaultZone()).render(scenario, evaluation,
                Messages.forLocale(Locale.ENGLISH)));
    }

    /** Page 1 of the 2026 demo in Chinese showed only "款）" of a wrapped name in the other view's rows. */
    @Test
    void everyRowWithAWrappedOptionNameIsTallEnoughForIt() throws IOException {
        Scenario demo = Scenarios.read(java.nio.file.Path.of("sample-quotes/inference-cluster-2026.scenario.json"));
        try (RecomputedReport report = RecomputedReport.read(demo,
                com.computetco.i18n.Messages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE))) {
            Sheet summary = report.workbook.getSheetAt(0);
            int wrapped = 0;
            for (org.apache.poi.ss.usermodel.Row row : summary) {
                var cell = row.getCell(SummarySheet.COL_OPTION);
                if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                        || !cell.getCellStyle().getWrapText()) {
                    continue;
                }
                String name = cell.getStringCellValue();
                int lines = (int) Math.ceil(SheetWriter.displayWidth(name) / (SummarySheet.OPTION_WIDTH * 1.15));
                if (lines > 1) {
                    wrapped++;
                    assertTrue(row.getHeightInPoints() >= 15f * Math.min(lines, 3) - 0.1,
                            "row " + (row.getRowNum() + 1) + " (" + name + ") is " + row.getHeightInPoints() + " pt");
                }
            }
            assertTrue(wrapped >= 6, "the demo's long names wrap in the ranking and in the other view: " + wrapped);
        }
    }
}
