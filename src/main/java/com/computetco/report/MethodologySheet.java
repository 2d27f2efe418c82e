package com.computetco.report;

import com.computetco.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The methodology in words, in the report's language: first how this workbook implements it, then the app's
 * Help text (one paragraph, bullet, table row or formula line per row, wrapped).
 */
final class MethodologySheet {
    static final int WIDTH_CHARS = 110;
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private int row;

    MethodologySheet(SheetWriter out, ReportStyles styles, Messages text) {
        this.out = out;
        this.styles = styles;
        this.text = text;
    }

    /** The Help page's markdown in the report's language. */
    static String methodologyMarkdown(Messages text) {
        String name = "/com/computetco/ui/help/methodology_" + (text.isChinese() ? "zh_CN" : "en") + ".md";
        try (InputStream in = MethodologySheet.class.getResourceAsStream(name)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write() {
        out.width(0, WIDTH_CHARS);
        line(text.get("report.methodology.title"), styles.title());
        line(text.get("report.methodology.workbook"), styles.heading());
        for (int i = 1; text.has("report.methodology.note" + i); i++) {
            paragraph("• " + text.get("report.methodology.note" + i), styles.wrapped());
        }
        row++;
        markdown(methodologyMarkdown(text));
    }

    private void markdown(String markdown) {
        boolean code = false;
        List<String> paragraph = new ArrayList<>();
        for (String raw : markdown.split("\\R")) {
            String line = raw.stripTrailing();
            if (line.startsWith("```")) {
                flush(paragraph);
                code = !code;
                continue;
            }
            if (code) {
                paragraph(line, styles.code());
                continue;
            }
            if (line.isBlank()) {
                flush(paragraph);
                continue;
            }
            if (line.startsWith("#")) {
                flush(paragraph);
                String title = plain(line.replaceFirst("^#+\\s*", ""));
                row++;
                line(title, line.startsWith("# ") ? styles.title() : styles.heading());
                continue;
            }
            if (line.startsWith("|")) {
                flush(paragraph);
                if (line.matches("\\|[-:| ]+\\|?")) {
                    continue;
                }
                String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|");
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < cells.length; i++) {
                    joined.append(i == 0 ? "" : i == 1 ? ": " : "; ").append(plain(cells[i].trim()));
                }
                paragraph(joined.toString(), styles.wrapped());
                continue;
            }
            if (line.startsWith("- ") || line.startsWith("* ")) {
                flush(paragraph);
                paragraph.add("• " + line.substring(2));
                continue;
            }
            paragraph.add(line.trim());
        }
        flush(paragraph);
    }

    private void flush(List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            paragraph(plain(String.join(" ", paragraph)), styles.wrapped());
            paragraph.clear();
        }
    }

    private static String plain(String markdown) {
        return CODE.matcher(BOLD.matcher(markdown).replaceAll("$1")).replaceAll("$1");
    }

    private void line(String value, CellStyle style) {
        out.text(row, 0, value, style, false);
        row++;
    }

    /** A wrapped row, its height estimated from the text's width (POI cannot measure it). */
    private void paragraph(String value, CellStyle style) {
        out.text(row, 0, value, style, false);
        int lines = Math.max(1, (int) Math.ceil(SheetWriter.displayWidth(value) / (double) (WIDTH_CHARS - 4)));
        out.row(row).setHeightInPoints(lines * 15f);
        row++;
    }
}
