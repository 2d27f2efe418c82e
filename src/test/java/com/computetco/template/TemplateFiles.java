package com.computetco.template;

import com.computetco.domain.Quote;
import com.computetco.i18n.Messages;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds quote templates filled in as a vendor would, and hostile variants of them, for the tests. */
public final class TemplateFiles {
    /** A day on which the sample quotes (May 2024) have not expired. */
    public static final Clock MAY_2024 = Clock.fixed(LocalDate.of(2024, 5, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    /** The first row after the header and the two examples (1-based, as a spreadsheet shows it). */
    public static final int FIRST_ROW = 4;

    private TemplateFiles() {
    }

    public static byte[] template() {
        return QuoteTemplateWriter.render(Messages.forLocale(Locale.ENGLISH));
    }

    public static Quote sample(String name) {
        ReadResult<Quote> read = new QuoteReader(MAY_2024).read(Path.of("sample-quotes", name));
        if (!read.isValid()) {
            throw new IllegalStateException(name + ": " + read.problems());
        }
        return read.value();
    }

    /** The values of sample-quotes/dealer-hgx-h100.quote.json, as a vendor types them. */
    static Map<TemplateColumn, Object> dealerH100() {
        Map<TemplateColumn, Object> v = new EnumMap<>(TemplateColumn.class);
        v.put(TemplateColumn.KIND, "server");
        v.put(TemplateColumn.SUPPLIER, "Grey-market dealer");
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
        v.put(TemplateColumn.SOURCE, sample("dealer-hgx-h100.quote.json").source().orElseThrow());
        return v;
    }

    /** The values of sample-quotes/lessor-h800-120k.quote.json. */
    static Map<TemplateColumn, Object> lessorH800() {
        Map<TemplateColumn, Object> v = new EnumMap<>(TemplateColumn.class);
        v.put(TemplateColumn.KIND, "rental");
        v.put(TemplateColumn.SUPPLIER, "Compute lessor A (H800 cluster)");
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
        v.put(TemplateColumn.SOURCE, sample("lessor-h800-120k.quote.json").source().orElseThrow());
        return v;
    }

    /** The template with the two sample quotes in rows 4 and 5, below the examples. */
    public static byte[] filledWithSamples() {
        return edit(template(), sheet -> {
            fill(sheet, FIRST_ROW, dealerH100());
            fill(sheet, FIRST_ROW + 1, lessorH800());
        });
    }

    /** Writes values into a row (1-based) the way typing them would: numbers as numbers, dates as dates. */
    static void fill(XSSFSheet sheet, int row, Map<TemplateColumn, Object> values) {
        XSSFRow r = sheet.getRow(row - 1) != null ? sheet.getRow(row - 1) : sheet.createRow(row - 1);
        for (Map.Entry<TemplateColumn, Object> e : values.entrySet()) {
            XSSFCell cell = r.createCell(e.getKey().ordinal());
            Object value = e.getValue();
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(sheet.getColumnStyle(e.getKey().ordinal()));
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** The workbook after {@code change} to its Quote sheet. */
    public static byte[] edit(byte[] xlsx, Consumer<XSSFSheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook.getSheet(QuoteTemplateWriter.QUOTE_SHEET));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a part's replacement content; gets the part's original bytes. */
    public interface PartWriter {
        void write(byte[] original, OutputStream out) throws IOException;
    }

    /** The zip with one part replaced (or added, when absent), copied entry by entry with java.util.zip. */
    public static byte[] replacePart(byte[] xlsx, String name, PartWriter writer) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            boolean found = false;
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(java.util.zip.Deflater.BEST_SPEED);
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] content = in.readAllBytes();
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(name)) {
                        writer.write(content, out);
                        found = true;
                    } else {
                        out.write(content);
                    }
                    out.closeEntry();
                }
                if (!found) {
                    out.putNextEntry(new ZipEntry(name));
                    writer.write(new byte[0], out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path save(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
