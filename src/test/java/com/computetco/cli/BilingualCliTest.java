package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang zh} names the scenario and options by their Chinese names; JSON keeps the file's names. */
class BilingualCliTest {
    @TempDir
    static Path dir;
    private static Path named;

    private final Terminal cli = new Terminal();

    @BeforeAll
    static void writeFixture() throws IOException {
        String json;
        json = new String(Scenarios.workedExampleBytes(), StandardCharsets.UTF_8);
        json = json.replace("\"label\": \"Leased H800 capacity\"",
                "\"label\": \"Leased H800 capacity\", \"labelZh\": \"租用 H800 算力\"");
        named = dir.resolve("named.scenario.json");
        Files.writeString(named, json);
    }

    @Test
    void theChineseTableUsesTheChineseLabel() {
        assertEquals(0, cli.run("evaluate", named.toString(), "--format", "table", "--lang", "zh"));
        String table = cli.out();
        assertTrue(table.contains("租用 H800 算力"), table);
        assertFalse(table.contains("Leased H800 capacity"), table);
    }

    @Test
    void theEnglishTableAndJsonKeepTheEnglishLabel() {
        assertEquals(0, cli.run("evaluate", named.toString(), "--format", "table", "--lang", "en"));
        assertTrue(cli.out().contains("Leased H800 capacity"));
        assertFalse(cli.out().contains("租用"));
        assertEquals(0, cli.run("evaluate", named.toString(), "--format", "json", "--lang", "zh"));
        assertFalse(cli.out().contains("租用"));
    }

    @Test
    void theChineseReportNamesTheOptionInChinese() throws IOException {
        Path report = dir.resolve("named-zh.xlsx");
        assertEquals(0, cli.run("report", named.toString(), "-o", report.toString(), "--lang", "zh"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(report))) {
            boolean found = false;
            for (var row : workbook.getSheet("摘要")) {
                for (var cell : row) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().contains("租用 H800 算力");
                }
            }
            assertTrue(found, "the Chinese label on the summary sheet");
        }
    }
}
