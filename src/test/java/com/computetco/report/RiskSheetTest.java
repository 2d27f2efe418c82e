package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.TcoEngine;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.MonteCarlo;
import com.computetco.engine.risk.OptionStatistics;
import com.computetco.engine.risk.PaybackStatistics;
import com.computetco.engine.risk.ProgressListener;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.engine.risk.Tornado;
import com.computetco.engine.risk.TornadoBar;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Risk sheet: present with a simulation only, its figures the simulation's and the tornado's, its chart. */
class RiskSheetTest {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static Scenario scenario;
    private static SimulationResult simulation;

    @BeforeAll
    static void simulate() throws IOException {
        scenario = Scenarios.workedExample();
        simulation = MonteCarlo.run(ScenarioModel.of(scenario), 2_000, 7, 0, ProgressListener.NONE, () -> false);
    }

    /** The report with the simulation, rendered once a language: the tests only read it (each reads its own copy). */
    private static final Map<Locale, byte[]> RENDERED = new HashMap<>();
    /** The progress each of those renderings reported, in order. */
    private static final Map<Locale, List<Double>> PROGRESS = new HashMap<>();

    private static RecomputedReport report(Messages messages) {
        byte[] bytes = RENDERED.computeIfAbsent(messages.locale(), locale -> {
            List<Double> seen = PROGRESS.computeIfAbsent(locale, l -> new ArrayList<>());
            return new ReportWriter(RecomputedReport.FIXED).render(scenario, new TcoEngine().evaluate(scenario),
                    simulation, messages, seen::add);
        });
        return RecomputedReport.of(bytes, messages);
    }

    private static XSSFSheet risk(RecomputedReport report) {
        XSSFSheet sheet = report.workbook.getSheet(report.messages.get("report.sheet.risk"));
        assertNotNull(sheet, "Risk sheet");
        return sheet;
    }

    private static double number(XSSFSheet sheet, int row, int column) {
        var cell = sheet.getRow(row).getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a value, not a formula, in " + cell.getAddress());
        return cell.getNumericCellValue();
    }

    private static String string(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    /** The rows of the tornado tables' headers, found by their first header cell. */
    private static List<Integer> tornadoHeaders(XSSFSheet sheet, String inputHeader) {
        List<Integer> rows = new ArrayList<>();
        for (Row row : sheet) {
            var cell = row.getCell(RiskSheet.T_INPUT);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(inputHeader)
                    && row.getRowNum() > RiskSheet.HEADER_ROW) {
                rows.add(row.getRowNum());
            }
        }
        return rows;
    }

    private static List<TornadoResult> tornadoes() {
        List<TornadoResult> results = new ArrayList<>();
        for (Option o : scenario.options()) {
            if (!o.id().equals(scenario.baselineOptionId())) {
                results.add(Tornado.compute(scenario, o.id(), Measure.TOTAL_COST));
            }
        }
        return results;
    }

    @Test
    void withoutASimulationThereIsNoRiskSheet() throws IOException {
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            assertNull(report.workbook.getSheet("Risk"));
            assertEquals(7 + scenario.options().size(), report.workbook.getNumberOfSheets());
            assertEquals(null, report.value(report.workbook.getSheet("Summary"), 6, 0));
        }
    }

    @Test
    void theRiskSheetComesBeforeTheMethodologyAndSaysWhatWasSimulated() throws IOException {
        try (RecomputedReport report = report(ENGLISH)) {
            assertEquals(8 + scenario.options().size(), report.workbook.getNumberOfSheets());
            int n = report.workbook.getNumberOfSheets();
            assertEquals("Risk", report.workbook.getSheetName(n - 3));
            assertEquals("Methodology", report.workbook.getSheetName(n - 2));
            assertEquals("Sources", report.workbook.getSheetName(n - 1));
            XSSFSheet risk = risk(report);
            assertEquals(2000, number(risk, RiskSheet.ITERATIONS_ROW, 1));
            assertEquals(7, number(risk, RiskSheet.SEED_ROW, 1));
            assertEquals("Simulated with 2,000 iterations, seed 7; values, not formulas: rerun the simulation to "
                    + "update.", string(risk, RiskSheet.NOTE_ROW, 0));
            String varied = string(risk, RiskSheet.VARIED_ROW, 1);
            assertTrue(varied.contains("Electricity price"), varied);
            assertTrue(varied.contains("Annual rent change"), varied);
            assertTrue(varied.contains("Lead time of NVIDIA HGX H100 (dealer quote)"), varied);
            assertTrue(varied.contains("Lead time of Huawei Atlas 800T A2"), varied);
            assertEquals(simulation.variedInputs().size(), varied.split("; ").length, varied);
        }
    }

    @Test
    void theOptionTableHoldsTheSimulationsFigures() throws IOException {
        try (RecomputedReport report = report(ENGLISH)) {
            XSSFSheet risk = risk(report);
            assertEquals("Mean", string(risk, RiskSheet.HEADER_ROW, RiskSheet.COL_MEAN));
            for (int i = 0; i < simulation.options().size(); i++) {
                OptionStatistics o = simulation.options().get(i);
                int r = RiskSheet.FIRST_ROW + i;
                assertTrue(string(risk, r, RiskSheet.COL_OPTION).startsWith(o.label()), o.id());
                assertEquals(o.mean(), number(risk, r, RiskSheet.COL_MEAN), o.id());
                assertEquals(o.p10(), number(risk, r, RiskSheet.COL_P10), o.id());
                assertEquals(o.p50(), number(risk, r, RiskSheet.COL_P50), o.id());
                assertEquals(o.p90(), number(risk, r, RiskSheet.COL_P90), o.id());
                assertEquals(o.probabilityCheapest(), number(risk, r, RiskSheet.COL_CHEAPEST), o.id());
                String money = risk.getRow(r).getCell(RiskSheet.COL_MEAN).getCellStyle().getDataFormatString();
                assertTrue(money.contains("CNY"), money);
                assertEquals("0.00%", risk.getRow(r).getCell(RiskSheet.COL_CHEAPEST).getCellStyle()
                        .getDataFormatString());
                PaybackStatistics p = o.payback();
                if (p == null) {
                    assertTrue(o.baseline(), o.id());
                    assertTrue(string(risk, r, RiskSheet.COL_OPTION).endsWith("(baseline)"));
                    for (int c = RiskSheet.COL_PAYBACK_P10; c <= RiskSheet.COL_NEVER; c++) {
                        assertEquals("—", string(risk, r, c), o.id() + " column " + c);
                    }
                } else {
                    payback(risk, r, RiskSheet.COL_PAYBACK_P10, p.p10());
                    payback(risk, r, RiskSheet.COL_PAYBACK_P50, p.p50());
                    payback(risk, r, RiskSheet.COL_PAYBACK_P90, p.p90());
                    assertEquals(p.neverShare(), number(risk, r, RiskSheet.COL_NEVER), o.id());
                }
            }
            OptionStatistics best = simulation.mostOftenCheapest();
            String sentence = string(risk, RiskSheet.FIRST_ROW + simulation.options().size() + 1, 0);
            assertTrue(sentence.startsWith(best.label() + " is the cheapest option in "), sentence);
            assertTrue(sentence.endsWith("% of simulated futures."), sentence);
            PaneInformation pane = risk.getPaneInformation();
            assertNotNull(pane);
            assertEquals(RiskSheet.FIRST_ROW, pane.getHorizontalSplitPosition());
        }
    }

    private static void payback(XSSFSheet risk, int row, int column, Double expected) {
        if (expected == null) {
            assertEquals("—", string(risk, row, column));
        } else {
            assertEquals(expected, number(risk, row, column));
        }
    }

    @Test
    void everyOptionOtherThanTheBaselineHasItsTornadoTableInTornadoOrder() throws IOException {
        try (RecomputedReport report = report(ENGLISH)) {
            XSSFSheet risk = risk(report);
            List<TornadoResult> expected = tornadoes();
            List<Integer> headers = tornadoHeaders(risk, "Input");
            assertEquals(expected.size(), headers.size());
            for (int k = 0; k < expected.size(); k++) {
                TornadoResult t = expected.get(k);
                int header = headers.get(k);
                assertTrue(string(risk, header - 2, 0).startsWith("Sensitivity of " + t.optionLabel() + " against "
                        + t.baselineLabel()), string(risk, header - 2, 0));
                assertEquals("Δ at low", string(risk, header, RiskSheet.T_EFFECT_LOW));
                assertTrue(t.bars().size() >= 3, "the worked example moves several inputs");
                for (int b = 0; b < t.bars().size(); b++) {
                    TornadoBar bar = t.bars().get(b);
                    int r = header + 1 + b;
                    String what = t.optionId() + " " + bar.input();
                    assertEquals(ENGLISH.get("risk.input." + bar.input().key()) + (bar.rangeGiven() ? " *" : ""),
                            string(risk, r, RiskSheet.T_INPUT), what);
                    assertEquals(bar.value(), number(risk, r, RiskSheet.T_VALUE), what);
                    assertEquals(bar.low(), number(risk, r, RiskSheet.T_LOW), what);
                    assertEquals(bar.high(), number(risk, r, RiskSheet.T_HIGH), what);
                    assertEquals(bar.effectLow(), number(risk, r, RiskSheet.T_EFFECT_LOW), what);
                    assertEquals(bar.effectHigh(), number(risk, r, RiskSheet.T_EFFECT_HIGH), what);
                    assertEquals(bar.flips() ? "flips" : "", string(risk, r, RiskSheet.T_FLIPS), what);
                }
                assertTrue(string(risk, header + 1 + t.bars().size(), 0).startsWith("Δ: change of"));
            }
        }
    }

    @Test
    void valuesReadInTheirUnits() throws IOException {
        RiskSheet sheet = new RiskSheet(null, null, ENGLISH, scenario, simulation, List.of());
        assertEquals("0.000\" CNY/kWh\"", sheet.valueFormat(com.computetco.engine.risk.Input.ELECTRICITY_PRICE,
                "CNY"));
        assertEquals("0.0\"%\"", sheet.valueFormat(com.computetco.engine.risk.Input.EFFICIENCY, "CNY"));
        assertEquals("#,##0\" CNY per P-year\"", sheet.valueFormat(com.computetco.engine.risk.Input.RENT_PRICE,
                "CNY"));
        RiskSheet chinese = new RiskSheet(null, null, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), scenario,
                simulation, List.of());
        assertEquals("\"每P每年 \"#,##0\" CNY\"", chinese.valueFormat(
                com.computetco.engine.risk.Input.RENT_PRICE, "CNY"));
        assertEquals("+#,##0\" CNY\";-#,##0\" CNY\";0\" CNY\"", RiskSheet.signedMoneyFormat("CNY"));
    }

    @Test
    void eachTornadoHasAHorizontalBarChartOfTheEffectsAtLowAndHigh() throws IOException {
        try (RecomputedReport report = report(ENGLISH)) {
            XSSFSheet risk = risk(report);
            List<TornadoResult> expected = tornadoes();
            List<XSSFChart> charts = risk.getDrawingPatriarch().getCharts();
            assertEquals(expected.size(), charts.size());
            for (int k = 0; k < expected.size(); k++) {
                TornadoResult t = expected.get(k);
                List<XDDFChartData> data = charts.get(k).getChartSeries();
                XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
                assertEquals(BarDirection.BAR, bars.getBarDirection());
                assertEquals(2, bars.getSeriesCount());
                XDDFChartData.Series low = bars.getSeries(0);
                XDDFChartData.Series high = bars.getSeries(1);
                assertEquals(t.bars().size(), low.getCategoryData().getPointCount());
                assertTrue(low.getValuesData().getDataRangeReference().startsWith("'Risk'!$E$"),
                        low.getValuesData().getDataRangeReference());
                assertTrue(high.getValuesData().getDataRangeReference().startsWith("'Risk'!$F$"),
                        high.getValuesData().getDataRangeReference());
                for (int b = 0; b < t.bars().size(); b++) {
                    assertEquals(t.bars().get(b).effectLow(), low.getValuesData().getPointAt(b));
                    assertEquals(t.bars().get(b).effectHigh(), high.getValuesData().getPointAt(b));
                }
                // Explicit colours, or LibreOffice draws the series invisibly.
                assertNotNull(low.getShapeProperties().getFillProperties());
                assertNotNull(high.getShapeProperties().getFillProperties());
                assertTrue(charts.get(k).getTitleText().getString().contains(t.optionLabel()));
            }
        }
    }

    @Test
    void theRiskSheetPrintsLikeTheOthersAndTheSummaryLinksToIt() throws IOException {
        try (RecomputedReport report = report(ENGLISH)) {
            XSSFSheet risk = risk(report);
            PrintSetup print = risk.getPrintSetup();
            assertTrue(print.getLandscape());
            if (risk.getFitToPage()) {
                assertEquals(1, print.getFitWidth());
                assertEquals(0, print.getFitHeight());
            } else {
                assertTrue(print.getScale() >= SheetWriter.MIN_SCALE_PCT);
            }
            assertEquals(scenario.name(), risk.getHeader().getLeft());
            assertTrue(risk.getFooter().getCenter().contains("&P"));
            assertEquals(tornadoes().size(), risk.getRowBreaks().length, "each tornado starts a page");
            XSSFSheet summary = report.workbook.getSheet("Summary");
            String line = (String) report.value(summary, 6, 0);
            assertTrue(line.startsWith(simulation.mostOftenCheapest().label()), line);
            assertTrue(line.endsWith("See the Risk sheet."), line);
            Hyperlink link = summary.getRow(6).getCell(0).getHyperlink();
            assertEquals("'Risk'!A1", link.getAddress());
        }
    }

    @Test
    void theFormulasStillGiveTheEnginesFiguresWithARiskSheet() throws IOException {
        try (RecomputedReport report = report(ENGLISH)) {
            report.recompute();
            report.assertMatches(new TcoEngine().evaluate(scenario), 1e-9);
        }
    }

    @Test
    void aChineseRiskSheetHasChineseLabels() throws IOException {
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        try (RecomputedReport report = report(chinese)) {
            List<String> names = new ArrayList<>();
            report.workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("摘要", "成本构成", "年度预算", "假设条件", "报价", "现金流 1", "现金流 2", "现金流 3", "风险",
                    "计算方法", "数据来源"), names);
            XSSFSheet risk = risk(report);
            assertEquals("风险：模拟与敏感性", string(risk, RiskSheet.TITLE_ROW, 0));
            assertTrue(string(risk, RiskSheet.NOTE_ROW, 0).startsWith("模拟 2,000 次，随机种子 7"));
            assertEquals("模拟次数", string(risk, RiskSheet.ITERATIONS_ROW, 0));
            assertEquals("均值", string(risk, RiskSheet.HEADER_ROW, RiskSheet.COL_MEAN));
            assertEquals("最便宜概率", string(risk, RiskSheet.HEADER_ROW, RiskSheet.COL_CHEAPEST));
            assertTrue(string(risk, RiskSheet.VARIED_ROW, 1).contains("电价"));
            List<Integer> headers = tornadoHeaders(risk, "输入");
            assertEquals(tornadoes().size(), headers.size());
            assertEquals("低值时变化", string(risk, headers.get(0), RiskSheet.T_EFFECT_LOW));
            String sentence = string(risk, RiskSheet.FIRST_ROW + simulation.options().size() + 1, 0);
            assertTrue(sentence.contains("成本最低"), sentence);
            assertTrue(((String) report.value(report.workbook.getSheet("摘要"), 6, 0)).endsWith("详见“风险”表。"));
        }
    }

    @Test
    void progressRisesFromZeroToOneWithASimulation() throws IOException {
        report(ENGLISH).close();
        List<Double> seen = PROGRESS.get(Locale.ENGLISH);
        assertEquals(0.0, seen.get(0));
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), seen.toString());
        }
    }

    @Test
    void aSimulationOfAnotherScenarioIsRefused() {
        Scenario fewer = scenario.withOptions(scenario.options().subList(1, 3));
        SimulationResult other = MonteCarlo.run(ScenarioModel.of(fewer), 100, 1, 1, ProgressListener.NONE,
                () -> false);
        assertThrows(IllegalArgumentException.class, () -> new ReportWriter(Clock.systemDefaultZone()).render(scenario,
                new TcoEngine().evaluate(scenario), other, ENGLISH, fraction -> { }));
    }
}
