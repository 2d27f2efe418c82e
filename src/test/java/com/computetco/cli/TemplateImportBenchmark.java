package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computetco.template.TemplateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a legitimate 5,000-row template (4,997 quotes below the header and the examples) imported by the
 * command in a JVM capped at 300 MB of heap; prints the time and the peak heap. Run on demand:
 * {@code mvn -o -q test -Dgroups=benchmark -DexcludedGroups=none -Dtest=TemplateImportBenchmark}.
 */
@Tag("benchmark")
class TemplateImportBenchmark {
    @TempDir
    Path dir;

    @Test
    void fiveThousandRows() throws Exception {
        byte[] filled = TemplateFiles.filledWithSamples();
        byte[] big = TemplateFiles.edit(filled, sheet -> copyRowDown(sheet, 3, 5000));
        Path workbook = TemplateFiles.save(dir, "big.xlsx", big);
        Path quotes = dir.resolve("quotes");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 1; run <= 2; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(javaBin, "-Xmx300m", "-XX:+UseSerialGC",
                    "-Xlog:gc*:file=" + dir.resolve("gc" + run + ".log"), "-cp",
                    System.getProperty("java.class.path"), Cli.class.getName(), "import-quotes", workbook.toString(),
                    "-o", quotes.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                    .start();
            int code = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            long lines;
            try (Stream<String> out = Files.lines(dir.resolve("out.txt"), StandardCharsets.UTF_8)) {
                lines = out.filter(l -> l.startsWith("wrote ") || l.startsWith("unchanged ")).count();
            }
            System.out.printf("import-quotes, %d-row template (%.1f MB file), run %d (%s): %.2f s wall clock "
                    + "including JVM start, exit %d, %d quotes, peak heap before GC ~%s (-Xmx300m), "
                    + "load average %.1f%n", 5000,
                    Files.size(workbook) / 1e6, run, run == 1 ? "new files" : "re-import, unchanged", seconds, code,
                    lines, peakHeap(dir.resolve("gc" + run + ".log")),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertEquals(4997, lines, "every row imported within 300 MB");
        }
    }

    private static void copyRowDown(XSSFSheet sheet, int from, int rows) {
        XSSFRow source = sheet.getRow(from);
        for (int r = from + 1; r < rows; r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < source.getLastCellNum(); c++) {
                if (source.getCell(c) != null) {
                    row.createCell(c).copyCellFrom(source.getCell(c),
                            new org.apache.poi.ss.usermodel.CellCopyPolicy());
                }
            }
        }
    }

    /** The largest "before" heap figure of the GC log ("Pause Young ... 45M->12M(64M)"). */
    private static String peakHeap(Path log) throws IOException {
        long peak = 0;
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\(");
        for (String line : Files.readAllLines(log)) {
            var m = p.matcher(line);
            while (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak + " MB";
    }
}
