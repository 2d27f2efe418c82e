package com.computetco.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes cells into one sheet and keeps an estimate of each column's width from what was written, so that
 * the columns fit without POI's slow autoSizeColumn (which measures every cell with AWT fonts).
 */
final class SheetWriter {
    /** Width in characters that a number cell needs in the usual formats. */
    static final int NUMBER_WIDTH = 12;
    static final int MONEY_WIDTH = 18;
    static final int AMOUNT_WIDTH = 15;

    /** Header and footer codes: page number, number of pages, sheet name, print date. */
    static final String PAGE_CODE = "&P";
    static final String PAGES_CODE = "&N";
    static final String SHEET_NAME_CODE = "&A";
    static final String DATE_CODE = "&D";

    private final XSSFSheet sheet;
    private final Map<Integer, Integer> widths = new HashMap<>();

    SheetWriter(XSSFSheet sheet) {
        this.sheet = sheet;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    Cell cell(int row, int column, CellStyle style) {
        Row r = row(row);
        Cell cell = r.getCell(column);
        if (cell == null) {
            cell = r.createCell(column);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Text; counts towards the column's width unless {@code measure} is false (titles, wrapped labels). */
    Cell text(int row, int column, String text, CellStyle style, boolean measure) {
        Cell cell = cell(row, column, style);
        cell.setCellValue(text);
        if (measure) {
            widen(column, displayWidth(text));
        }
        return cell;
    }

    Cell text(int row, int column, String text, CellStyle style) {
        return text(row, column, text, style, true);
    }

    Cell number(int row, int column, double value, CellStyle style, int width) {
        Cell cell = cell(row, column, style);
        cell.setCellValue(value);
        widen(column, width);
        return cell;
    }

    Cell bool(int row, int column, boolean value, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellValue(value);
        widen(column, 6);
        return cell;
    }

    Cell date(int row, int column, LocalDate value, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellValue(value);
        widen(column, 11);
        return cell;
    }

    /**
     * A formula with its cached value (a Double, a String or a Boolean; null for none), written straight into the
     * cell's XML: POI's setCellFormula parses every formula to check it, which for a 10 × 240 report costs
     * seconds. The tests recompute every formula with a fresh evaluator instead.
     */
    Cell formula(int row, int column, String formula, Object cached, CellStyle style, int width) {
        XSSFCell cell = (XSSFCell) cell(row, column, style);
        CTCell ct = cell.getCTCell();
        CTCellFormula f = ct.isSetF() ? ct.getF() : ct.addNewF();
        f.setStringValue(formula);
        if (cached instanceof Number number && Double.isFinite(number.doubleValue())) {
            if (ct.isSetT()) {
                ct.unsetT();
            }
            ct.setV(String.valueOf(number.doubleValue()));
        } else if (cached instanceof String string) {
            ct.setT(STCellType.STR);
            ct.setV(string);
        } else if (cached instanceof Boolean bool) {
            ct.setT(STCellType.B);
            ct.setV(bool ? "1" : "0");
        } else if (ct.isSetV()) {
            ct.unsetV();
        }
        widen(column, width);
        return cell;
    }

    void widen(int column, int characters) {
        widths.merge(column, characters, Math::max);
    }

    /** Sets every measured column's width, within [min, max] characters, plus a little padding. */
    void fitColumns(int min, int max) {
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
            int chars = Math.max(min, Math.min(max, e.getValue() + 2));
            sheet.setColumnWidth(e.getKey(), chars * 256);
        }
    }

    void width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    /** Landscape, one page wide, the scenario's name in the header and page numbers in the footer. */
    void printSetup(String scenarioName, String pageText) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        sheet.getHeader().setLeft(escape(scenarioName));
        sheet.getHeader().setRight(SHEET_NAME_CODE);
        sheet.getFooter().setCenter(pageText.replace("{0}", PAGE_CODE).replace("{1}", PAGES_CODE));
        sheet.getFooter().setLeft(DATE_CODE);
    }

    /** An ampersand starts a code in headers and footers: a literal one is doubled. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }

    /** Characters on screen: CJK and full-width forms take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6));
    }
}
