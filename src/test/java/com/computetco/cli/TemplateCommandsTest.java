package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.io.QuoteReader;
import com.computetco.template.QuoteTemplateReader;
import com.computetco.template.TemplateFiles;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote template's commands: template and import-quotes. */
class TemplateCommandsTest {
    @TempDir
    Path dir;

    private final Terminal cli = new Terminal();

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void templateWritesTheWorkbook() {
        Path target = dir.resolve("request.xlsx");
        assertEquals(0, cli.run("template", "-o", target.toString(), "--lang", "zh"));
        assertEquals("wrote " + target + System.lineSeparator(), cli.out());
        assertEquals("", cli.err());
        // What it wrote reads back: nothing to import but the examples.
        assertEquals(List.of("no quotes: the Quote sheet has no filled-in rows besides the examples"),
                QuoteTemplateReader.read(target, Scenarios.quoteReader()).problems());
    }

    @Test
    void templateToAnUnwritablePathIsOneLine() {
        Path target = dir.resolve("missing-folder").resolve("request.xlsx");
        assertEquals(2, cli.run("template", "-o", target.toString()));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("compute-tco template: Cannot save "), cli.err());
    }

    @Test
    void templateUsageErrors() {
        assertEquals(64, cli.run("template"));
        assertTrue(cli.err().contains("template needs -o FILE.xlsx"), cli.err());
        assertEquals(64, cli.run("template", "-o", dir.resolve("a.xlsx").toString(), "--lang", "fr"));
        assertEquals(64, cli.run("template", "extra", "-o", dir.resolve("a.xlsx").toString()));
        assertEquals(64, cli.run("template", "-o", dir.resolve("a.xlsx").toString(), "--simulate", "3"));
    }

    @Test
    void importQuotesWritesOneQuoteFilePerRow() throws IOException {
        Path filled = TemplateFiles.save(dir, "filled.xlsx", TemplateFiles.filledWithSamples());
        Path quotes = dir.resolve("quotes");
        int code = cli.run("import-quotes", filled.toString(), "-o", quotes.toString());
        // Today the sample quotes have expired: warnings, which do not fail the import.
        assertEquals(0, code, cli.err());
        assertEquals(List.of("compute-lessor-a-h800-cluster-h800-row5.quote.json",
                "grey-market-dealer-hgx-h100-8-gpu-row4.quote.json"), files(quotes));
        assertEquals(TemplateFiles.sample("dealer-hgx-h100.quote.json"), new QuoteReader(TemplateFiles.MAY_2024)
                .read(quotes.resolve("grey-market-dealer-hgx-h100-8-gpu-row4.quote.json")).value());
        assertTrue(cli.out().contains("grey-market-dealer-hgx-h100-8-gpu-row4.quote.json (row 4)"), cli.out());
        assertTrue(cli.err().lines().allMatch(line -> line.startsWith(filled + ": Quote!Z") && line.contains("warning:")),
                cli.err());
    }

    @Test
    void importQuotesWritesTheValidRowsAndFailsOnAnInvalidOne() throws IOException {
        Path filled = TemplateFiles.save(dir, "filled.xlsx", TemplateFiles.edit(TemplateFiles.filledWithSamples(),
                (XSSFSheet sheet) -> sheet.getRow(4).getCell(7).setCellValue("abc")));
        Path quotes = dir.resolve("quotes");
        assertEquals(2, cli.run("import-quotes", filled.toString(), "-o", quotes.toString()));
        assertTrue(cli.err().contains(filled + ": Quote!H5: price must be a number, got \"abc\""), cli.err());
        assertEquals(List.of("grey-market-dealer-hgx-h100-8-gpu-row4.quote.json"), files(quotes));
    }

    @Test
    void importQuotesOfAHostileFileIsAMessage() throws IOException {
        Path noise = dir.resolve("noise.xlsx");
        Files.write(noise, new byte[] {1, 2, 3, 4, 5});
        assertEquals(2, cli.run("import-quotes", noise.toString(), "-o", dir.resolve("q").toString()));
        assertEquals(noise + ": not an .xlsx workbook: the file is not a zip archive" + System.lineSeparator(),
                cli.err());
        assertTrue(Files.notExists(dir.resolve("q")), "nothing to write, no folder made");
    }

    @Test
    void importQuotesUsageErrors() {
        assertEquals(64, cli.run("import-quotes", "a.xlsx"));
        assertTrue(cli.err().contains("import-quotes needs -o DIR"), cli.err());
        assertEquals(64, cli.run("import-quotes", "-o", dir.toString()));
        assertEquals(64, cli.run("import-quotes", "a.xlsx", "b.xlsx", "-o", dir.toString()));
    }

    @Test
    void bothCommandsAreListed() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("template"), cli.out());
        assertTrue(cli.out().contains("import-quotes"), cli.out());
        assertEquals(0, cli.run("import-quotes", "--help"));
        assertTrue(cli.out().startsWith("usage: compute-tco import-quotes FILE.xlsx -o DIR"), cli.out());
    }

    @Test
    void slugsKeepLettersOfAnyScript() {
        assertEquals("华为-atlas-800t-a2", com.computetco.io.QuoteImportBatch.slug("华为 Atlas 800T A2"));
        assertEquals("quote", com.computetco.io.QuoteImportBatch.slug("—/—"));
        assertEquals(60, com.computetco.io.QuoteImportBatch.slug("x".repeat(100)).length());
    }
}
