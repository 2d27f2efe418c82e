package com.computetco.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes cells into one sheet and keeps an estimate of each column's width from what was written, so that
 * the columns fit without POI's slow autoSizeColumn (which measures every cell with AWT fonts).
 */
public final class SheetWriter {
    /** Width in characters that a number cell needs in the usual formats. */
    static final int NUMBER_WIDTH = 12;
    static final int MONEY_WIDTH = 18;
    static final int AMOUNT_WIDTH = 15;

    /** Header and footer codes: page number, number of pages, sheet name, print date. */
    static final String PAGE_CODE = "&P";
    static final String PAGES_CODE = "&N";
    static final String SHEET_NAME_CODE = "&A";
    static final String DATE_CODE = "&D";

    /**
     * The smallest print scale: the report's smallest type is 11 pt, and 11 pt at 85 % prints at about 9.4 pt, above
     * the 8 pt a reader needs on paper even after LibreOffice's font substitution.
     */
    static final int MIN_SCALE_PCT = 85;
    /** A4 landscape, 297 mm, less the margins set below (0.5 inch each side), in points. */
    static final double PRINTABLE_WIDTH_PT = 841.9 - 2 * 36;
    /** The width of a digit of the report's type (Arial 11 pt), in points. */
    static final double CHAR_POINTS = 6.12;

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private final XSSFSheet sheet;
    private final Map<Integer, Integer> widths = new HashMap<>();
    /** Widths that figures need: never capped, so that the largest figure a column holds never shows as ###. */
    private final Map<Integer, Integer> figureWidths = new HashMap<>();
    private int repeatColumns;
    private int repeatFirstRow = -1;
    private int repeatLastRow = -1;

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
        fitFigure(column, value, cell.getCellStyle());
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
        if (cached instanceof Number number) {
            fitFigure(column, number.doubleValue(), cell.getCellStyle());
        }
        return cell;
    }

    void widen(int column, int characters) {
        widths.merge(column, characters, Math::max);
    }

    /**
     * Makes room for a figure as its cell's format shows it, with two characters of headroom (bold type, a minus
     * sign after an edit). Large figures only: small ones fit the column's usual width anyway, and
     * formatting every monthly cell would cost time for nothing.
     */
    private void fitFigure(int column, double value, CellStyle style) {
        if (!Double.isFinite(value) || Math.abs(value) < 1e5 || style == null) {
            return;
        }
        String shown = FORMATTER.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
        int chars = displayWidth(shown) + 3;
        figureWidths.merge(column, chars, Math::max);
    }

    /** Sets every measured column's width, within [min, max] characters, plus a little padding; figures fit whole. */
    void fitColumns(int min, int max) {
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
            int chars = Math.max(min, Math.min(max, e.getValue() + 2));
            chars = Math.max(chars, figureWidths.getOrDefault(e.getKey(), 0));
            sheet.setColumnWidth(e.getKey(), chars * 256);
        }
    }

    /** The first {@code count} columns (the row labels) print on every page when the sheet prints several wide. */
    void repeatColumns(int count) {
        this.repeatColumns = count;
    }

    /** These rows (the column headers) print at the top of every page. */
    void repeatRows(int first, int last) {
        this.repeatFirstRow = first;
        this.repeatLastRow = last;
    }

    /** Columns 0, 1, ... at these widths, or wider where a figure written into them needs more. */
    void widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            widths.put(c, characters[c]);
            sheet.setColumnWidth(c, Math.max(characters[c], figureWidths.getOrDefault(c, 0)) * 256);
        }
    }

    void width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    /**
     * Landscape A4, the scenario's name in the header, the export date (ISO) and page numbers in the footer. One
     * page wide when that keeps the type at {@link #MIN_SCALE_PCT} % or more; otherwise at that scale, several pages
     * wide, the row labels and headers repeated on each page. The print area is the used range, so that no blank
     * page follows.
     */
    void printSetup(String scenarioName, String pageText, LocalDate date) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.75);
        sheet.setMargin(Sheet.BottomMargin, 0.75);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        int lastColumn = lastColumn();
        fitOrRepeat(sheet, lastColumn, repeatColumns, repeatFirstRow, repeatLastRow);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        int lastRow = Math.max(0, sheet.getLastRowNum());
        Workbook workbook = sheet.getWorkbook();
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, Math.max(0, lastColumn), 0, lastRow);
        sheet.getHeader().setLeft(escape(scenarioName));
        sheet.getHeader().setRight(SHEET_NAME_CODE);
        sheet.getFooter().setCenter(pageText.replace("{0}", PAGE_CODE).replace("{1}", PAGES_CODE));
        // The export date as text, ISO: the &D code prints the viewer's locale format (11/29/2026).
        sheet.getFooter().setLeft(date.toString());
    }

    /**
     * One page wide when columns 0..lastColumn fit at {@link #MIN_SCALE_PCT} % or more; otherwise at that scale,
     * several pages wide, the first {@code repeatColumns} columns (row labels) on every page. Rows
     * {@code firstRow..lastRow} (the headers; -1 for none) print at the top of every page. Shared with the vendor
     * template, whose sheets must print legibly too.
     */
    public static void fitOrRepeat(XSSFSheet sheet, int lastColumn, int repeatColumns, int firstRow, int lastRow) {
        PrintSetup print = sheet.getPrintSetup();
        boolean fits = new SheetWriter(sheet).fitsOnePageWide(lastColumn);
        sheet.setFitToPage(fits);
        if (fits) {
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        } else {
            print.setScale((short) MIN_SCALE_PCT);
            if (repeatColumns > 0) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeatColumns - 1));
            }
        }
        if (firstRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
        }
    }

    /** The last column with content or a set width, charts included. */
    private int lastColumn() {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        for (int column : widths.keySet()) {
            last = Math.max(last, column);
        }
        if (sheet.getDrawingPatriarch() != null) {
            for (var shape : sheet.getDrawingPatriarch().getShapes()) {
                if (shape.getAnchor() instanceof org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor) {
                    last = Math.max(last, anchor.getCol2() - (anchor.getDx2() == 0 ? 1 : 0));
                }
            }
        }
        return last;
    }

    /** Whether columns 0..last, scaled to the page's width, keep at least {@link #MIN_SCALE_PCT} %. */
    boolean fitsOnePageWide(int last) {
        return widthInPoints(last) * MIN_SCALE_PCT / 100.0 <= PRINTABLE_WIDTH_PT;
    }

    /**
     * The printed width of columns 0..last at 100 %: a column's width counts digits of the default font (Arial 11 pt,
     * about 6.1 pt each) plus a little padding.
     */
    double widthInPoints(int last) {
        double points = 0;
        for (int c = 0; c <= last; c++) {
            if (!sheet.isColumnHidden(c)) {
                points += sheet.getColumnWidth(c) / 256.0 * CHAR_POINTS + 4;
            }
        }
        return points;
    }

    /** An ampersand starts a code in headers and footers: a literal one is doubled. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }

    /**
     * A column header with its unit on a line of its own: "Payback\n(months)". Wrapping by itself broke inside
     * the parentheses of narrow columns and left a lone ")" or "）" on the last line.
     */
    static String header(String label) {
        int open = Math.max(label.lastIndexOf(" ("), label.lastIndexOf('（'));
        if (open <= 0 || !(label.endsWith(")") || label.endsWith("）"))) {
            return label;
        }
        String unit = label.substring(open).strip();
        return label.substring(0, open).strip() + "\n" + unit;
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
