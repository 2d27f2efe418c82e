package com.computetco.cli;

import static com.computetco.i18n.ProblemMessages.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.io.QuoteProvenance;
import com.computetco.template.TemplateFiles;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-importing a vendor's workbook: provenance kept, the same row updates its file, a changed price reported. */
class ImportQuotesBatchTest {
    @TempDir
    Path dir;

    private final Terminal cli = new Terminal();

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] withPrice(double price) {
        return TemplateFiles.edit(TemplateFiles.filledWithSamples(),
                sheet -> sheet.getRow(3).getCell(7 /* H, the price */).setCellValue(price));
    }

    @Test
    void reimportingUpdatesTheSameFilesAndReportsAChangedPrice() throws IOException {
        Path workbook = TemplateFiles.save(dir, "vendor.xlsx", TemplateFiles.filledWithSamples());
        Path quotes = dir.resolve("quotes");
        // The samples expired in 2024: warnings only, so the exit code is 0 either way.
        cli.run("import-quotes", workbook.toString(), "-o", quotes.toString());
        List<String> first = files(quotes);
        assertEquals(2, first.size(), first.toString());
        Path row4 = quotes.resolve(first.stream().filter(n -> n.contains("row4")).findFirst().orElseThrow());
        QuoteProvenance provenance = QuoteProvenance.read(row4).orElseThrow();
        assertEquals(workbook.toAbsolutePath().toString(), provenance.workbook());
        assertEquals(4, provenance.row());
        assertEquals(LocalDate.now(), provenance.importedOn());
        assertTrue(Scenarios.quoteReader().read(row4).problems().stream().noneMatch(p -> english(p).contains("unknown")),
                "the provenance is not an unknown field");

        cli.run("import-quotes", workbook.toString(), "-o", quotes.toString());
        assertTrue(cli.out().contains("unchanged " + row4 + " (row 4)"), cli.out());
        assertEquals(first, files(quotes), "no duplicate, no backup of an unchanged quote");

        Files.write(workbook, withPrice(2650000));
        cli.run("import-quotes", workbook.toString(), "-o", quotes.toString());
        assertTrue(cli.out().contains("updated " + row4 + " (row 4): price 2700000 CNY → 2650000 CNY"), cli.out());
        assertTrue(Files.exists(quotes.resolve(row4.getFileName() + ".bak")));
        assertEquals(3, files(quotes).size(), files(quotes).toString());
    }

    @Test
    void aFileOfTheSameNameNotMadeFromThisRowIsNeverReplaced() throws IOException {
        Path workbook = TemplateFiles.save(dir, "vendor.xlsx", TemplateFiles.filledWithSamples());
        Path quotes = dir.resolve("quotes");
        cli.run("import-quotes", workbook.toString(), "-o", quotes.toString());
        String row4 = files(quotes).stream().filter(n -> n.contains("row4")).findFirst().orElseThrow();
        // Another vendor's workbook, the same vendor and model in its row 4.
        Path other = TemplateFiles.save(dir, "other.xlsx", withPrice(2500000));
        byte[] before = Files.readAllBytes(quotes.resolve(row4));
        cli.run("import-quotes", other.toString(), "-o", quotes.toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(quotes.resolve(row4)));
        String renamed = row4.replace(".quote.json", "-2.quote.json");
        assertTrue(files(quotes).contains(renamed), files(quotes).toString());
        assertFalse(files(quotes).stream().anyMatch(n -> n.endsWith(".bak")));
    }

    @Test
    void langZhGivesChineseMessages() throws IOException {
        Path workbook = TemplateFiles.save(dir, "vendor.xlsx", TemplateFiles.filledWithSamples());
        cli.run("import-quotes", workbook.toString(), "-o", dir.resolve("q").toString(), "--lang", "zh");
        assertTrue(cli.out().contains("已写入 ") && cli.out().contains("（第 4 行）"), cli.out());
        String errors = cli.err();
        assertTrue(errors.contains("Quote!Z4：警告：有效期至：报价已于 2024-06-17 过期"), errors);
    }
}
