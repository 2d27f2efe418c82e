package com.computetco.report;

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
public final class ReportStyles {
    /** What a cell holds, which decides its number format. */
    enum Kind {
        TEXT(null),
        MONEY(null),
        /** Money in a wide table whose title names the currency: 1,234 (no cents: the figures are thousands up). */
        AMOUNT("#,##0"),
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

    /**
     * Money in 万 (one decimal) for Chinese readers who chose 万/亿: "4388.2万". The literal point between two digit
     * placeholders and the thousands scaling are the classic spreadsheet trick; Excel and LibreOffice both read
     * "\." (LibreOffice does not read Excel's "!." escape), and only all-万 keeps negatives right in both (a
     * conditional 亿 section loses the minus sign in LibreOffice).
     */
    static final String WAN_FORMAT = "0\\.0,\"万\";-0\\.0,\"万\";0";

    private final XSSFWorkbook workbook;
    private final String baseCurrency;
    private final boolean chineseUnits;
    private final Font bold;
    private final Font titleFont;
    private final Font monoFont;
    private final Map<String, CellStyle> cache = new HashMap<>();

    ReportStyles(XSSFWorkbook workbook, String baseCurrency) {
        this(workbook, baseCurrency, false);
    }

    /** @param chineseUnits computed amounts in 万 (the window's 万/亿 setting, for Chinese reports) */
    ReportStyles(XSSFWorkbook workbook, String baseCurrency, boolean chineseUnits) {
        this.workbook = workbook;
        this.baseCurrency = baseCurrency;
        this.chineseUnits = chineseUnits;
        // One family, 11 pt at the least, everywhere: Arial prints with the same widths wherever the workbook is
        // opened (Liberation Sans on Linux), so the column widths and the print scale computed here hold on paper.
        Font normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) FONT_POINTS);
        bold = font(true, FONT_POINTS);
        titleFont = font(true, 14);
        monoFont = workbook.createFont();
        monoFont.setFontName("Courier New");
        monoFont.setFontHeightInPoints((short) FONT_POINTS);
    }

    /** The report's type: see {@link SheetWriter#MIN_SCALE_PCT} for the printed size. */
    public static final String FONT = "Arial";
    public static final int FONT_POINTS = 11;

    private Font font(boolean isBold, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(isBold);
        return font;
    }

    /** A money format in the given currency: 1,234 CNY (no cents on figures of thousands and more). */
    static String moneyFormat(String currency) {
        return "#,##0\" " + currency + "\"";
    }

    /** The number format of a computed figure of this kind. */
    private String formatOf(Kind kind, String currency) {
        if (chineseUnits && (kind == Kind.MONEY || kind == Kind.AMOUNT)) {
            return kind == Kind.MONEY ? WAN_FORMAT.replace("\"万\"", "\"万 " + currency + "\"") : WAN_FORMAT;
        }
        return kind == Kind.MONEY ? moneyFormat(currency) : kind.format;
    }

    boolean chineseUnits() {
        return chineseUnits;
    }

    /**
     * An input as typed, with its significant digits (0.158522 stays 0.158522, 2,700,000 shows no decimals): a
     * reviewer must see the value the figures use. For {@link Kind#PERCENT}, {@code value} is the percentage as
     * the scenario gives it (8.5 for 8.5 %); it shows at least two decimals.
     */
    CellStyle input(Kind kind, java.math.BigDecimal value) {
        int places = Math.max(0, value.stripTrailingZeros().scale());
        String format;
        if (kind == Kind.PERCENT) {
            int pct = Math.max(2, places);
            format = "0." + "0".repeat(pct) + "%";
        } else {
            format = places == 0 ? "#,##0" : "#,##0." + "0".repeat(Math.min(places, 10));
        }
        CellStyle base = value(Kind.NUMBER, true);
        return cache.computeIfAbsent("in|" + format, k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    CellStyle value(Kind kind, boolean input) {
        return value(kind, baseCurrency, input);
    }

    /** A value cell; money in the named currency. */
    CellStyle value(Kind kind, String currency, boolean input) {
        String key = "v|" + kind + "|" + currency + "|" + input;
        return cache.computeIfAbsent(key, k -> {
            CellStyle style = workbook.createCellStyle();
            String format = formatOf(kind, currency);
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
        CellStyle base = value(kind, false);
        return cache.computeIfAbsent("s|" + kind, k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
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

    /** Wrapped text aligned with the figures beside it (bottom), for labels in table rows. */
    CellStyle wrappedBottom() {
        return cache.computeIfAbsent("wrapBottom", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.BOTTOM);
            return style;
        });
    }

    /** A date on the left, as the text lines around it. */
    CellStyle leftDate() {
        CellStyle base = value(Kind.DATE, false);
        return cache.computeIfAbsent("dateLeft", k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setAlignment(HorizontalAlignment.LEFT);
            return style;
        });
    }

    CellStyle wrappedBold() {
        CellStyle base = wrapped();
        return cache.computeIfAbsent("wrapBold", k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
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
            style.setFont(font(true, 12));
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

    /** A warning beside a figure (an expired quote): bold dark red. */
    CellStyle warning() {
        return cache.computeIfAbsent("warning", k -> {
            CellStyle style = workbook.createCellStyle();
            Font font = font(true, FONT_POINTS);
            font.setColor(IndexedColors.DARK_RED.getIndex());
            style.setFont(font);
            return style;
        });
    }

    /** A link to another sheet: blue and underlined, as spreadsheets show links. */
    CellStyle link() {
        return cache.computeIfAbsent("link", k -> {
            CellStyle style = workbook.createCellStyle();
            Font font = font(false, FONT_POINTS);
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
