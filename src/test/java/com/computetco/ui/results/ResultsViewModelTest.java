package com.computetco.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.io.ReadResult;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The results view model on the methodology's worked example, with no JavaFX toolkit. */
class ResultsViewModelTest {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static Scenario scenario;
    private static Evaluation evaluation;

    private final SimpleObjectProperty<Evaluation> evaluationProperty = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(ENGLISH);
    private final SimpleBooleanProperty chineseUnits = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty stale = new SimpleBooleanProperty(false);
    private ResultsViewModel vm;

    @BeforeAll
    static void evaluateWorkedExample() throws IOException {
        ReadResult<Scenario> read = Scenarios.reader().read(resource("/com/computetco/engine/worked-example.json"));
        assertTrue(read.isValid(), () -> read.problems().toString());
        scenario = read.value();
        evaluation = new TcoEngine().evaluate(scenario);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ResultsViewModelTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @BeforeEach
    void createViewModel() {
        evaluationProperty.set(evaluation);
        vm = new ResultsViewModel(evaluationProperty, messages, chineseUnits, stale);
    }

    private ResultRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private CumulativeSeries series(String id) {
        return vm.cumulativeProperty().get().stream().filter(s -> s.optionId().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void rowsFollowTheScenarioOrder() {
        assertEquals(List.of("nvidia-h100", "ascend-910b", "rent-h800"), vm.rows().stream().map(ResultRow::id)
                .toList());
    }

    @Test
    void rowsShowTheEnginesTotalsFormatted() {
        ResultRow h100 = row("nvidia-h100");
        assertEquals("43,881,785", h100.totalCostText());
        assertEquals(evaluation.option("nvidia-h100").orElseThrow().totalCost(), h100.totalCost());
        assertEquals("9", h100.sizeText());
        assertEquals("5", h100.inServiceText());
        assertEquals("56.8", h100.paybackText());
        assertEquals("8.7%", h100.irrText());
        assertEquals("64.00 P", row("rent-h800").sizeText());
    }

    /** Issue 10 §5, on the main demo: a rental cheaper than the baseline from month 0, against the baseline. */
    /** Issue 10 §5: a rental minimum that multiplies the bill is visible in the table, in both languages. */
    @Test
    void aRentalSizedUpByItsMinimumIsMarkedWithTheDemandItServes() throws IOException {
        String json = new String(resource("/com/computetco/engine/worked-example.json"),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"minimumPflops\": 0", "\"minimumPflops\": 790");
        ReadResult<Scenario> read = Scenarios.reader().read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(read.isValid(), () -> read.problems().toString());
        evaluationProperty.set(new TcoEngine().evaluate(read.value()));
        ResultRow rental = row("rent-h800");
        assertEquals(790.0, rental.size(), 1e-9);
        assertEquals("790.00 P (minimum)", rental.sizeText());
        assertEquals("Sized up by the lessor's minimum: 790.00 P rented against 64.00 P needed for the demand.",
                rental.sizeNote());
        assertEquals("", row("nvidia-h100").sizeNote());
        messages.set(CHINESE);
        assertTrue(row("rent-h800").sizeText().endsWith("（起租量）"), row("rent-h800").sizeText());
        assertTrue(row("rent-h800").sizeNote().contains("租用 790.00 P，而需求只需 64.00 P"), row("rent-h800").sizeNote());
    }

    @Test
    void aRentalWithoutABindingMinimumHasNoMarker() {
        assertEquals("", row("rent-h800").sizeNote());
        assertFalse(row("rent-h800").sizeText().contains("minimum"));
    }

    @Test
    void aRentalCheaperFromTheStartSaysSoInsteadOfAPaybackOfZero(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // The 2024 demo against the dearer 18万 lessor, every lessor live at once: the 12万 one is cheaper from month 0.
        String json = java.nio.file.Files.readString(
                java.nio.file.Path.of("sample-quotes/market-2024-h100-vs-ascend-vs-leasing.scenario.json"))
                .replace("\"baselineOptionId\": \"lease-h800-120k\"", "\"baselineOptionId\": \"lease-h800-180k\"")
                .replace("\"likely\": 0.5", "\"likely\": 0");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("dear-baseline.scenario.json"), json);
        Scenario demo = com.computetco.testing.Scenarios.loader().load(file).value();
        assertEquals("lease-h800-180k", demo.baselineOptionId());
        evaluationProperty.set(new TcoEngine().evaluate(demo));
        ResultRow cheapLease = row("lease-h800-120k");
        assertEquals(0.0, cheapLease.paybackMonths(), "the engine's figure is kept for sorting");
        assertEquals("—", cheapLease.paybackText(), "not a payback of 0.0");
        assertEquals("—", cheapLease.discountedPaybackText());
        assertTrue(cheapLease.paybackNote().contains("from the start"), cheapLease.paybackNote());
        assertEquals("—", cheapLease.breakEvenText(), "not its own price again");
        assertFalse(cheapLease.breakEvenNote().isEmpty());
        ResultRow h100 = row("dealer-h100");
        assertNotEquals("—", h100.breakEvenText(), "a build option keeps its break-even rent");
        assertEquals("", h100.paybackNote());
    }

    @Test
    void undefinedFiguresShowADash() {
        ResultRow baseline = row("rent-h800");
        assertNull(baseline.paybackMonths());
        assertEquals("—", baseline.paybackText());
        assertEquals("—", baseline.discountedPaybackText());
        assertEquals("—", baseline.irrText());
        assertEquals("—", baseline.breakEvenText());
    }

    @Test
    void theCheapestRowIsFlagged() {
        assertEquals(List.of("nvidia-h100"), vm.rows().stream().filter(ResultRow::cheapest).map(ResultRow::id)
                .toList());
    }

    @Test
    void theBaselineRowIsFlaggedAndMarked() {
        assertEquals(List.of("rent-h800"), vm.rows().stream().filter(ResultRow::baseline).map(ResultRow::id)
                .toList());
        assertEquals("Leased H800 capacity (baseline)", row("rent-h800").labelText());
        assertEquals("Leased H800 capacity", row("rent-h800").label());
    }

    @Test
    void rowsAreReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> vm.rows().clear());
    }

    @Test
    void theVerdictGivesThePayback() {
        assertTrue(vm.verdictProperty().get().contains("56.8"), vm.verdictProperty().get());
        assertTrue(vm.verdictProperty().get().startsWith("Building with NVIDIA"), vm.verdictProperty().get());
    }

    @Test
    void switchingToChineseTranslatesTypesAndVerdict() {
        messages.set(CHINESE);
        assertEquals("自建", row("nvidia-h100").typeText());
        assertEquals("租用", row("rent-h800").typeText());
        assertTrue(vm.verdictProperty().get().startsWith("自建"), vm.verdictProperty().get());
        assertTrue(vm.verdictProperty().get().contains("56.8 个月回本"), vm.verdictProperty().get());
        assertEquals("月", vm.texts().monthAxis());
        assertEquals("类型", vm.texts().heading(ResultColumn.TYPE).text());
    }

    @Test
    void chineseUnitsShowWanInChinese() {
        messages.set(CHINESE);
        chineseUnits.set(true);
        assertEquals("4,388.18万", row("nvidia-h100").totalCostText());
        assertEquals(1e4, vm.axisScale());
        assertEquals("万", vm.axisUnitLabelProperty().get());
        assertEquals("万元", vm.texts().cumulativeAxis());
        assertEquals("金额单位：元", vm.texts().amountsNote(), "the currency is a word in Chinese, as in the verdict");
    }

    /** Issue 10 §4: one scale rule in Chinese; the verdict spoke 万 above a table in plain amounts. */
    @Test
    void theChineseVerdictFollowsTheTablesScale() {
        messages.set(CHINESE);
        chineseUnits.set(false);
        assertEquals("43,881,785", row("nvidia-h100").totalCostText());
        assertFalse(vm.verdictProperty().get().contains("万"), vm.verdictProperty().get());
        assertTrue(vm.verdictProperty().get().contains("43,881,785"), vm.verdictProperty().get());
        chineseUnits.set(true);
        assertTrue(vm.verdictProperty().get().contains("万"), vm.verdictProperty().get());
    }

    @Test
    void chineseUnitsDoNotApplyInEnglish() {
        chineseUnits.set(true);
        assertEquals("43,881,785", row("nvidia-h100").totalCostText());
        assertEquals(1e6, vm.axisScale());
        assertEquals("million CNY", vm.texts().cumulativeAxis());
    }

    @Test
    void aNewEvaluationChangesTheTotals() {
        Scenario dearer = scenario.withElectricity(scenario.electricity().withPricePerKwh(new BigDecimal("0.9")));
        Evaluation next = new TcoEngine().evaluate(dearer);
        evaluationProperty.set(next);
        double total = next.option("nvidia-h100").orElseThrow().totalCost();
        assertTrue(total > evaluation.option("nvidia-h100").orElseThrow().totalCost());
        assertEquals(total, row("nvidia-h100").totalCost());
        assertEquals(new AmountFormat(Locale.ENGLISH, false).amount(total), row("nvidia-h100").totalCostText());
        assertNotEquals("43,881,785", row("nvidia-h100").totalCostText());
        assertEquals(total, series("nvidia-h100").value(59), 1e-6);
    }

    @Test
    void staleResultsCarryANotice() {
        assertEquals("", vm.staleNoticeProperty().get());
        stale.set(true);
        assertEquals("Results are from the last valid input.", vm.staleNoticeProperty().get());
        messages.set(CHINESE);
        assertEquals("结果基于上一次有效输入。", vm.staleNoticeProperty().get());
        stale.set(false);
        assertEquals("", vm.staleNoticeProperty().get());
    }

    @Test
    void noEvaluationShowsNothing() {
        evaluationProperty.set(null);
        assertTrue(vm.rows().isEmpty());
        assertEquals("", vm.verdictProperty().get());
        assertTrue(vm.cumulativeProperty().get().isEmpty());
        assertTrue(vm.breakdownProperty().get().isEmpty());
        assertEquals(0, vm.monthlyTableProperty().get().months());
    }

    @Test
    void theCurrencyIsTheEvaluations() {
        assertEquals("CNY", vm.currencyProperty().get());
        assertEquals("Amounts in CNY", vm.texts().amountsNote());
    }

    @Test
    void cumulativeSeriesEndAtTheTotalCost() {
        for (OptionResult o : evaluation.options()) {
            CumulativeSeries s = series(o.id());
            assertEquals(60, s.months());
            assertEquals(o.totalCost(), s.value(s.months() - 1), 1e-6 * Math.abs(o.totalCost()));
        }
    }

    @Test
    void thePaybackPointIsAtThePaybackMonthOnTheLine() {
        OptionResult h100 = evaluation.option("nvidia-h100").orElseThrow();
        CumulativeSeries.PaybackPoint p = series("nvidia-h100").payback();
        assertNotNull(p);
        assertEquals(h100.paybackMonths(), p.months());
        double[] c = h100.cumulative();
        int k = (int) Math.floor(p.months());
        assertTrue(p.cumulativeCost() >= Math.min(c[k - 1], c[k]) && p.cumulativeCost() <= Math.max(c[k - 1], c[k]));
        assertEquals("Payback: NVIDIA HGX H100 (dealer quote) 56.8 mo", p.name());
    }

    @Test
    void theBaselineAndOptionsThatNeverPayBackHaveNoPaybackPoint() {
        assertNull(series("rent-h800").payback());
        assertNull(series("ascend-910b").payback());
    }

    @Test
    void costAtInterpolatesWithinTheMonthFromZeroAtTimeZero() {
        double[] cumulative = {10, 30, 60};
        assertEquals(0, ChartData.costAt(cumulative, 0));
        assertEquals(5, ChartData.costAt(cumulative, 0.5));
        assertEquals(10, ChartData.costAt(cumulative, 1));
        assertEquals(20, ChartData.costAt(cumulative, 1.5));
        assertEquals(60, ChartData.costAt(cumulative, 3));
    }

    @Test
    void breakdownBarsCarryTheComponentTotals() {
        List<BreakdownBar> bars = vm.breakdownProperty().get();
        assertEquals(evaluation.options().size(), bars.size());
        for (int i = 0; i < bars.size(); i++) {
            OptionResult o = evaluation.options().get(i);
            BreakdownBar bar = bars.get(i);
            assertEquals(o.id(), bar.optionId());
            double sum = 0;
            for (BreakdownBar.Segment s : bar.segments()) {
                assertEquals(o.componentTotal(s.component()), s.amount());
                sum += s.amount();
            }
            assertEquals(o.totalCost(), sum, 1e-6 * Math.abs(o.totalCost()));
        }
    }

    @Test
    void breakdownListsEveryComponentInMethodologyOrderWithItsName() {
        for (BreakdownBar bar : vm.breakdownProperty().get()) {
            assertEquals(List.of(CostComponent.values()), bar.segments().stream().map(BreakdownBar.Segment::component)
                    .toList());
        }
        BreakdownBar.Segment hardware = vm.breakdownProperty().get().get(0).segments().get(0);
        assertEquals("Hardware", hardware.name());
        String amount = new AmountFormat(Locale.ENGLISH, false).amount(
                evaluation.options().get(0).componentTotal(CostComponent.HARDWARE));
        assertEquals("NVIDIA HGX H100 (dealer quote) — Hardware: " + amount + " CNY", hardware.tooltip());
        messages.set(CHINESE);
        assertEquals("硬件", vm.breakdownProperty().get().get(0).segments().get(0).name());
    }

    @Test
    void theResidualValueIsANegativeSegment() {
        BreakdownBar.Segment residual = vm.breakdownProperty().get().get(0).segments()
                .get(CostComponent.RESIDUAL_VALUE.ordinal());
        assertTrue(residual.amount() < 0);
    }

    @Test
    void theMonthlyTableFormatsTheEnginesFlows() {
        MonthlyTable table = vm.monthlyTableProperty().get();
        OptionResult first = evaluation.options().get(0);
        assertEquals(60, table.months());
        assertEquals(List.of("NVIDIA HGX H100 (dealer quote)", "Huawei Atlas 800T A2", "Leased H800 capacity"),
                table.optionLabels());
        assertEquals(new AmountFormat(Locale.ENGLISH, false).amount(first.monthly(0)), table.value(0, 0));
        OptionResult last = evaluation.options().get(2);
        assertEquals(new AmountFormat(Locale.ENGLISH, false).amount(last.monthly(59)), table.value(2, 59));
    }

    @Test
    void duplicateLabelsAreToldApartInCharts() {
        List<String> names = ChartData.uniqueNames(List.of(evaluation.options().get(0), evaluation.options().get(0),
                evaluation.options().get(1)));
        assertEquals(List.of("NVIDIA HGX H100 (dealer quote) (nvidia-h100)",
                "NVIDIA HGX H100 (dealer quote) (nvidia-h100)", "Huawei Atlas 800T A2"), names);
    }

    @Test
    void everyHeadingHasShortAndFullTextInBothLanguages() {
        for (Messages m : List.of(ENGLISH, CHINESE)) {
            messages.set(m);
            for (ResultColumn c : ResultColumn.values()) {
                assertFalse(vm.texts().heading(c).text().isBlank(), c + " " + m.locale());
                assertFalse(vm.texts().heading(c).fullText().isBlank(), c + " " + m.locale());
            }
        }
    }

    @Test
    void sortingByPaybackPutsMissingValuesLast() {
        List<String> ids = vm.rows().stream().sorted(ResultColumn.PAYBACK.order()).map(ResultRow::id).toList();
        assertEquals("nvidia-h100", ids.get(0));
    }

    /** Issue 10 §5: a server price typed as 150 CNY is questioned in the window, not only when a file is opened. */
    @Test
    void aMistypedServerPriceIsQuestionedAfterTheEditAndTheQuestionGoesWhenFixed() throws Exception {
        SimpleObjectProperty<Scenario> shown = new SimpleObjectProperty<>(scenario);
        vm = new ResultsViewModel(evaluationProperty, messages, chineseUnits, stale, shown);
        assertEquals("", vm.plausibilityNoticeProperty().get(), "the worked example is plausible");

        Scenario typo = com.computetco.ui.document.RecordPath.of("options[0].quote.unitPrice.amount")
                .set(scenario, new com.google.gson.JsonPrimitive(new java.math.BigDecimal("150")));
        shown.set(typo);
        evaluationProperty.set(new TcoEngine().evaluate(typo));
        String notice = vm.plausibilityNoticeProperty().get();
        String label = evaluation.options().get(0).label();
        assertTrue(notice.startsWith("Check these 2 figures") || notice.startsWith("Check this figure"), notice);
        assertTrue(notice.contains("• " + label + ": the price per PFLOPS"), notice);

        messages.set(CHINESE);
        assertTrue(vm.plausibilityNoticeProperty().get().contains("远超参考数据范围"),
                vm.plausibilityNoticeProperty().get());

        shown.set(scenario);
        evaluationProperty.set(evaluation);
        assertEquals("", vm.plausibilityNoticeProperty().get(), "fixed: the question goes");
    }
}
