package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import com.computetco.text.Verdict;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An edit made in the workbook and recalculated by LibreOffice headless (as a reviewer's spreadsheet does on
 * opening): the verdict sentence names the option the edit made cheapest, in the words the window uses, and the
 * ranks change while the rows keep their order.
 */
@Tag("slow")
class LibreOfficeEditTest {
    private static final long DEARER_SERVER = 4_500_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aDearerServerInTheQuotesSheetMakesRentingCheapestAfterLibreOfficeRecalculates(String language)
            throws Exception {
        LibreOffice.assumeInstalled(false);
        Messages messages = Messages.forLocale(language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        Scenario scenario = Scenarios.workedExample();
        List<Option> options = new ArrayList<>(scenario.options());
        ServerQuote q = (ServerQuote) options.get(0).quote();
        options.set(0, options.get(0).withQuote(q.withUnitPrice(new Money(BigDecimal.valueOf(DEARER_SERVER),
                "CNY"))));
        Evaluation before = new TcoEngine().evaluate(scenario);
        Evaluation after = new TcoEngine().evaluate(scenario.withOptions(options));
        assertNotEquals(before.cheapest().id(), after.cheapest().id(), "the edit must change the cheapest option");

        Path edited = dir.resolve("edited.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(
                RecomputedReport.render(scenario, messages)))) {
            workbook.getSheet(messages.get("report.sheet.quotes")).getRow(QuotesSheet.FIRST_ROW)
                    .getCell(QuotesSheet.Column.PRICE.index()).setCellValue(DEARER_SERVER);
            try (OutputStream out = Files.newOutputStream(edited)) {
                workbook.write(out);
            }
        }
        Path recalculated = LibreOffice.convert(edited, "xlsx", dir.resolve("out"));

        try (InputStream in = Files.newInputStream(recalculated); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet(messages.get("report.sheet.summary"));
            String verdict = summary.getRow(SummarySheet.VERDICT_ROW).getCell(0).getStringCellValue();
            String expected = new Verdict(messages, new AmountFormat(messages.locale(), messages.isChinese()))
                    .describe(ReportWriter.inService(after));
            assertEquals(expected, verdict);
            for (int i = 0; i < after.options().size(); i++) {
                var row = summary.getRow(SummarySheet.RANK_FIRST_ROW + i);
                assertEquals(after.options().get(i).label(), row.getCell(SummarySheet.COL_LABEL).getStringCellValue(),
                        "rows keep the export order");
                assertEquals(SummarySheet.rank(after, i), (int) row.getCell(SummarySheet.COL_RANK)
                        .getNumericCellValue(), "rank of " + after.options().get(i).id());
            }
            assertNotEquals(SummarySheet.rank(before, 0), SummarySheet.rank(after, 0), "the build's rank moved");
        }
    }
}
