package com.computetco.template;

import com.computetco.domain.Quote;
import com.computetco.i18n.ProblemMessages;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import com.computetco.rules.Problem;
import com.computetco.template.TemplateImport.ImportedQuote;
import com.computetco.template.TemplateImport.TemplateProblem;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads a quote template filled in by a vendor back into quotes. Each row becomes a quote object checked by the same
 * rules as a quote file ({@link QuoteReader}); every problem is reported at its cell, {@code Quote!H7: price must be
 * a number, got "abc"}. Empty rows and the example rows (Source starting with "EXAMPLE") are skipped.
 *
 * <p>The file comes from outside, so it is treated as hostile: files over 10 MB, zip bombs, oversized sheets, links to
 * other workbooks, data connections, macros and XML document type declarations are refused with a message, and no
 * exception escapes. Formulas are never evaluated: a formula cell counts with the value the spreadsheet saved.
 * Columns are found by their header, so a vendor who moved one does no harm.
 */
public final class QuoteTemplateReader {
    static {
        TemplateLimits.quietPoiLogging();
    }

    /** No price, size or rate in a quote comes near this; larger is a typing accident or a trick. */
    private static final BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(15);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private QuoteTemplateReader() {
    }

    /** @param reader checks each row as a quote file; its clock is the day quotes are judged expired against */
    public static TemplateImport read(Path file, QuoteReader reader) {
        byte[] bytes;
        try {
            if (Files.size(file) > TemplateLimits.MAX_FILE_BYTES) {
                return tooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) TemplateLimits.MAX_FILE_BYTES + 1);
            }
        } catch (IOException | RuntimeException e) {
            return TemplateImport.refused(TemplateProblemCode.CANNOT_READ,
                    com.computetco.io.FileErrors.reason(e, file));
        }
        return read(bytes, reader);
    }

    /** Reads the bytes of an .xlsx file. */
    public static TemplateImport read(byte[] bytes, QuoteReader reader) {
        try {
            return readChecked(bytes, reader);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Defensive: every known failure is a message already; none may reach the caller as an exception.
            return TemplateImport.refused(TemplateProblemCode.NOT_READABLE, describe(e));
        }
    }

    private static TemplateImport tooLarge() {
        return TemplateImport.refused(TemplateProblemCode.TOO_LARGE_FILE,
                String.valueOf(TemplateLimits.MAX_FILE_BYTES / (1024 * 1024)));
    }

    private static TemplateImport readChecked(byte[] bytes, QuoteReader reader) {
        if (bytes.length > TemplateLimits.MAX_FILE_BYTES) {
            return tooLarge();
        }
        if (bytes.length == 0) {
            return TemplateImport.refused(TemplateProblemCode.NOT_XLSX, "the file is empty");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return TemplateImport.refused(TemplateProblemCode.NOT_XLSX, "this is an Excel 97-2003 (.xls) or "
                    + "password-protected file; save it as an Excel Workbook (.xlsx) without a password");
        }
        if (!startsWith(bytes, 'P', 'K', 3, 4)) {
            return TemplateImport.refused(TemplateProblemCode.NOT_XLSX, looksLikeText(bytes)
                    ? "this is a text file (CSV?); fill in the .xlsx template and save it as an Excel Workbook"
                    : "the file is not a zip archive");
        }
        TemplateProblem refusal = TemplateZipCheck.check(bytes);
        if (refusal != null) {
            return TemplateImport.refused(refusal);
        }
        TemplateWorkbook.Sheet sheet;
        try {
            sheet = TemplateWorkbook.read(bytes, QuoteTemplateWriter.QUOTE_SHEET);
        } catch (TemplateWorkbook.Refused e) {
            return TemplateImport.refused(e.problem());
        }
        return new SheetReader(sheet, reader).read();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 512);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20) {
                return false;
            }
        }
        return true;
    }

    /** The first line of an exception's message: POI's run over several lines and name its own settings. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String first = message.lines().findFirst().orElse(message).strip();
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }

    /** Reads the rows of one Quote sheet. */
    private static final class SheetReader {
        private final TemplateWorkbook.Sheet sheet;
        private final boolean date1904;
        private final QuoteReader quoteReader;
        private final Map<TemplateColumn, Integer> positions = new EnumMap<>(TemplateColumn.class);
        private final List<ImportedQuote> quotes = new ArrayList<>();
        private final List<TemplateProblem> problems = new ArrayList<>();
        private List<Row> rows;

        SheetReader(TemplateWorkbook.Sheet sheet, QuoteReader quoteReader) {
            this.sheet = sheet;
            this.date1904 = sheet.date1904();
            this.quoteReader = quoteReader;
        }

        TemplateImport read() {
            if (!findColumns()) {
                return new TemplateImport(List.of(), problems);
            }
            int rowsRead = 0;
            for (Row row : rows()) {
                if (row.index() > 0 && isVatNoteRow(row)) {
                    // A note row such as "价格均含13%增值税" applies to every quote row: read before them.
                    break;
                }
            }
            for (Row row : rows()) {
                if (row.index() == 0 || isBlank(row) || row.index() == sheetNoteRow) {
                    continue;
                }
                if (!isExample(row)) {
                    readRow(row);
                    rowsRead++;
                } else if (!isUntouchedExample(row)) {
                    // A vendor who typed a real offer over an example row must not lose it silently.
                    problems.add(editedExample(row));
                    rowsRead++;
                }
            }
            if (rowsRead == 0) {
                problems.add(TemplateProblem.file(TemplateProblemCode.NO_QUOTES));
            }
            return new TemplateImport(quotes, problems);
        }

        /** Columns by header text, English or Chinese part; false when the header is not the template's. */
        private boolean findColumns() {
            Row header = rows().stream().filter(r -> r.index() == 0).findFirst().orElse(null);
            Map<String, TemplateColumn> names = new java.util.HashMap<>();
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                com.computetco.i18n.Messages m = com.computetco.i18n.Messages.forLocale(locale);
                for (TemplateColumn column : TemplateColumn.values()) {
                    names.put(normalize(m.get("template.column." + column.key())), column);
                }
            }
            if (header != null) {
                for (Map.Entry<Integer, CellValue> cell : header.cells().entrySet()) {
                    if (cell.getValue().kind != CellValue.Kind.TEXT) {
                        continue;
                    }
                    for (String part : cell.getValue().text.split("/")) {
                        TemplateColumn column = names.get(normalize(part));
                        if (column != null && !positions.containsKey(column)) {
                            positions.put(column, cell.getKey());
                            break;
                        }
                    }
                }
            }
            if (positions.isEmpty()) {
                problems.add(TemplateProblem.file(TemplateProblemCode.NOT_HEADER));
                return false;
            }
            for (TemplateColumn column : TemplateColumn.values()) {
                if (!positions.containsKey(column) && column.requiredForSome()) {
                    problems.add(TemplateProblem.at(QuoteTemplateWriter.QUOTE_SHEET + "!1:1", true,
                            TemplateProblemCode.MISSING_COLUMN, TemplateLabel.of(column, null)));
                }
            }
            return true;
        }

        private static String normalize(String text) {
            return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        /** A VAT remark for the whole sheet (its cell, and the row it is on), or null. */
        private VatNote sheetNote;
        private String sheetNoteCell;
        private int sheetNoteRow = -1;

        /** True, and the note kept, for a row with no kind whose only cells are text and one says VAT is included. */
        private boolean isVatNoteRow(Row row) {
            if (!value(TemplateColumn.KIND, row).isBlank() || isBlank(row)) {
                return false;
            }
            for (Map.Entry<Integer, CellValue> cell : row.cells().entrySet()) {
                CellValue v = cell.getValue();
                if (!v.isBlank() && v.kind != CellValue.Kind.TEXT) {
                    return false;
                }
            }
            for (Map.Entry<Integer, CellValue> cell : row.cells().entrySet()) {
                Optional<VatNote> found = VatNote.find(cell.getValue().text);
                if (found.isPresent()) {
                    sheetNote = found.get();
                    sheetNoteCell = QuoteTemplateWriter.QUOTE_SHEET + "!" + CellReference.convertNumToColString(
                            cell.getKey()) + (row.index() + 1);
                    sheetNoteRow = row.index();
                    return true;
                }
            }
            return false;
        }

        private boolean isBlank(Row row) {
            return row.cells().values().stream().allMatch(CellValue::isBlank);
        }

        private boolean isExample(Row row) {
            CellValue source = value(TemplateColumn.SOURCE, row);
            return source.kind == CellValue.Kind.TEXT
                    && source.text.strip().toUpperCase(Locale.ROOT).startsWith(QuoteTemplateWriter.EXAMPLE_MARK);
        }

        /** True when every cell but the source is as the template wrote one of its examples. */
        private boolean isUntouchedExample(Row row) {
            return QuoteTemplateWriter.examples().stream().anyMatch(example -> firstDifference(row, example) == null);
        }

        /** A row marked as an example whose cells were edited: the first edited cell against the closest example. */
        private TemplateProblem editedExample(Row row) {
            String kind = kind(value(TemplateColumn.KIND, row));
            Map<TemplateColumn, Object> closest = QuoteTemplateWriter.examples().stream()
                    .filter(e -> String.valueOf(e.get(TemplateColumn.KIND)).equals(kind)).findFirst()
                    .orElse(QuoteTemplateWriter.examples().get(0));
            TemplateColumn column = firstDifference(row, closest);
            String shown = value(column, row).asText();
            String where = cell(TemplateColumn.SOURCE, row.index());
            return shown.isBlank()
                    ? TemplateProblem.at(where, true, TemplateProblemCode.EDITED_EXAMPLE_EMPTIED,
                            QuoteTemplateWriter.EXAMPLE_MARK, TemplateLabel.of(column, kind))
                    : TemplateProblem.at(where, true, TemplateProblemCode.EDITED_EXAMPLE,
                            QuoteTemplateWriter.EXAMPLE_MARK, TemplateLabel.of(column, kind), quoted(shown));
        }

        /** The first column whose cell differs from the example's value, or null. */
        private TemplateColumn firstDifference(Row row, Map<TemplateColumn, Object> example) {
            for (TemplateColumn column : TemplateColumn.values()) {
                if (column == TemplateColumn.SOURCE || !positions.containsKey(column)) {
                    continue;
                }
                CellValue v = value(column, row);
                Object expected = example.get(column);
                boolean same;
                if (expected == null) {
                    same = v.isBlank();
                } else if (expected instanceof Number n) {
                    same = v.kind == CellValue.Kind.NUMBER && v.number == n.doubleValue();
                } else if (expected instanceof LocalDate d) {
                    same = v.kind == CellValue.Kind.NUMBER && v.number == DateUtil.getExcelDate(d, date1904);
                } else {
                    same = v.kind == CellValue.Kind.TEXT && v.text.strip().equals(expected.toString());
                }
                if (!same) {
                    return column;
                }
            }
            return null;
        }

        private CellValue value(TemplateColumn column, Row row) {
            Integer c = positions.get(column);
            return c == null ? CellValue.BLANK : row.cells().getOrDefault(c, CellValue.BLANK);
        }

        /** The sheet's rows with their cells converted, once. */
        private List<Row> rows() {
            if (rows == null) {
                rows = new ArrayList<>(sheet.rows().size());
                for (TemplateWorkbook.RawRow raw : sheet.rows()) {
                    java.util.TreeMap<Integer, CellValue> cells = new java.util.TreeMap<>();
                    raw.cells().forEach((c, cell) -> cells.put(c, value(cell)));
                    rows.add(new Row(raw.index(), cells));
                }
            }
            return rows;
        }

        private String cell(TemplateColumn column, int row) {
            Integer c = positions.get(column);
            return QuoteTemplateWriter.QUOTE_SHEET + "!" + CellReference.convertNumToColString(c == null ? 0 : c)
                    + (row + 1);
        }

        private void readRow(Row row) {
            int r = row.index();
            RowProblems rowProblems = new RowProblems(r);
            String kind = kind(value(TemplateColumn.KIND, row));
            JsonObject json = new JsonObject();
            Map<String, String> texts = new java.util.HashMap<>();
            if (kind == null) {
                CellValue raw = value(TemplateColumn.KIND, row);
                if (!raw.isBlank()) {
                    json.addProperty("kind", raw.asText());
                }
            } else {
                json.addProperty("kind", kind);
                for (TemplateColumn column : TemplateColumn.values()) {
                    CellValue v = value(column, row);
                    if (column == TemplateColumn.KIND || v.isBlank()) {
                        continue;
                    }
                    if (!column.appliesTo(kind)) {
                        rowProblems.add(column, kind, false, TemplateProblemCode.NOT_PART, kind);
                        continue;
                    }
                    if (column == TemplateColumn.PAYMENT_TERMS && v.kind == CellValue.Kind.TEXT) {
                        // v2: "30% signing / 60% delivery / 10% acceptance+12" read into section 10's schedule.
                        PaymentTerms.Result terms = PaymentTerms.parse(v.text);
                        if (terms.problem() != null) {
                            rowProblems.add(column, kind, true, terms.problem(), terms.args().toArray());
                            rowProblems.reported.add(column.path(kind));
                        } else {
                            json.add(column.path(kind), terms.schedule());
                        }
                        continue;
                    }
                    JsonElement element = convert(column, kind, v, rowProblems);
                    if (element == null) {
                        rowProblems.reported.add(column.path(kind));
                        continue;
                    }
                    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
                        texts.put(column.path(kind), element.getAsString());
                    }
                    put(json, column.path(kind), element);
                }
                String price = priceKey(kind);
                if (json.has("pricePerAcceleratorHour") && json.has(price)) {
                    // v2: a card-hour price takes the currency column; the yearly price is then left out.
                    JsonObject yearly = json.getAsJsonObject(price);
                    if (yearly.has("currency")) {
                        json.getAsJsonObject("pricePerAcceleratorHour").add("currency", yearly.get("currency"));
                    }
                    if (!yearly.has("amount")) {
                        json.remove(price);
                        price = "pricePerAcceleratorHour";
                    }
                }
                // The installation cost and the setup fee are in the price's currency.
                for (String money : List.of("installationCost", "setupFee")) {
                    if (json.has(money) && json.has(price) && json.getAsJsonObject(price).has("currency")) {
                        json.getAsJsonObject(money).add("currency", json.getAsJsonObject(price).get("currency"));
                    }
                }
                vatNotes(row, kind, json, rowProblems);
            }
            ReadResult<Quote> result = quoteReader.read(json.toString().getBytes(StandardCharsets.UTF_8));
            // The installation cost and setup fee take the price's currency: a missing or wrong currency is said
            // once, at the currency cell, not again for each amount that follows it.
            boolean currencyReported = kind != null && (rowProblems.reported.contains(priceKey(kind) + ".currency")
                    || result.problems().stream().anyMatch(p -> p.path().equals(priceKey(kind) + ".currency")));
            for (Problem p : result.problems()) {
                if (currencyReported && (p.path().equals("installationCost.currency")
                        || p.path().equals("setupFee.currency"))) {
                    continue;
                }
                rowProblems.validation(kind, p, texts);
            }
            if (kind != null && json.has(priceKey(kind)) && json.getAsJsonObject(priceKey(kind)).has("amount")
                    && json.getAsJsonObject(priceKey(kind)).get("amount").isJsonPrimitive()
                    && json.getAsJsonObject(priceKey(kind)).getAsJsonPrimitive("amount").isNumber()
                    && json.getAsJsonObject(priceKey(kind)).get("amount").getAsBigDecimal().signum() == 0) {
                rowProblems.add(TemplateColumn.PRICE, kind, false, TemplateProblemCode.ZERO_PRICE,
                        TemplateColumn.SERVER.equals(kind) ? "server" : "rental");
            }
            rowProblems.list.sort(java.util.Comparator.comparingInt(p -> new CellReference(p.cell()).getCol()));
            problems.addAll(rowProblems.list);
            if (result.isValid() && !rowProblems.hasError) {
                quotes.add(new ImportedQuote(r + 1, result.value()));
            }
        }

        /**
         * v2: a remark that the prices include VAT ("价格均含13%增值税"), in the source column, a column the template does
         * not have, or a note row of its own, is not silently lost: where the VAT columns are empty it makes the row
         * VAT-inclusive (at the rate it gives), with a warning at the remark's cell; where they say otherwise, a
         * warning that the two disagree.
         */
        private void vatNotes(Row row, String kind, JsonObject json, RowProblems rowProblems) {
            String where = null;
            VatNote note = null;
            for (Map.Entry<Integer, CellValue> cell : row.cells().entrySet()) {
                boolean remark = cell.getKey().equals(positions.get(TemplateColumn.SOURCE))
                        || !positions.containsValue(cell.getKey());
                if (remark && cell.getValue().kind == CellValue.Kind.TEXT) {
                    Optional<VatNote> found = VatNote.find(cell.getValue().text);
                    if (found.isPresent()) {
                        note = found.get();
                        where = QuoteTemplateWriter.QUOTE_SHEET + "!" + CellReference.convertNumToColString(
                                cell.getKey()) + (row.index() + 1);
                        break;
                    }
                }
            }
            if (note == null && sheetNote != null) {
                note = sheetNote;
                where = sheetNoteCell;
            }
            if (note == null) {
                return;
            }
            String path = TemplateColumn.VAT_INCLUDED.path(kind);
            if (json.has(path)) {
                if (json.get(path).isJsonPrimitive() && json.getAsJsonPrimitive(path).isBoolean()
                        && !json.get(path).getAsBoolean()) {
                    rowProblems.list.add(TemplateProblem.at(cell(TemplateColumn.VAT_INCLUDED, row.index()), false,
                            TemplateProblemCode.VAT_CONFLICT, TemplateLabel.of(TemplateColumn.VAT_INCLUDED, kind),
                            where, note.describe()));
                }
                return;
            }
            json.addProperty(path, true);
            String rate = TemplateColumn.VAT_RATE.path(kind);
            if (note.ratePct() != null && !json.has(rate)) {
                json.addProperty(rate, note.ratePct());
            }
            boolean everyRow = where.equals(sheetNoteCell);
            TemplateProblemCode code = note.ratePct() == null
                    ? everyRow ? TemplateProblemCode.VAT_NOTE_EVERY_ROW : TemplateProblemCode.VAT_NOTE
                    : everyRow ? TemplateProblemCode.VAT_NOTE_EVERY_ROW_AT_RATE : TemplateProblemCode.VAT_NOTE_AT_RATE;
            rowProblems.list.add(TemplateProblem.at(where, false, code, note.describe(),
                    String.valueOf(row.index() + 1), TemplateLabel.of(TemplateColumn.VAT_INCLUDED, kind),
                    TemplateLabel.of(TemplateColumn.VAT_RATE, kind),
                    note.ratePct() == null ? "" : note.ratePct().stripTrailingZeros().toPlainString()));
        }

        private static String priceKey(String kind) {
            return TemplateColumn.SERVER.equals(kind) ? "unitPrice" : "pricePerPflopsYear";
        }

        /** The row's kind, or null when it is missing or unknown (the quote reader then says so). */
        private static String kind(CellValue v) {
            if (v.kind != CellValue.Kind.TEXT) {
                return null;
            }
            return switch (v.text.strip().toLowerCase(Locale.ROOT)) {
                case "server", "服务器" -> TemplateColumn.SERVER;
                case "rental", "租赁", "算力租赁" -> TemplateColumn.RENTAL;
                default -> null;
            };
        }

        /** The cell as a JSON value for the quote reader, or null after recording why it cannot be one. */
        private JsonElement convert(TemplateColumn column, String kind, CellValue v, RowProblems rowProblems) {
            switch (v.kind) {
                case ERROR:
                    rowProblems.add(column, kind, true, TemplateProblemCode.ERROR_VALUE, v.text);
                    return null;
                case NO_RESULT:
                    rowProblems.add(column, kind, true, TemplateProblemCode.UNCACHED_FORMULA);
                    return null;
                default:
                    break;
            }
            if (v.kind == CellValue.Kind.TEXT && v.text.length() > TemplateLimits.MAX_CELL_CHARS) {
                rowProblems.add(column, kind, true, TemplateProblemCode.LONGER_THAN,
                        String.valueOf(TemplateLimits.MAX_CELL_CHARS));
                return null;
            }
            return switch (column.type()) {
                case TEXT -> new JsonPrimitive(v.kind == CellValue.Kind.TEXT ? v.text.strip() : v.asText());
                case CHOICE -> new JsonPrimitive(choice(column, v));
                case NUMBER, INTEGER, PERCENT -> {
                    JsonElement n = number(column, v);
                    if (n.isJsonPrimitive() && n.getAsJsonPrimitive().isNumber()
                            && new BigDecimal(n.getAsString()).abs().compareTo(MAX_NUMBER) > 0) {
                        // Said here, at its cell; as JSON it would be a 309-digit literal reported by column.
                        rowProblems.add(column, kind, true, TemplateProblemCode.TOO_LARGE, v.asText());
                        yield null;
                    }
                    yield n;
                }
                case YES_NO -> yesNo(column, kind, v, rowProblems);
                case DATE -> date(v);
            };
        }

        private static String choice(TemplateColumn column, CellValue v) {
            String text = v.asText().strip();
            if (column == TemplateColumn.CURRENCY) {
                return switch (text.toUpperCase(Locale.ROOT)) {
                    // What Chinese vendors write for the yuan; the file format wants the ISO code.
                    case "RMB", "人民币", "元", "CNY", "CN¥", "RMB¥" -> "CNY";
                    case "美元", "US$", "USD" -> "USD";
                    default -> text.toUpperCase(Locale.ROOT);
                };
            }
            return switch (text) {
                case "稠密" -> "dense";
                case "稀疏" -> "sparse";
                default -> text.toLowerCase(Locale.ROOT);
            };
        }

        private static JsonElement number(TemplateColumn column, CellValue v) {
            if (v.kind == CellValue.Kind.NUMBER) {
                BigDecimal value = new BigDecimal(NumberToTextConverter.toText(v.number));
                // 30 % typed in a percent-formatted cell is stored as 0.3: the column wants 30.
                if (column.type() == TemplateColumn.Type.PERCENT && v.format.contains("%")) {
                    value = value.movePointRight(2);
                }
                return new JsonPrimitive(plain(value));
            }
            if (v.kind == CellValue.Kind.BOOLEAN) {
                return new JsonPrimitive(v.bool);
            }
            String text = v.text.strip();
            if (column.type() == TemplateColumn.Type.PERCENT && text.endsWith("%")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            // A number stored as text (a common accident) counts; "2,700,000" or "270万" do not: they are ambiguous.
            return PLAIN_NUMBER.matcher(text).matches() ? new JsonPrimitive(plain(new BigDecimal(text)))
                    : new JsonPrimitive(v.text);
        }

        private static BigDecimal plain(BigDecimal value) {
            BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        private static JsonElement yesNo(TemplateColumn column, String kind, CellValue v, RowProblems rowProblems) {
            if (v.kind == CellValue.Kind.BOOLEAN) {
                return new JsonPrimitive(v.bool);
            }
            String text = v.asText().strip();
            switch (text.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "是":
                    return new JsonPrimitive(true);
                case "no", "n", "false", "否":
                    return new JsonPrimitive(false);
                default:
                    rowProblems.add(column, kind, true, TemplateProblemCode.YES_NO, quoted(text));
                    return null;
            }
        }

        private JsonElement date(CellValue v) {
            if (v.kind == CellValue.Kind.NUMBER && DateUtil.isValidExcelDate(v.number)) {
                LocalDate day = DateUtil.getLocalDateTime(v.number, date1904).toLocalDate();
                return new JsonPrimitive(day.toString());
            }
            return new JsonPrimitive(v.kind == CellValue.Kind.TEXT ? v.text.strip() : v.asText());
        }

        private static void put(JsonObject root, String path, JsonElement value) {
            int dot = path.indexOf('.');
            if (dot < 0) {
                root.add(path, value);
                return;
            }
            String head = path.substring(0, dot);
            if (!root.has(head)) {
                root.add(head, new JsonObject());
            }
            root.getAsJsonObject(head).add(path.substring(dot + 1), value);
        }

        /** One row's problems, in column order once sorted. */
        private final class RowProblems {
            private final int row;
            private final List<TemplateProblem> list = new ArrayList<>();
            /** Paths already reported by the cell conversion: the quote reader's "is required" would repeat them. */
            private final Set<String> reported = new HashSet<>();
            private boolean hasError;

            RowProblems(int row) {
                this.row = row;
            }

            /** A problem at a column's cell; the column's label is the first argument of the sentence. */
            void add(TemplateColumn column, String kind, boolean error, TemplateProblemCode code, Object... args) {
                Object[] all = new Object[args.length + 1];
                all[0] = TemplateLabel.of(column, kind);
                System.arraycopy(args, 0, all, 1, args.length);
                list.add(TemplateProblem.at(cell(column, row), error, code, all));
                hasError |= error;
            }

            /** A problem of the quote reader, at a field path, moved to the cell that holds the field. */
            void validation(String kind, Problem problem, Map<String, String> texts) {
                String path = problem.path();
                if (reported.contains(path) || reported.stream().anyMatch(p -> p.startsWith(path + "."))) {
                    return;
                }
                TemplateColumn column = columnOf(kind, path);
                String message = ProblemMessages.english(problem);
                String text = texts.get(path);
                if (text != null && message.endsWith("got a string")) {
                    problem = withValue(problem, quoted(text));
                }
                TemplateLabel label = column == null ? new TemplateLabel(null, path) : labelOf(kind, path, column);
                boolean sentence = message.startsWith("must") || message.startsWith("is ");
                list.add(TemplateProblem.at(cell(column == null ? TemplateColumn.KIND : column, row),
                        problem.isError(), sentence ? TemplateProblemCode.VALIDATION
                                : TemplateProblemCode.VALIDATION_FIELD, label, problem));
                hasError |= problem.isError();
            }
        }

        private static TemplateColumn columnOf(String kind, String path) {
            for (TemplateColumn column : TemplateColumn.values()) {
                if (path.equals(column.path(kind))) {
                    return column;
                }
            }
            return switch (path) {
                case "kind" -> TemplateColumn.KIND;
                case "unitPrice", "pricePerPflopsYear" -> TemplateColumn.PRICE;
                case "installationCost.currency", "setupFee.currency" -> TemplateColumn.CURRENCY;
                case "installationCost" -> TemplateColumn.INSTALLATION_COST;
                case "setupFee" -> TemplateColumn.SETUP_FEE;
                case "leadTimeMonths" -> TemplateColumn.LEAD_MIN;
                case "pricePerAcceleratorHour" -> TemplateColumn.PRICE_PER_CARD_HOUR;
                case "pricePerAcceleratorHour.currency" -> TemplateColumn.CURRENCY;
                default -> path.startsWith("paymentSchedule") ? TemplateColumn.PAYMENT_TERMS : null;
            };
        }

        private static TemplateLabel labelOf(String kind, String path, TemplateColumn column) {
            return switch (path) {
                case "leadTimeMonths" -> new TemplateLabel(TemplateColumn.LEAD_LIKELY, "lead time (min, likely, max)");
                case "installationCost.currency" ->
                        new TemplateLabel(TemplateColumn.CURRENCY, "currency (of the installation cost)");
                case "setupFee.currency" -> new TemplateLabel(TemplateColumn.CURRENCY, "currency (of the setup fee)");
                default -> TemplateLabel.of(column, kind);
            };
        }

        /** The rules' "got a string" said with the cell's text instead: the last translated word is the value. */
        private static Problem withValue(Problem problem, String shown) {
            List<Object> args = new ArrayList<>(problem.args());
            for (int i = args.size() - 1; i >= 0; i--) {
                if (args.get(i) instanceof com.computetco.rules.ProblemWord) {
                    args.set(i, shown);
                    break;
                }
            }
            return new Problem(problem.path(), problem.code(), args, problem.severity());
        }

        private static String quoted(String text) {
            String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
            return "\"" + shown.replace("\"", "\\\"") + "\"";
        }

        /**
         * What a cell holds, a formula replaced by its saved result; never throws. A formula saved without a result
         * (by tools that do not calculate, which write an empty {@code <v/>}) is NO_RESULT, never 0.
         */
        private CellValue value(TemplateWorkbook.RawCell cell) {
            String v = cell.value();
            boolean empty = v == null || v.isEmpty();
            return switch (cell.type()) {
                case "s" -> {
                    if (empty) {
                        yield cell.formula() ? CellValue.NO_RESULT_VALUE : CellValue.BLANK;
                    }
                    String text = sheet.sharedString(v);
                    yield text == null ? new CellValue(CellValue.Kind.ERROR, "(unreadable: no shared string " + v + ")",
                            0, false, "") : new CellValue(CellValue.Kind.TEXT, text, 0, false, "");
                }
                case "inlineStr", "str", "d" -> empty && cell.formula() && !"str".equals(cell.type())
                        ? CellValue.NO_RESULT_VALUE
                        : empty && !cell.formula() ? CellValue.BLANK
                        : new CellValue(CellValue.Kind.TEXT, v == null ? "" : v, 0, false, "");
                case "b" -> empty ? (cell.formula() ? CellValue.NO_RESULT_VALUE : CellValue.BLANK)
                        : new CellValue(CellValue.Kind.BOOLEAN, "", 0, "1".equals(v.strip())
                                || "true".equalsIgnoreCase(v.strip()), "");
                case "e" -> new CellValue(CellValue.Kind.ERROR, empty ? "#ERROR" : v.strip(), 0, false, "");
                default -> {
                    if (empty || v.isBlank()) {
                        yield cell.formula() ? CellValue.NO_RESULT_VALUE : CellValue.BLANK;
                    }
                    double number;
                    try {
                        number = Double.parseDouble(v.strip());
                    } catch (NumberFormatException e) {
                        number = Double.NaN;
                    }
                    yield Double.isFinite(number)
                            ? new CellValue(CellValue.Kind.NUMBER, "", number, false, sheet.format(cell.style()))
                            : new CellValue(CellValue.Kind.ERROR, "(unreadable number " + quoted(v) + ")", 0, false,
                                    "");
                }
            };
        }
    }

    /** One row of the Quote sheet: its 0-based index and its cells by 0-based column. */
    private record Row(int index, java.util.TreeMap<Integer, CellValue> cells) {
    }

    /** A cell's content. */
    private record CellValue(Kind kind, String text, double number, boolean bool, String format) {
        enum Kind { BLANK, TEXT, NUMBER, BOOLEAN, ERROR, NO_RESULT }

        static final CellValue BLANK = new CellValue(Kind.BLANK, "", 0, false, "");
        static final CellValue NO_RESULT_VALUE = new CellValue(Kind.NO_RESULT, "", 0, false, "");

        boolean isBlank() {
            return kind == Kind.BLANK || kind == Kind.TEXT && text.isBlank();
        }

        /** The content as text: a number as the spreadsheet shows it in General format. */
        String asText() {
            return switch (kind) {
                case NUMBER -> NumberToTextConverter.toText(number);
                case BOOLEAN -> bool ? "TRUE" : "FALSE";
                default -> text;
            };
        }
    }
}
