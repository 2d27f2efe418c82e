package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.TcoEngine;
import com.computetco.engine.risk.MonteCarlo;
import com.computetco.engine.risk.ProgressListener;
import com.computetco.i18n.Messages;
import com.computetco.io.ReadResult;
import com.computetco.template.QuoteTemplateWriter;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and the vendor template printed by LibreOffice to A4: every page's type is at least 8 pt and no cell
 * prints as ###. The type size is read as the print-check tool reads it: the median height of a page's word boxes
 * over 1.3 (an Arial word box is about 1.15 times the type size, so this errs on the safe side).
 */
@Tag("slow")
class LibreOfficePrintTest {
    static final double MIN_POINTS = 8.0;
    private static Scenario market;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        ReadResult<Scenario> read = Scenarios.loader().load(
                Path.of("sample-quotes/market-2024-h100-vs-ascend-vs-leasing.scenario.json"));
        assertTrue(read.isValid(), () -> read.problems().toString());
        market = read.value();
    }

    @Test
    void everyPageOfTheEnglishReportPrintsAtEightPointOrMoreWithoutHashes() throws Exception {
        LibreOffice.assumeInstalled(true);
        assertLegible(report(Locale.ENGLISH, "en.xlsx"), 7);
    }

    @Test
    void everyPageOfTheChineseReportPrintsAtEightPointOrMoreWithoutHashes() throws Exception {
        LibreOffice.assumeInstalled(true);
        assertLegible(report(Locale.SIMPLIFIED_CHINESE, "zh.xlsx"), 7);
    }

    @Test
    void theVendorTemplatePrintsAtEightPointOrMore() throws Exception {
        LibreOffice.assumeInstalled(true);
        Path template = dir.resolve("template.xlsx");
        Files.write(template, QuoteTemplateWriter.render(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)));
        assertLegible(template, 2);
    }

    /** The market demo with a simulation (the Risk sheet too) and totals of billions: 100 times the demand. */
    private Path report(Locale locale, String name) throws IOException {
        Scenario big = market.withDemandPflops(market.demandPflops().multiply(java.math.BigDecimal.valueOf(100)));
        var evaluation = new TcoEngine().evaluate(big);
        var simulation = MonteCarlo.run(ScenarioModel.of(big), 500, 7, 1, ProgressListener.NONE, () -> false);
        Path file = dir.resolve(name);
        Files.write(file, new ReportWriter(RecomputedReport.FIXED).render(big, evaluation, simulation,
                Messages.forLocale(locale), f -> { }));
        return file;
    }

    private void assertLegible(Path workbook, int minPages) throws Exception {
        Path pdf = LibreOffice.convert(workbook, "pdf", dir.resolve("out"));
        Map<Integer, List<Double>> heights = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (LibreOffice.Word w : LibreOffice.words(pdf)) {
            heights.computeIfAbsent(w.page(), p -> new ArrayList<>()).add(w.height());
            if (w.text().matches("#{3,}")) {
                problems.add("page " + w.page() + ": a cell prints as " + w.text());
            }
        }
        assertTrue(heights.size() >= minPages, "pages: " + heights.size());
        heights.forEach((page, list) -> {
            List<Double> sorted = list.stream().sorted().toList();
            double points = sorted.get(sorted.size() / 2) / 1.3;
            if (points < MIN_POINTS) {
                problems.add(String.format(Locale.ROOT, "page %d: type about %.1f pt", page, points));
            }
        });
        assertEquals(List.of(), problems, workbook.getFileName().toString());
    }
}
