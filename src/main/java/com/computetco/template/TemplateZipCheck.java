package com.computetco.template;

import com.computetco.template.TemplateImport.TemplateProblem;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks through an .xlsx file's zip before POI parses any of it, so that a hostile workbook is refused with a plain
 * message: too many parts, a part that expands too far (a zip bomb), links to other workbooks, data connections,
 * macros, and XML with a document type declaration (entity expansion tricks). POI guards against these too; this
 * check gives the reason in words and bounds the memory independently of POI's process-wide settings.
 *
 * <p>The parts are read as POI reads a stream, from the local headers, so both see the same bytes.
 */
final class TemplateZipCheck {
    private static final byte[][] MARKUP = {ascii("<!DOCTYPE"), ascii("<!ENTITY")};

    private TemplateZipCheck() {
    }

    /** Null when the zip may be given to POI, else why not. */
    static TemplateProblem check(byte[] bytes) {
        CountingStream counted = new CountingStream(new ByteArrayInputStream(bytes));
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > TemplateLimits.MAX_ENTRIES) {
                    return TemplateProblem.file(TemplateProblemCode.TOO_MANY_PARTS,
                            String.valueOf(TemplateLimits.MAX_ENTRIES));
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                TemplateProblem refusal = refusedPart(name);
                if (refusal != null) {
                    return refusal;
                }
                long start = counted.count;
                long size = 0;
                Scanner scanner = new Scanner();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > TemplateLimits.MAX_ENTRY_BYTES || total > TemplateLimits.MAX_TOTAL_BYTES) {
                        return TemplateProblem.file(TemplateProblemCode.ZIP_BOMB, String.valueOf(
                                (size > TemplateLimits.MAX_ENTRY_BYTES ? TemplateLimits.MAX_ENTRY_BYTES
                                        : TemplateLimits.MAX_TOTAL_BYTES) / (1024 * 1024)));
                    }
                    long compressed = counted.count - start;
                    if (size > TemplateLimits.GRACE_ENTRY_BYTES
                            && (double) compressed / size < TemplateLimits.MIN_INFLATE_RATIO) {
                        return TemplateProblem.file(TemplateProblemCode.ZIP_BOMB_PART, entry.getName(),
                                String.valueOf(Math.round(1 / TemplateLimits.MIN_INFLATE_RATIO)));
                    }
                    if (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml")) {
                        if (scanner.sees(buffer, n)) {
                            return TemplateProblem.file(TemplateProblemCode.DOCTYPE_PART, entry.getName());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return TemplateProblem.file(TemplateProblemCode.NOT_READABLE,
                    "the zip is damaged (" + e.getMessage() + ")");
        }
        return entries == 0 ? TemplateProblem.file(TemplateProblemCode.NOT_XLSX, "the file is not a zip archive")
                : null;
    }

    private static TemplateProblem refusedPart(String name) {
        if (name.startsWith("xl/externallinks/")) {
            return TemplateProblem.file(TemplateProblemCode.EXTERNAL_LINKS);
        }
        if (name.equals("xl/connections.xml") || name.startsWith("xl/querytables/")) {
            return TemplateProblem.file(TemplateProblemCode.CONNECTIONS);
        }
        if (name.endsWith("vbaproject.bin")) {
            return TemplateProblem.file(TemplateProblemCode.MACROS);
        }
        return null;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Finds the markup across buffer boundaries, ignoring ASCII case. */
    private static final class Scanner {
        private final int[] matched = new int[MARKUP.length];

        boolean sees(byte[] data, int length) {
            for (int i = 0; i < length; i++) {
                byte b = data[i];
                for (int m = 0; m < MARKUP.length; m++) {
                    byte[] word = MARKUP[m];
                    if (upper(b) == word[matched[m]]) {
                        if (++matched[m] == word.length) {
                            return true;
                        }
                    } else {
                        matched[m] = upper(b) == word[0] ? 1 : 0;
                    }
                }
            }
            return false;
        }

        private static byte upper(byte b) {
            return b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
        }
    }

    /** Counts the compressed bytes the inflater has consumed (to within its small read-ahead). */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
