package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --view pretax|aftertax}: the Summary's ranking view, after tax by default with a tax block. */
class ReportViewCommandTest {
    @TempDir
    static Path dir;
    private static Path v1;
    private static Path v2;

    private final Terminal cli = new Terminal();

    @BeforeAll
    static void copyFixtures() throws IOException {
        v1 = copy("worked-example.json");
        v2 = copy("worked-example-v2.json");
    }

    private static Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        return Scenarios.write(target, Scenarios.resource(name));
    }

    /** The Summary's total-cost header, which names the view. */
    private static String totalHeader(Path report) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
            return workbook.getSheet("Summary").getRow(9).getCell(6).getStringCellValue();
        }
    }

    @Test
    void aScenarioWithATaxBlockIsRankedAfterTaxByDefaultAndPreTaxOnRequest() throws IOException {
        Path byDefault = dir.resolve("default.xlsx");
        assertEquals(0, cli.run("report", v2.toString(), "-o", byDefault.toString(), "--lang", "en"), cli.err());
        assertTrue(totalHeader(byDefault).contains("after tax"), totalHeader(byDefault));
        Path preTax = dir.resolve("pretax.xlsx");
        assertEquals(0, cli.run("report", v2.toString(), "-o", preTax.toString(), "--lang", "en", "--view", "pretax"),
                cli.err());
        assertFalse(totalHeader(preTax).contains("after tax"), totalHeader(preTax));
    }

    @Test
    void anUnknownViewAndTheAfterTaxViewWithoutATaxBlockAreUsageErrors() {
        Path target = dir.resolve("refused.xlsx");
        assertEquals(64, cli.run("report", v2.toString(), "-o", target.toString(), "--view", "sideways"));
        assertTrue(cli.err().contains("pretax or aftertax"));
        assertEquals(64, cli.run("report", v1.toString(), "-o", target.toString(), "--view", "aftertax"));
        assertTrue(cli.err().contains("tax block"));
        assertFalse(Files.exists(target));
    }
}
