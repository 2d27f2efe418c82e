package com.computetco.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteTemplateWriterTest {

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theWorkbookHasInstructionsFirstAndTheQuoteSheet() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateFiles.template())) {
            assertEquals(List.of("Instructions", "Quote"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
            assertEquals(0, workbook.getActiveSheetIndex());
        }
    }

    @Test
    void theHeaderNamesEveryColumnInEnglishAndChinese() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateFiles.template())) {
            XSSFSheet quote = workbook.getSheet("Quote");
            assertEquals(TemplateColumn.values().length, quote.getRow(0).getLastCellNum());
            assertEquals("Price / 价格",
                    quote.getRow(0).getCell(TemplateColumn.PRICE.ordinal()).getStringCellValue());
            assertEquals("Vendor or provider / 供应商",
                    quote.getRow(0).getCell(TemplateColumn.SUPPLIER.ordinal()).getStringCellValue());
        }
    }

    @Test
    void chineseComesFirstWhenAskedFor() throws IOException {
        byte[] chinese = QuoteTemplateWriter.render(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        try (XSSFWorkbook workbook = open(chinese)) {
            assertEquals("价格 / Price", workbook.getSheet("Quote").getRow(0).getCell(TemplateColumn.PRICE.ordinal())
                    .getStringCellValue());
            assertEquals("算力报价请求", workbook.getSheet("Instructions").getRow(0).getCell(1).getStringCellValue());
            assertEquals("Request for a compute quote",
                    workbook.getSheet("Instructions").getRow(0).getCell(2).getStringCellValue());
        }
    }

    @Test
    void theInstructionsExplainEveryColumnInBothLanguages() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateFiles.template())) {
            XSSFSheet sheet = workbook.getSheet("Instructions");
            String all = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .flatMap(row -> java.util.stream.StreamSupport.stream(row.spliterator(), false))
                    .map(cell -> cell.getStringCellValue()).collect(Collectors.joining("\n"));
            assertTrue(all.contains("per PFLOPS per year"), all);
            assertTrue(all.contains("每P每年价格"), all);
            assertTrue(all.contains("YYYY-MM-DD"), all);
            for (TemplateColumn column : TemplateColumn.values()) {
                assertTrue(all.contains(QuoteTemplateWriter.header(column, Messages.forLocale(Locale.ENGLISH),
                        Messages.forLocale(Locale.SIMPLIFIED_CHINESE))), column.name());
            }
        }
    }

    @Test
    void theExampleRowsAreMarkedInTheSourceColumn() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateFiles.template())) {
            XSSFSheet quote = workbook.getSheet("Quote");
            for (int r = 1; r <= 2; r++) {
                assertTrue(quote.getRow(r).getCell(TemplateColumn.SOURCE.ordinal()).getStringCellValue()
                        .startsWith("EXAMPLE — delete this row"));
            }
            assertEquals("server", quote.getRow(1).getCell(0).getStringCellValue());
            assertEquals("rental", quote.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void listsAndNumberChecksGuardTheInputs() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateFiles.template())) {
            Map<Integer, XSSFDataValidation> byColumn = workbook.getSheet("Quote").getDataValidations().stream()
                    .collect(Collectors.toMap(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(), v -> v));
            assertEquals(List.of("server", "rental"), list(byColumn.get(TemplateColumn.KIND.ordinal())));
            assertEquals(List.of("dense", "sparse"), list(byColumn.get(TemplateColumn.BASIS.ordinal())));
            assertEquals(List.of("yes", "no"), list(byColumn.get(TemplateColumn.PENALTY.ordinal())));
            XSSFDataValidation currency = byColumn.get(TemplateColumn.CURRENCY.ordinal());
            assertEquals(List.of("CNY", "USD", "EUR", "HKD", "JPY", "SGD"), list(currency));
            assertEquals(DataValidation.ErrorStyle.WARNING, currency.getErrorStyle(), "other codes are allowed");
            for (TemplateColumn column : List.of(TemplateColumn.PRICE, TemplateColumn.POWER_KW,
                    TemplateColumn.LEAD_MIN, TemplateColumn.NETWORKING, TemplateColumn.SETUP_FEE)) {
                XSSFDataValidation v = byColumn.get(column.ordinal());
                assertNotNull(v, column.name());
                assertEquals(ValidationType.DECIMAL, v.getValidationConstraint().getValidationType(), column.name());
                assertEquals("0", v.getValidationConstraint().getFormula1(), column.name());
                assertEquals(DataValidation.ErrorStyle.STOP, v.getErrorStyle(), column.name());
            }
            assertEquals(ValidationType.INTEGER, byColumn.get(TemplateColumn.WARRANTY.ordinal())
                    .getValidationConstraint().getValidationType());
            CellRangeAddress range = byColumn.get(TemplateColumn.PRICE.ordinal()).getRegions().getCellRangeAddress(0);
            assertEquals(1, range.getFirstRow());
            assertEquals(TemplateLimits.MAX_ROWS - 1, range.getLastRow());
            assertFalse(byColumn.containsKey(TemplateColumn.SUPPLIER.ordinal()));
        }
    }

    private static List<String> list(XSSFDataValidation validation) {
        assertEquals(ValidationType.LIST, validation.getValidationConstraint().getValidationType());
        assertTrue(validation.getSuppressDropDownArrow(), "XSSF: true shows the drop-down arrow");
        return List.of(validation.getValidationConstraint().getExplicitListValues());
    }

    @Test
    void onlyTheHeaderIsLockedAndItStaysInView() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateFiles.template())) {
            XSSFSheet quote = workbook.getSheet("Quote");
            assertTrue(quote.getProtect());
            assertTrue(quote.getRow(0).getCell(0).getCellStyle().getLocked());
            for (TemplateColumn column : TemplateColumn.values()) {
                assertFalse(quote.getColumnStyle(column.ordinal()).getLocked(), column.name());
                assertFalse(quote.getRow(1).getCell(column.ordinal()).getCellStyle().getLocked(), column.name());
            }
            assertEquals(1, quote.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(2, quote.getPaneInformation().getVerticalSplitPosition());
            assertEquals(48 * 256, quote.getColumnWidth(TemplateColumn.SOURCE.ordinal()));
        }
    }

    @Test
    void writingReplacesTheFileAtomically(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("request.xlsx");
        Files.writeString(target, "old");
        QuoteTemplateWriter.write(target, Messages.forLocale(Locale.ENGLISH));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals(2, workbook.getNumberOfSheets());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target, dir.resolve("request.xlsx.bak")), files.sorted().toList(),
                    "no temporary file is left behind; the replaced file is kept as NAME.bak");
        }
        assertEquals("old", Files.readString(dir.resolve("request.xlsx.bak")));
    }
}
