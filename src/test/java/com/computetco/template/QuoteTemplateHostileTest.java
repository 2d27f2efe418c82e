package com.computetco.template;

import static com.computetco.template.TemplateFiles.MAY_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.io.QuoteReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks from outside are hostile until proven otherwise: each trick is refused with a message, never thrown. */
@org.junit.jupiter.api.Tag("slow")
@Timeout(60)
class QuoteTemplateHostileTest {
    private static final String SHEET = "xl/worksheets/sheet2.xml";

    private static String refusal(byte[] bytes) {
        TemplateImport imported = QuoteTemplateReader.read(bytes, new QuoteReader(MAY_2024));
        assertEquals(List.of(), imported.quotes());
        assertEquals(1, imported.problems().size(), imported.problems().toString());
        assertTrue(imported.hasErrors());
        return imported.problems().get(0);
    }

    private static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), () -> "expected \"" + expected + "\" in: " + actual);
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() {
        // 50 MB of spaces inside the sheet's XML compress over 1000:1.
        byte[] bomb = TemplateFiles.replacePart(TemplateFiles.filledWithSamples(), SHEET, (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(bomb.length < 1_000_000, "the bomb is small: " + bomb.length);
        assertContains("zip bomb", refusal(bomb));
    }

    @Test
    void aPartThatExpandsTooFarIsRefusedEvenWhenItCompressesPoorly() {
        // 17 MB of random zeros and ones compress about 6:1: no bomb by ratio, but too much to hold in memory.
        Random random = new Random(1);
        byte[] big = TemplateFiles.replacePart(TemplateFiles.template(), "xl/media/noise.txt", (original, out) -> {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                for (int j = 0; j < chunk.length; j++) {
                    chunk[j] = (byte) (random.nextBoolean() ? '1' : '0');
                }
                out.write(chunk);
            }
        });
        assertTrue(big.length < 10 * 1024 * 1024, "under the file size limit: " + big.length);
        assertContains("more than 16 MB when unpacked", refusal(big));
    }

    @Test
    void anExternalLinkIsRefused() throws IOException {
        byte[] linked;
        try (XSSFWorkbook workbook = new XSSFWorkbook(TemplateFiles.stream(TemplateFiles.filledWithSamples()));
                XSSFWorkbook other = new XSSFWorkbook()) {
            workbook.linkExternalWorkbook("prices.xlsx", other);
            workbook.getSheet("Quote").getRow(TemplateFiles.FIRST_ROW - 1)
                    .getCell(TemplateColumn.PRICE.ordinal()).setCellFormula("[1]Sheet1!A1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            linked = out.toByteArray();
        }
        assertContains("external links", refusal(linked));
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        byte[] entity = TemplateFiles.replacePart(TemplateFiles.filledWithSamples(), SHEET, (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            xml = xml.replaceFirst("<worksheet", "<!DOCTYPE x [<!ENTITY e \"boom\">]><worksheet")
                    .replace("Grey-market dealer", "&e;");
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        });
        assertContains("declares a document type or XML entities", refusal(entity));
    }

    @Test
    void aDocumentTypeTheScanCannotSeeIsStillRefusedByTheXmlParser() {
        // UTF-16 hides the declaration from the byte scan; POI's parser refuses document types itself.
        byte[] entity = TemplateFiles.replacePart(TemplateFiles.filledWithSamples(), SHEET, (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8)
                    .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                    .replaceFirst("<worksheet", "<!DOCTYPE x [<!ENTITY e \"boom\">]><worksheet")
                    .replace("Grey-market dealer", "&e;");
            out.write(xml.getBytes(StandardCharsets.UTF_16));
        });
        assertEquals("refused: the workbook's XML declares a document type or XML entities, which a workbook never "
                + "needs", refusal(entity));
    }

    @Test
    void randomBytesAreNotAWorkbook() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 1;
        assertContains("not an .xlsx workbook", refusal(noise));
    }

    @Test
    void aRenamedCsvIsNotAWorkbook() {
        assertEquals("not an .xlsx workbook: this is a text file (CSV?); fill in the .xlsx template and save it as "
                + "an Excel Workbook", refusal("kind,vendor\nserver,Dealer\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertContains("not a readable .xlsx workbook", refusal(bytes.toByteArray()));
    }

    @Test
    void aTruncatedWorkbookIsRefused() {
        byte[] whole = TemplateFiles.filledWithSamples();
        assertContains(".xlsx", refusal(java.util.Arrays.copyOf(whole, whole.length / 2)));
    }

    @Test
    void anOldXlsFileIsNamed() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertContains("Excel 97-2003 (.xls)", refusal(ole));
    }

    @Test
    void sixThousandRowsAreAnOversizedSheet() {
        byte[] tall = TemplateFiles.edit(TemplateFiles.template(), sheet -> {
            for (int r = 3; r < 6000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("server");
            }
        });
        assertEquals("refused: oversized sheet: the Quote sheet has more than 5000 rows; at most 5000 are read",
                refusal(tall));
    }

    @Test
    void sixtyOneColumnsAreAnOversizedSheet() {
        byte[] wide = TemplateFiles.edit(TemplateFiles.template(),
                sheet -> sheet.getRow(2).createCell(60).setCellValue("x"));
        assertEquals("refused: oversized sheet: row 3 of the Quote sheet uses more than 60 columns; "
                + "at most 60 are read",
                refusal(wide));
    }

    @Test
    void aFileOverTenMegabytesIsNotOpened(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.xlsx");
        byte[] template = TemplateFiles.template();
        Files.write(file, template);
        Files.write(file, new byte[11 * 1024 * 1024 - template.length], java.nio.file.StandardOpenOption.APPEND);
        TemplateImport imported = QuoteTemplateReader.read(file, new QuoteReader(MAY_2024));
        assertEquals(List.of("refused: the file is larger than 10 MB; a filled-in quote template is far smaller"),
                imported.problems());
    }

    @Test
    void aMissingFileIsAMessage(@TempDir Path dir) {
        TemplateImport imported = QuoteTemplateReader.read(dir.resolve("nope.xlsx"), new QuoteReader(MAY_2024));
        assertEquals(1, imported.problems().size());
        assertContains("cannot read the file", imported.problems().get(0));
    }

    @Test
    void aWorkbookWithoutAQuoteSheetIsNamed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
        }
        assertContains("no sheet named \"Quote\"", refusal(out.toByteArray()));
    }

    @Test
    void macrosAreRefused() {
        byte[] macro = TemplateFiles.replacePart(TemplateFiles.filledWithSamples(), "xl/vbaProject.bin",
                (original, out) -> out.write(new byte[] {1, 2, 3}));
        assertContains("macros", refusal(macro));
    }

    @Test
    void hugeTextInACellIsRefusedAtItsCell() {
        TemplateImport imported = QuoteTemplateReader.read(TemplateFiles.edit(TemplateFiles.template(),
                sheet -> TemplateFiles.fill(sheet, 4, Map.of(TemplateColumn.KIND, "rental",
                        TemplateColumn.SUPPLIER, "x".repeat(32_767), TemplateColumn.PRICE, 1,
                        TemplateColumn.CURRENCY, "CNY"))), new QuoteReader(MAY_2024));
        // Excel's own limit is 32,767; a provider's name is at most 200 characters, as in a quote file.
        assertEquals(List.of("Quote!B4: provider is too long: 32767 characters, at most 200"), imported.problems());
        assertEquals(0, imported.quotes().size());
    }
}
