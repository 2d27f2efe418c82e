package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A characterization of the cash-flow sheets recorded before {@link CashFlowSheet} was restructured: every cell
 * (address, formula or value, cached value, style index), the column widths, and the workbook's defined names. A
 * digest that changes means the sheets' content changed; if that is intended, print {@link #digest} and paste it.
 */
class CashFlowSheetDigestTest {
    private static final String V1 =
            "5b34b9f9976511d396a2003c15c4a3e812e78fdf66e881b23053438e27be43d2";
    private static final String V2 =
            "bd8c73e8efa20830a506f9737f1929f496d48451532798673f9866197a3367e4";

    @Test
    void theCashFlowSheetsOfWorkedExampleV1AreUnchanged() throws IOException {
        assertEquals(V1, digest(Scenarios.workedExample()));
    }

    @Test
    void theCashFlowSheetsOfWorkedExampleV2AreUnchanged() throws IOException {
        assertEquals(V2, digest(Scenarios.workedExampleV2()));
    }

    static String digest(Scenario scenario) throws IOException {
        byte[] bytes = RecomputedReport.render(scenario, Messages.forLocale(Locale.ENGLISH));
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            int sheets = 0;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                if (!sheet.getSheetName().startsWith("CF ")) {
                    continue;
                }
                sheets++;
                describe(sheet, text);
            }
            assertEquals(scenario.options().size(), sheets, "one cash-flow sheet per option");
            for (Name name : workbook.getAllNames()) {
                text.append("name ").append(name.getNameName()).append(' ').append(name.getSheetIndex()).append(' ')
                        .append(name.getRefersToFormula()).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(XSSFSheet sheet, StringBuilder text) {
        text.append("sheet ").append(sheet.getSheetName()).append('\n');
        int lastColumn = 0;
        for (Row row : sheet) {
            text.append("row ").append(row.getRowNum()).append(' ').append(row.getHeightInPoints()).append('\n');
            for (Cell cell : row) {
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                text.append(cell.getAddress().formatAsString()).append(' ').append(cell.getCellStyle().getIndex())
                        .append(' ');
                CellType cached = cell.getCellType();
                if (cached == CellType.FORMULA) {
                    text.append('=').append(cell.getCellFormula()).append(' ');
                    cached = cell.getCachedFormulaResultType();
                }
                switch (cached) {
                    case NUMERIC -> text.append(Double.toString(cell.getNumericCellValue()));
                    case STRING -> text.append('"').append(cell.getStringCellValue()).append('"');
                    case BOOLEAN -> text.append(cell.getBooleanCellValue());
                    default -> text.append(cached);
                }
                text.append('\n');
            }
        }
        for (int c = 0; c <= lastColumn; c++) {
            text.append("width ").append(c).append(' ').append(sheet.getColumnWidth(c)).append('\n');
        }
        text.append("merged ").append(sheet.getMergedRegions()).append('\n');
        text.append("pane ").append(sheet.getPaneInformation() == null ? "" : sheet.getPaneInformation()
                .getHorizontalSplitPosition() + "," + sheet.getPaneInformation().getVerticalSplitPosition()).append('\n');
        text.append("filter ").append(sheet.getCTWorksheet().isSetAutoFilter()
                ? sheet.getCTWorksheet().getAutoFilter().getRef() : "").append('\n');
    }
}
