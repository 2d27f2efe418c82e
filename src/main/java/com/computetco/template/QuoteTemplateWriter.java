package com.computetco.template;

import com.computetco.i18n.Messages;
import com.computetco.io.AtomicFiles;
import com.computetco.report.ReportStyles;
import com.computetco.report.SheetWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The vendor quote template of "Request a quote…": an Instructions sheet (English and Chinese side by side) and a
 * Quote sheet with one row per offer, a bilingual header, drop-down lists and number checks, and two example rows
 * that {@link QuoteTemplateReader} skips. Only the header is locked; every input cell is open.
 *
 * <p>The instructions are bilingual whatever the language: the {@link Messages} given only decides which language
 * comes first. Thread-safe: each call builds its own workbook.
 */
public final class QuoteTemplateWriter {
    static {
        TemplateLimits.quietPoiLogging();
    }

    /** The sheet the vendor fills in; problems are reported as {@code Quote!H7}. */
    public static final String QUOTE_SHEET = "Quote";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    /** Every example row's Source starts with this word; the reader skips such rows. */
    public static final String EXAMPLE_MARK = "EXAMPLE";
    /** Currencies offered in the drop-down; any other three-letter code is accepted after a warning. */
    static final String[] CURRENCIES = {"CNY", "USD", "EUR", "HKD", "JPY", "SGD"};
    static final String SEPARATOR = " / ";

    private QuoteTemplateWriter() {
    }

    /**
     * Writes the template to {@code target} atomically: on failure the previous file, if any, is left as it was.
     *
     * @param messages which language the instructions show first
     * @throws IOException naming the file and the reason
     */
    public static void write(Path target, Messages messages) throws IOException {
        AtomicFiles.write(target, render(messages), true); // the replaced file stays as NAME.bak
    }

    /** The template as .xlsx bytes. */
    public static byte[] render(Messages messages) {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        Messages first = messages.isChinese() ? chinese : english;
        Messages second = messages.isChinese() ? english : chinese;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // Arial 11, as the report: the same widths wherever it is opened, so the print scale computed holds.
            workbook.getFontAt(0).setFontName(ReportStyles.FONT);
            workbook.getFontAt(0).setFontHeightInPoints((short) ReportStyles.FONT_POINTS);
            Styles styles = new Styles(workbook);
            XSSFSheet instructions = workbook.createSheet(INSTRUCTIONS_SHEET);
            XSSFSheet quote = workbook.createSheet(QUOTE_SHEET);
            writeInstructions(instructions, styles, first, second);
            writeQuoteSheet(quote, styles, first, second, english, chinese);
            printLegibly(instructions, 2, 0, -1);
            printLegibly(quote, TemplateColumn.values().length - 1, 2, 0);
            workbook.setActiveSheet(0);
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            core.setTitle(english.get("template.title") + SEPARATOR + chinese.get("template.title"));
            core.setCreator("Compute TCO");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A4 landscape, one page wide where the type stays at 85 % or more (the instructions: both languages side by
     * side), else several pages wide with the first columns and the header row on every page (the quote table).
     * "One page wide" printed the quote table at 2.9 pt.
     */
    private static void printLegibly(XSSFSheet sheet, int lastColumn, int repeatColumns, int headerRow) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.5);
        SheetWriter.fitOrRepeat(sheet, lastColumn, repeatColumns, headerRow, headerRow);
    }

    /** The column's header: both languages, the chosen one first; the reader accepts either part. */
    static String header(TemplateColumn column, Messages first, Messages second) {
        return first.get("template.column." + column.key()) + SEPARATOR + second.get("template.column." + column.key());
    }

    private static void writeInstructions(XSSFSheet sheet, Styles styles, Messages first, Messages second) {
        int[] widths = {30, 62, 52};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        r = pair(sheet, r, styles.title, styles.title, null, first.get("template.title"),
                second.get("template.title"), widths);
        r = pair(sheet, r, styles.wrapped, styles.wrapped, null, first.get("template.subtitle"),
                second.get("template.subtitle"), widths);
        r++;
        r = pair(sheet, r, styles.heading, styles.heading, null, first.get("template.heading.howTo"),
                second.get("template.heading.howTo"), widths);
        for (int i = 1; first.has("template.topic." + i); i++) {
            r = pair(sheet, r, styles.wrapped, styles.heading, first.get("template.topic." + i) + "\n"
                    + second.get("template.topic." + i), first.get("template.text." + i),
                    second.get("template.text." + i), widths);
        }
        r++;
        r = pair(sheet, r, styles.heading, styles.heading, null, first.get("template.heading.columns"),
                second.get("template.heading.columns"), widths);
        for (TemplateColumn column : TemplateColumn.values()) {
            int at = r;
            r = pair(sheet, r, styles.wrapped, styles.heading, header(column, first, second),
                    first.get("template.note." + column.key()), second.get("template.note." + column.key()), widths);
            if (column.requiredForSome()) {
                sheet.getRow(at).getCell(0).setCellStyle(styles.requiredHeader);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** One row: an optional label in A, the first language in B, the second in C; its height fits the text. */
    private static int pair(XSSFSheet sheet, int r, CellStyle style, CellStyle labelStyle, String label,
            String firstText, String secondText, int[] widths) {
        XSSFRow row = sheet.createRow(r);
        String[] texts = {label, firstText, secondText};
        int lines = 1;
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                XSSFCell cell = row.createCell(c);
                cell.setCellValue(texts[c]);
                cell.setCellStyle(c == 0 ? labelStyle : style);
                lines = Math.max(lines, lines(texts[c], widths[c]));
            }
        }
        float lineHeight = style.getFontIndex() == 0 ? 15f : sheet.getWorkbook().getFontAt(style.getFontIndex())
                .getFontHeightInPoints() * 1.4f;
        // A little more than the lines need: bold labels and CJK glyphs render taller than the estimate.
        row.setHeightInPoints(lines * Math.max(15f, lineHeight) + 4f);
        return r + 1;
    }

    /** Lines a wrapped text needs in a column of {@code width} characters; a Chinese character is two wide. */
    static int lines(String text, int width) {
        int total = 0;
        for (String line : text.split("\n", -1)) {
            int chars = 0;
            for (int i = 0; i < line.length(); i++) {
                chars += line.charAt(i) >= 0x2E80 ? 2 : 1;
            }
            // Wrapping breaks at spaces, so a line holds a little less than the full width.
            total += Math.max(1, (int) Math.ceil(chars / (width * 0.92)));
        }
        return total;
    }

    private static void writeQuoteSheet(XSSFSheet sheet, Styles styles, Messages first, Messages second,
            Messages english, Messages chinese) {
        XSSFRow header = sheet.createRow(0);
        int headerLines = 1;
        for (TemplateColumn column : TemplateColumn.values()) {
            int c = column.ordinal();
            sheet.setColumnWidth(c, column.width() * 256);
            sheet.setDefaultColumnStyle(c, styles.input.get(column.type()));
            XSSFCell cell = header.createCell(c);
            String text = header(column, first, second);
            cell.setCellValue(text);
            cell.setCellStyle(column.requiredForSome() ? styles.requiredHeader : styles.header);
            headerLines = Math.max(headerLines, lines(text, column.width()));
        }
        header.setHeightInPoints(headerLines * 15f + 2f);
        String example = english.get("template.example") + SEPARATOR + chinese.get("template.example");
        exampleRow(sheet.createRow(1), styles, serverExample(example));
        exampleRow(sheet.createRow(2), styles, rentalExample(example));
        validations(sheet, first, second);
        sheet.createFreezePane(2, 1);
        // Only the header is locked: vendors may format, insert, delete and sort rows, but not break the header.
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
        sheet.lockInsertColumns(true);
        sheet.lockDeleteColumns(true);
    }

    /** The example rows as written, without their Source: the reader tells an example typed over from an intact one. */
    static List<Map<TemplateColumn, Object>> examples() {
        return List.of(serverExample(null), rentalExample(null));
    }

    private static Map<TemplateColumn, Object> serverExample(String source) {
        Map<TemplateColumn, Object> v = new EnumMap<>(TemplateColumn.class);
        v.put(TemplateColumn.KIND, TemplateColumn.SERVER);
        v.put(TemplateColumn.SUPPLIER, "Example Server Co.");
        v.put(TemplateColumn.MODEL, "HGX H100 8-GPU");
        v.put(TemplateColumn.ACCELERATOR, "H100 SXM5");
        v.put(TemplateColumn.ACCELERATORS, 8);
        v.put(TemplateColumn.PEAK_PFLOPS, 7.9);
        v.put(TemplateColumn.BASIS, "dense");
        v.put(TemplateColumn.PRICE, 2700000);
        v.put(TemplateColumn.CURRENCY, "CNY");
        v.put(TemplateColumn.POWER_KW, 10.2);
        v.put(TemplateColumn.LEAD_MIN, 2);
        v.put(TemplateColumn.LEAD_LIKELY, 4);
        v.put(TemplateColumn.LEAD_MAX, 9);
        v.put(TemplateColumn.INSTALL_MONTHS, 0.5);
        v.put(TemplateColumn.PREPAYMENT, 30);
        v.put(TemplateColumn.NETWORKING, 12);
        v.put(TemplateColumn.INSTALLATION_COST, 50000);
        v.put(TemplateColumn.WARRANTY, 12);
        v.put(TemplateColumn.SUPPORT, 8);
        v.put(TemplateColumn.PENALTY, "no");
        v.put(TemplateColumn.QUOTE_DATE, LocalDate.of(2024, 5, 17));
        v.put(TemplateColumn.VALID_UNTIL, LocalDate.of(2024, 6, 17));
        v.put(TemplateColumn.SOURCE, source);
        return v;
    }

    private static Map<TemplateColumn, Object> rentalExample(String source) {
        Map<TemplateColumn, Object> v = new EnumMap<>(TemplateColumn.class);
        v.put(TemplateColumn.KIND, TemplateColumn.RENTAL);
        v.put(TemplateColumn.SUPPLIER, "Example Compute Leasing Co.");
        v.put(TemplateColumn.ACCELERATOR, "H800");
        v.put(TemplateColumn.BASIS, "dense");
        v.put(TemplateColumn.PRICE, 120000);
        v.put(TemplateColumn.CURRENCY, "CNY");
        v.put(TemplateColumn.LEAD_MIN, 0);
        v.put(TemplateColumn.LEAD_LIKELY, 0.5);
        v.put(TemplateColumn.LEAD_MAX, 1.5);
        v.put(TemplateColumn.PRICE_CHANGE, -5);
        v.put(TemplateColumn.MINIMUM_PFLOPS, 0);
        v.put(TemplateColumn.SETUP_FEE, 20000);
        v.put(TemplateColumn.VOUCHER, 0);
        v.put(TemplateColumn.QUOTE_DATE, LocalDate.of(2024, 5, 17));
        v.put(TemplateColumn.VALID_UNTIL, LocalDate.of(2024, 8, 17));
        v.put(TemplateColumn.SOURCE, source);
        return v;
    }

    private static void exampleRow(XSSFRow row, Styles styles, Map<TemplateColumn, Object> values) {
        for (TemplateColumn column : TemplateColumn.values()) {
            XSSFCell cell = row.createCell(column.ordinal());
            cell.setCellStyle(styles.example.get(column.type()));
            Object value = values.get(column);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static void validations(XSSFSheet sheet, Messages first, Messages second) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (TemplateColumn column : TemplateColumn.values()) {
            DataValidationConstraint constraint = constraint(helper, column);
            if (constraint == null) {
                continue;
            }
            CellRangeAddressList range = new CellRangeAddressList(1, TemplateLimits.MAX_ROWS - 1, column.ordinal(),
                    column.ordinal());
            DataValidation validation = helper.createValidation(constraint, range);
            validation.setEmptyCellAllowed(true);
            validation.setShowErrorBox(true);
            // Other currency codes than the list's, and dates typed as text, are allowed after a warning.
            validation.setErrorStyle(column == TemplateColumn.CURRENCY || column.type() == TemplateColumn.Type.DATE
                    ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
            if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                // XSSF inverts this flag: true shows the drop-down arrow.
                validation.setSuppressDropDownArrow(true);
            }
            // Excel refuses an error text over 255 characters: the header and a pointer to the instructions.
            String text = header(column, first, second) + ": " + first.get("template.invalid") + SEPARATOR
                    + second.get("template.invalid");
            validation.createErrorBox("Compute TCO", text.length() > 250 ? text.substring(0, 250) : text);
            sheet.addValidationData(validation);
        }
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, TemplateColumn column) {
        return switch (column) {
            case KIND -> helper.createExplicitListConstraint(new String[] {TemplateColumn.SERVER,
                TemplateColumn.RENTAL});
            case BASIS -> helper.createExplicitListConstraint(new String[] {"dense", "sparse"});
            case CURRENCY -> helper.createExplicitListConstraint(CURRENCIES);
            case PENALTY, VAT_INCLUDED -> helper.createExplicitListConstraint(new String[] {"yes", "no"});
            case VAT_RATE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
            case PRICE_PER_CARD_HOUR -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "1000000000000");
            case PFLOPS_PER_CARD -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0.000001", "10000");
            case ACCELERATORS -> helper.createIntegerConstraint(OperatorType.BETWEEN, "1", "1024");
            case WARRANTY -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case PEAK_PFLOPS -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0.001", "10000");
            case POWER_KW -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "1000");
            case LEAD_MIN, LEAD_LIKELY, LEAD_MAX -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "60");
            case PREPAYMENT, VOUCHER -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
            case PRICE_CHANGE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "-100", "100");
            case PRICE, INSTALLATION_COST, SETUP_FEE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0",
                    "1000000000000");
            case INSTALL_MONTHS, NETWORKING, SUPPORT, MINIMUM_PFLOPS ->
                helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case QUOTE_DATE, VALID_UNTIL -> helper.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)",
                    "DATE(2100,12,31)", "yyyy-mm-dd");
            case SUPPLIER, MODEL, ACCELERATOR, SOURCE, PAYMENT_TERMS -> null;
        };
    }

    /** The template's few cell styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle requiredHeader;
        final Map<TemplateColumn.Type, CellStyle> input = new EnumMap<>(TemplateColumn.Type.class);
        final Map<TemplateColumn.Type, CellStyle> example = new EnumMap<>(TemplateColumn.Type.class);

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setFontName(ReportStyles.FONT);
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setFontName(ReportStyles.FONT);
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font grey = workbook.createFont();
            grey.setFontName(ReportStyles.FONT);
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

            title = workbook.createCellStyle();
            title.setFont(big);
            title.setVerticalAlignment(VerticalAlignment.TOP);
            title.setWrapText(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setVerticalAlignment(VerticalAlignment.TOP);
            heading.setWrapText(true);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setLocked(true);
            requiredHeader = workbook.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());

            for (TemplateColumn.Type type : TemplateColumn.Type.values()) {
                CellStyle style = workbook.createCellStyle();
                style.setLocked(false);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                String format = switch (type) {
                    case TEXT, CHOICE, YES_NO -> "@";
                    case DATE -> "yyyy-mm-dd";
                    case INTEGER -> "0";
                    case NUMBER, PERCENT -> "General";
                };
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                input.put(type, style);
                CellStyle sample = workbook.createCellStyle();
                sample.cloneStyleFrom(style);
                sample.setFont(grey);
                sample.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                sample.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                example.put(type, sample);
            }
        }
    }
}
