package com.computetco.app;

import com.computetco.io.OutputPaths;
import com.computetco.template.QuoteTemplateWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The workbooks this app writes, recognized on disk so that {@code -o} replaces only its own kind: a report over a
 * report, a template over a template. Recognized by the workbook part, which every version wrote the same way: the
 * report defines the name {@code ElectricityPricePerKwh}, the template has the sheets Instructions and Quote.
 */
public enum WorkbookKind implements OutputPaths.Kind {
    REPORT("a Compute TCO report workbook") {
        @Override
        boolean matches(String workbookXml) {
            return workbookXml.contains("name=\"ElectricityPricePerKwh\"");
        }
    },
    QUOTE_TEMPLATE("a Compute TCO quote template") {
        @Override
        boolean matches(String workbookXml) {
            return workbookXml.contains("name=\"" + QuoteTemplateWriter.QUOTE_SHEET + "\"")
                    && workbookXml.contains("name=\"" + QuoteTemplateWriter.INSTRUCTIONS_SHEET + "\"");
        }
    };

    /** The workbook part is small (sheet list, defined names); a larger one is not ours. */
    private static final int MAX_WORKBOOK_PART = 2 * 1024 * 1024;

    private final String description;

    WorkbookKind(String description) {
        this.description = description;
    }

    abstract boolean matches(String workbookXml);

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean recognizes(Path existing) {
        try (ZipFile zip = new ZipFile(existing.toFile())) {
            ZipEntry entry = zip.getEntry("xl/workbook.xml");
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_WORKBOOK_PART + 1);
                return bytes.length <= MAX_WORKBOOK_PART && matches(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a zip, damaged, unreadable: not a workbook we wrote
        }
    }
}
