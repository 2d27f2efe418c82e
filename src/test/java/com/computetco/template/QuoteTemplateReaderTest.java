package com.computetco.template;

import static com.computetco.template.TemplateFiles.FIRST_ROW;
import static com.computetco.template.TemplateFiles.MAY_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.io.QuoteReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteTemplateReaderTest {

    private static TemplateImport read(byte[] bytes) {
        return QuoteTemplateReader.read(bytes, new QuoteReader(MAY_2024));
    }

    /** The template with one server row (the dealer's H100) changed by {@code change}. */
    private static TemplateImport serverRow(java.util.function.Consumer<Map<TemplateColumn, Object>> change) {
        Map<TemplateColumn, Object> values = new java.util.EnumMap<>(TemplateFiles.dealerH100());
        change.accept(values);
        return read(TemplateFiles.edit(TemplateFiles.template(), sheet -> TemplateFiles.fill(sheet, FIRST_ROW,
                values)));
    }

    @Test
    void aFilledTemplateReadsBackAsTheSampleQuotes(@TempDir Path dir) {
        Path file = TemplateFiles.save(dir, "filled.xlsx", TemplateFiles.filledWithSamples());
        TemplateImport imported = QuoteTemplateReader.read(file, new QuoteReader(MAY_2024));
        assertEquals(List.of(), imported.problems());
        assertEquals(List.of(TemplateFiles.sample("dealer-hgx-h100.quote.json"),
                TemplateFiles.sample("lessor-h800-120k.quote.json")), imported.quotes());
        assertEquals(List.of(FIRST_ROW, FIRST_ROW + 1), imported.rows().stream()
                .map(TemplateImport.ImportedQuote::row).toList());
    }

    @Test
    void theExampleRowsAreSkipped() {
        TemplateImport imported = read(TemplateFiles.template());
        assertEquals(List.of(), imported.quotes());
        assertEquals(List.of("no quotes: the Quote sheet has no filled-in rows besides the examples"),
                imported.problems());
    }

    @Test
    void emptyRowsBetweenQuotesAreSkipped() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(), sheet -> {
            TemplateFiles.fill(sheet, 10, TemplateFiles.dealerH100());
            TemplateFiles.fill(sheet, 11, Map.of(TemplateColumn.SUPPLIER, "  ", TemplateColumn.MODEL, ""));
        }));
        assertEquals(List.of(), imported.problems());
        assertEquals(10, imported.rows().get(0).row());
    }

    @Test
    void textInThePriceIsReportedAtItsCell() {
        TemplateImport imported = serverRow(v -> v.put(TemplateColumn.PRICE, "abc"));
        assertEquals(List.of("Quote!H4: price must be a number, got \"abc\""), imported.problems());
        assertEquals(List.of(), imported.quotes());
    }

    @Test
    void aMissingVendorNamesItsCell() {
        TemplateImport imported = serverRow(v -> v.remove(TemplateColumn.SUPPLIER));
        assertEquals(List.of("Quote!B4: vendor is required"), imported.problems());
    }

    @Test
    void aMissingProviderOfARentalNamesItsCell() {
        Map<TemplateColumn, Object> values = new java.util.EnumMap<>(TemplateFiles.lessorH800());
        values.remove(TemplateColumn.SUPPLIER);
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(),
                sheet -> TemplateFiles.fill(sheet, 7, values)));
        assertEquals(List.of("Quote!B7: provider is required"), imported.problems());
    }

    @Test
    void everyProblemOfARowIsListedAndTheOtherRowsStillCount() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.filledWithSamples(), sheet ->
                TemplateFiles.fill(sheet, 6, Map.of(TemplateColumn.KIND, "server", TemplateColumn.SUPPLIER, "X",
                        TemplateColumn.PRICE, -1, TemplateColumn.LEAD_MIN, 5, TemplateColumn.LEAD_LIKELY, 3,
                        TemplateColumn.LEAD_MAX, 4, TemplateColumn.PENALTY, "maybe",
                        TemplateColumn.CURRENCY, "yuan"))));
        assertEquals(List.of(
                "Quote!C6: model is required",
                "Quote!F6: peak PFLOPS per server is required",
                "Quote!H6: price must be at least 0 and at most 1000000000000, got -1",
                "Quote!I6: currency must be a currency code of three capital letters, such as \"CNY\", got \"YUAN\"",
                "Quote!J6: power per server (kW) is required",
                "Quote!L6: lead time likely must not be less than min (5), got 3",
                "Quote!T6: late delivery penalty must be yes or no, got \"maybe\""), imported.problems());
        assertEquals(2, imported.quotes().size());
        assertTrue(imported.hasErrors());
    }

    @Test
    void anUnknownKindIsTheOnlyProblemOfItsRow() {
        TemplateImport imported = serverRow(v -> v.put(TemplateColumn.KIND, "lease"));
        assertEquals(List.of("Quote!A4: kind must be one of \"server\", \"rental\", got \"lease\""),
                imported.problems());
    }

    @Test
    void aServerColumnFilledInForARentalIsIgnoredWithAWarning() {
        Map<TemplateColumn, Object> values = new java.util.EnumMap<>(TemplateFiles.lessorH800());
        values.put(TemplateColumn.WARRANTY, 36);
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(),
                sheet -> TemplateFiles.fill(sheet, FIRST_ROW, values)));
        assertEquals(List.of("Quote!R4: warning: warranty months is not part of a rental quote; ignored"),
                imported.problems());
        assertEquals(List.of(TemplateFiles.sample("lessor-h800-120k.quote.json")), imported.quotes());
        assertFalse(imported.hasErrors());
    }

    @Test
    void anExpiredQuoteIsAWarningAtItsDate() {
        Clock later = Clock.fixed(LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        TemplateImport imported = QuoteTemplateReader.read(TemplateFiles.filledWithSamples(), new QuoteReader(later));
        assertEquals(List.of("Quote!Z4: warning: valid until: quote expired on 2024-06-17",
                "Quote!Z5: warning: valid until: quote expired on 2024-08-17"), imported.problems());
        assertEquals(2, imported.quotes().size());
    }

    @Test
    void numbersAndDatesTypedAsTextAreAccepted() {
        TemplateImport imported = serverRow(v -> {
            v.put(TemplateColumn.PRICE, " 2700000 ");
            v.put(TemplateColumn.PREPAYMENT, "30%");
            v.put(TemplateColumn.QUOTE_DATE, "2024-05-17");
            v.put(TemplateColumn.PENALTY, "否");
            v.put(TemplateColumn.CURRENCY, "cny");
        });
        assertEquals(List.of(), imported.problems());
        assertEquals(TemplateFiles.sample("dealer-hgx-h100.quote.json"), imported.quotes().get(0));
    }

    @Test
    void thousandsSeparatorsAndChineseUnitsAreNotGuessed() {
        assertEquals(List.of("Quote!H4: price must be a number, got \"270万\""),
                serverRow(v -> v.put(TemplateColumn.PRICE, "270万")).problems());
        assertEquals(List.of("Quote!H4: price must be a number, got \"2,700,000\""),
                serverRow(v -> v.put(TemplateColumn.PRICE, "2,700,000")).problems());
    }

    @Test
    void aPercentFormattedCellCountsAsPercent() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(), sheet -> {
            TemplateFiles.fill(sheet, FIRST_ROW, TemplateFiles.dealerH100());
            XSSFCell cell = sheet.getRow(FIRST_ROW - 1).getCell(TemplateColumn.PREPAYMENT.ordinal());
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            cell.setCellStyle(percent);
            cell.setCellValue(0.3);
        }));
        assertEquals(new BigDecimal("30"), ((ServerQuote) imported.quotes().get(0)).prepaymentPct());
    }

    @Test
    void aFormulaCountsWithItsSavedResultAndIsNeverEvaluated() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(), sheet -> {
            TemplateFiles.fill(sheet, FIRST_ROW, TemplateFiles.dealerH100());
            XSSFCell price = sheet.getRow(FIRST_ROW - 1).getCell(TemplateColumn.PRICE.ordinal());
            price.setCellFormula("270*10000");
            price.getCTCell().setV("2700000");
            XSSFCell power = sheet.getRow(FIRST_ROW - 1).getCell(TemplateColumn.POWER_KW.ordinal());
            power.setCellFormula("1/0");
            power.getCTCell().unsetV();
        }));
        assertEquals(List.of("Quote!J4: power per server (kW) holds a formula without a saved result; type the "
                + "value instead"), imported.problems());
    }

    @Test
    void anErrorValueIsReported() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(), sheet -> {
            TemplateFiles.fill(sheet, FIRST_ROW, TemplateFiles.dealerH100());
            sheet.getRow(FIRST_ROW - 1).getCell(TemplateColumn.POWER_KW.ordinal())
                    .setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0);
        }));
        assertEquals(List.of("Quote!J4: power per server (kW) holds the error value #DIV/0!"), imported.problems());
    }

    @Test
    void emptyOptionalCellsTakeTheDefaults() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(), sheet -> TemplateFiles.fill(sheet,
                FIRST_ROW, Map.of(TemplateColumn.KIND, "rental", TemplateColumn.SUPPLIER, "Lessor",
                        TemplateColumn.PRICE, 100000, TemplateColumn.CURRENCY, "CNY"))));
        assertEquals(List.of(), imported.problems());
        RentalQuote quote = (RentalQuote) imported.quotes().get(0);
        assertEquals(null, quote.leadTimeMonths());
        assertEquals(null, quote.setupFee());
        assertEquals(BigDecimal.ZERO, quote.voucherPct());
    }

    @Test
    void moneyOtherThanThePriceIsInThePricesCurrency() {
        TemplateImport imported = serverRow(v -> v.put(TemplateColumn.CURRENCY, "USD"));
        assertEquals("USD", ((ServerQuote) imported.quotes().get(0)).installationCost().currency());
    }

    @Test
    void columnsAreFoundByTheirHeaderInEitherLanguage() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.filledWithSamples(), sheet -> {
            // A vendor's spreadsheet swapped Model and Accelerator and kept only the Chinese header of one.
            swapColumns(sheet, TemplateColumn.MODEL.ordinal(), TemplateColumn.ACCELERATOR.ordinal());
            sheet.getRow(0).getCell(TemplateColumn.PRICE.ordinal()).setCellValue("价格");
        }));
        assertEquals(List.of(), imported.problems());
        assertEquals(TemplateFiles.sample("dealer-hgx-h100.quote.json"), imported.quotes().get(0));
    }

    private static void swapColumns(XSSFSheet sheet, int a, int b) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String first = text(row.getCell(a));
            String second = text(row.getCell(b));
            row.createCell(a).setCellValue(second);
            row.createCell(b).setCellValue(first);
        }
    }

    private static String text(XSSFCell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.filledWithSamples(), sheet ->
                sheet.getRow(0).getCell(TemplateColumn.PRICE.ordinal()).setCellValue("Cost")));
        assertEquals(List.of("Quote!1:1: the header has no column \"price\"; it is required",
                "Quote!A4: price is required", "Quote!A5: price is required"), imported.problems());
    }

    @Test
    void aSheetWithoutTheTemplatesHeaderIsRefused() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(), sheet -> sheet.removeRow(
                sheet.getRow(0))));
        assertEquals(List.of("the Quote sheet's first row is not the template's header: fill in the template that "
                + "\"Request a quote\" writes"), imported.problems());
    }

    @Test
    void theImportedQuotesAreTheDomainRecords() {
        List<Quote> quotes = read(TemplateFiles.filledWithSamples()).quotes();
        assertTrue(quotes.get(0) instanceof ServerQuote);
        assertTrue(quotes.get(1) instanceof RentalQuote);
    }
}
