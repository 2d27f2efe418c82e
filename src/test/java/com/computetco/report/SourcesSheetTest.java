package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.io.ReferenceFigures;
import com.computetco.testing.Scenarios;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's Sources sheet lists the same figures as Help → Sources, from the one data file. */
class SourcesSheetTest {
    private static Scenario scenario;

    @BeforeAll
    static void load() throws IOException {
        scenario = Scenarios.workedExample();
    }

    private static XSSFWorkbook report(Locale locale) throws IOException {
        byte[] bytes = new ReportWriter(Clock.systemDefaultZone()).render(scenario, new TcoEngine().evaluate(scenario),
                Messages.forLocale(locale), share -> { });
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void everyReferenceFigureIsARowWithItsSourceDateAndConfidence() throws IOException {
        List<ReferenceFigures.Figure> figures = ReferenceFigures.all();
        try (XSSFWorkbook workbook = report(Locale.ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Sources");
            assertNotNull(sheet);
            assertEquals(workbook.getNumberOfSheets() - 1, workbook.getSheetIndex(sheet), "the last sheet");
            assertEquals("Confidence", sheet.getRow(SourcesSheet.HEADER_ROW).getCell(4).getStringCellValue());
            for (int i = 0; i < figures.size(); i++) {
                var row = sheet.getRow(SourcesSheet.FIRST_ROW + i);
                assertEquals(figures.get(i).figure(), row.getCell(0).getStringCellValue());
                assertEquals(figures.get(i).source(), row.getCell(2).getStringCellValue());
                assertEquals(figures.get(i).date(), row.getCell(3).getStringCellValue());
            }
            assertEquals(SourcesSheet.FIRST_ROW + figures.size() - 1, sheet.getLastRowNum());
        }
    }

    @Test
    void theChineseReportNamesFiguresAndConfidenceInChinese() throws IOException {
        try (XSSFWorkbook workbook = report(Locale.SIMPLIFIED_CHINESE)) {
            XSSFSheet sheet = workbook.getSheet("数据来源");
            assertNotNull(sheet);
            var first = ReferenceFigures.all().get(0);
            assertEquals(first.figureZh(), sheet.getRow(SourcesSheet.FIRST_ROW).getCell(0).getStringCellValue());
            assertEquals(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get(first.confidence().key()),
                    sheet.getRow(SourcesSheet.FIRST_ROW).getCell(4).getStringCellValue());
        }
    }
}
