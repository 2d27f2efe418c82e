package com.computetco.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, made once each (a workbook holds at most 64,000). Inputs a reviewer may change
 * are shaded, so that they stand out from the formulas.
 */
final class ReportStyles {
    /** What a cell holds, which decides its number format. */
    enum Kind {
        TEXT(null),
        MONEY(null),
        /** Money in a wide table whose title names the currency: 1,234.56. */
        AMOUNT("#,##0.00"),
        PERCENT("0.00%"),
        MONTHS("0.00"),
        INTEGER("0"),
        NUMBER("#,##0.######"),
        FACTOR("0.000000000"),
        DATE("yyyy-mm-dd"),
        BOOLEAN(null);

        private final String format;

        Kind(String format) {
            this.format = format;
        }
    }

    private final XSSFWorkbook workbook;
    private final String baseCurrency;
    private final Font bold;
    private final Font titleFont;
    private final Font monoFont;
    private final Map<String, CellStyle> cache = new HashMap<>();

    ReportStyles(XSSFWorkbook workbook, String baseCurrency) {
        this.workbook = workbook;
        this.baseCurrency = baseCurrency;
        bold = workbook.createFont();
        bold.setBold(true);
        titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        monoFont = workbook.createFont();
        monoFont.setFontName("Courier New");
    }

    /** A money format in the given currency: 1,234.56 CNY. */
    static String moneyFormat(String currency) {
        return "#,##0.00\" " + currency + "\"";
    }

    CellStyle value(Kind kind, boolean input) {
        return value(kind, baseCurrency, input);
    }

    /** A value cell; money in the named currency. */
    CellStyle value(Kind kind, String currency, boolean input) {
        String key = "v|" + kind + "|" + currency + "|" + input;
        return cache.computeIfAbsent(key, k -> {
            CellStyle style = workbook.createCellStyle();
            String format = kind == Kind.MONEY ? moneyFormat(currency) : kind.format;
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            if (kind == Kind.BOOLEAN) {
                style.setAlignment(HorizontalAlignment.CENTER);
            } else if (kind != Kind.TEXT && kind != Kind.DATE) {
                // Figures right-aligned, and so the "—" of an undefined figure beside them.
                style.setAlignment(HorizontalAlignment.RIGHT);
            }
            if (input) {
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                thinBorder(style);
            }
            return style;
        });
    }

    /** A figure in bold (totals, the key results). */
    CellStyle strong(Kind kind) {
        return cache.computeIfAbsent("s|" + kind, k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(value(kind, false));
            style.setFont(bold);
            return style;
        });
    }

    CellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            return style;
        });
    }

    /** A small wrapped label above a parameter or result cell. */
    CellStyle label() {
        return cache.computeIfAbsent("label", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.BOTTOM);
            style.setFont(bold);
            return style;
        });
    }

    CellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(titleFont);
            return style;
        });
    }

    CellStyle boldText() {
        return cache.computeIfAbsent("bold", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            return style;
        });
    }

    CellStyle wrapped() {
        return cache.computeIfAbsent("wrap", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    CellStyle wrappedBold() {
        return cache.computeIfAbsent("wrapBold", k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(wrapped());
            style.setFont(bold);
            return style;
        });
    }

    CellStyle code() {
        return cache.computeIfAbsent("code", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(monoFont);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setWrapText(true);
            return style;
        });
    }

    CellStyle heading() {
        return cache.computeIfAbsent("heading", k -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 12);
            style.setFont(font);
            return style;
        });
    }

    /** A figure in an explicit number format (the Risk sheet's values in their own units), right-aligned. */
    CellStyle format(String format) {
        return cache.computeIfAbsent("f|" + format, k -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        });
    }

    /** A link to another sheet: blue and underlined, as spreadsheets show links. */
    CellStyle link() {
        return cache.computeIfAbsent("link", k -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setUnderline(Font.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
            style.setFont(font);
            return style;
        });
    }

    private static void thinBorder(CellStyle style) {
        style.setBorderBottom(BorderStyle.HAIR);
        style.setBorderTop(BorderStyle.HAIR);
        style.setBorderLeft(BorderStyle.HAIR);
        style.setBorderRight(BorderStyle.HAIR);
        style.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    }
}
