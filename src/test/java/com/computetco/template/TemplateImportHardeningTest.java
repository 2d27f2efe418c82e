package com.computetco.template;

import static com.computetco.template.TemplateFiles.MAY_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.io.QuoteReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13, import hardening, and issue 12's vendor-template items that the reader decides. */
class TemplateImportHardeningTest {
    private static final String QUOTE_SHEET_PART = "xl/worksheets/sheet2.xml";

    private static String refusal(byte[] bytes) {
        TemplateImport imported = QuoteTemplateReader.read(bytes, new QuoteReader(MAY_2024));
        assertEquals(List.of(), imported.quotes());
        assertEquals(1, imported.problems().size(), imported.problems().toString());
        return imported.problems().get(0);
    }

    private static byte[] withContentTypes(byte[] xlsx, String extra) {
        return TemplateFiles.replacePart(xlsx, "[Content_Types].xml", (original, out) -> out.write(
                new String(original, StandardCharsets.UTF_8).replace("</Types>", extra + "</Types>")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] editSheetXml(byte[] xlsx, String from, String to) {
        return TemplateFiles.replacePart(xlsx, QUOTE_SHEET_PART, (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            String edited = xml.replaceFirst(from, to);
            assertTrue(!edited.equals(xml), "the sheet holds " + from);
            out.write(edited.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void partsWithoutAContentTypeFromAMacAreIgnored() {
        byte[] zipped = TemplateFiles.replacePart(TemplateFiles.filledWithSamples(), ".DS_Store",
                (original, out) -> out.write(new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'}));
        zipped = TemplateFiles.replacePart(zipped, "__MACOSX/xl/worksheets/._sheet2.xml",
                (original, out) -> out.write(new byte[] {0, 5, 22, 7, 0, 2}));
        zipped = TemplateFiles.replacePart(zipped, "odd name with spaces", (original, out) -> out.write('x'));
        TemplateImport imported = QuoteTemplateReader.read(zipped, new QuoteReader(MAY_2024));
        assertEquals(List.of(), imported.problems());
        assertEquals(2, imported.quotes().size());
    }

    @Test
    void aMacroProjectUnderAnotherNameIsRefusedByItsContentType() {
        byte[] hidden = TemplateFiles.replacePart(TemplateFiles.filledWithSamples(), "xl/media/image9.png",
                (original, out) -> out.write(new byte[] {1, 2, 3}));
        hidden = withContentTypes(hidden,
                "<Override PartName=\"/xl/media/image9.png\" ContentType=\"application/vnd.ms-office.vbaProject\"/>");
        assertTrue(refusal(hidden).contains("macros"), refusal(hidden));
    }

    @Test
    void aWorkbookDeclaredMacroEnabledIsRefused() {
        byte[] declared = TemplateFiles.replacePart(TemplateFiles.filledWithSamples(), "[Content_Types].xml",
                (original, out) -> out.write(new String(original, StandardCharsets.UTF_8)
                        .replace(TemplateWorkbook.MAIN_TYPE, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(refusal(declared).contains("macros"), refusal(declared));
    }

    @Test
    void aPriceFormulaWithoutASavedResultIsRefusedAtItsCellNeverAZeroPrice() {
        byte[] uncached = editSheetXml(TemplateFiles.filledWithSamples(),
                "(<c r=\"H4\"[^>]*>)<v>2700000(\\.0)?</v>", "$1<f>2000000+700000</f><v></v>");
        TemplateImport imported = QuoteTemplateReader.read(uncached, new QuoteReader(MAY_2024));
        assertEquals(1, imported.quotes().size(), "the other row still imports");
        assertTrue(imported.problems().stream().anyMatch(p -> p.startsWith("Quote!H4: ")
                && p.contains("formula without a saved result")), imported.problems().toString());
        assertTrue(imported.hasErrors());
    }

    @Test
    void anEnormousPriceIsReportedAtItsCell() {
        byte[] huge = TemplateFiles.edit(TemplateFiles.template(), sheet -> TemplateFiles.fill(sheet, 4,
                Map.of(TemplateColumn.KIND, "rental", TemplateColumn.SUPPLIER, "X", TemplateColumn.PRICE, 1e308,
                        TemplateColumn.CURRENCY, "CNY")));
        TemplateImport imported = QuoteTemplateReader.read(huge, new QuoteReader(MAY_2024));
        assertEquals(List.of("Quote!H4: price is too large: 1E+308 (at most 10^15)"),
                imported.problems());
    }

    private static TemplateImport withRow4(Map<TemplateColumn, Object> changes) {
        Map<TemplateColumn, Object> values = new java.util.EnumMap<>(TemplateFiles.dealerH100());
        values.putAll(changes);
        values.values().removeIf(v -> v == null || "".equals(v));
        return QuoteTemplateReader.read(TemplateFiles.edit(TemplateFiles.template(),
                sheet -> TemplateFiles.fill(sheet, 4, values)), new QuoteReader(MAY_2024));
    }

    @Test
    void aZeroPriceIsImportedWithAWarning() {
        TemplateImport imported = withRow4(Map.of(TemplateColumn.PRICE, 0));
        assertEquals(1, imported.quotes().size());
        assertTrue(imported.problems().contains("Quote!H4: warning: price is 0: check it (a free server is unusual)"),
                imported.problems().toString());
    }

    @Test
    void anExampleRowTypedOverIsReportedNotSilentlyDropped() {
        byte[] edited = TemplateFiles.edit(TemplateFiles.template(), sheet -> {
            sheet.getRow(1).getCell(TemplateColumn.SUPPLIER.ordinal()).setCellValue("Acme Servers");
            sheet.getRow(1).getCell(TemplateColumn.PRICE.ordinal()).setCellValue(2_650_000);
        });
        TemplateImport imported = QuoteTemplateReader.read(edited, new QuoteReader(MAY_2024));
        assertEquals(1, imported.problems().size(), imported.problems().toString());
        String problem = imported.problems().get(0);
        assertTrue(problem.startsWith("Quote!AA2: this row is marked EXAMPLE") && problem.contains("\"Acme Servers\"")
                && problem.contains("remove \"EXAMPLE\""), problem);
        assertTrue(imported.hasErrors());
        // The examples as written are skipped without a word.
        assertEquals(List.of("no quotes: the Quote sheet has no filled-in rows besides the examples"),
                QuoteTemplateReader.read(TemplateFiles.template(), new QuoteReader(MAY_2024)).problems());
    }

    @Test
    void rmbAndRenminbiAreTheYuan() {
        for (String alias : List.of("RMB", "人民币", "rmb")) {
            TemplateImport imported = withRow4(Map.of(TemplateColumn.CURRENCY, alias));
            assertEquals(1, imported.quotes().size(), alias + ": " + imported.problems());
            assertEquals("CNY", ((com.computetco.domain.ServerQuote) imported.quotes().get(0)).unitPrice().currency());
        }
    }

    @Test
    void aBlankOrUnknownCurrencyIsOneMessage() {
        for (String currency : List.of("", "dollars")) {
            TemplateImport imported = withRow4(Map.of(TemplateColumn.CURRENCY, currency));
            List<String> errors = imported.issues().stream().filter(TemplateImport.TemplateProblem::error)
                    .map(Object::toString).toList();
            assertEquals(1, errors.size(), "\"" + currency + "\": " + errors);
            assertTrue(errors.get(0).startsWith("Quote!I4: "), errors.toString());
        }
    }
}
